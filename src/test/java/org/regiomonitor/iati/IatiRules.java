package org.regiomonitor.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The checks an IATI file of the product must pass: the 2.03 schema from the shared data, and the IATI rules the
 * schema does not express (docs/iati.md), each written here independently of the export's code.
 */
final class IatiRules {

    /**
     * The IATI schemas (README of the shared data). Not copied into the repository: the tests fail, not skip, when they
     * are absent; point {@code -Dregiomonitor.shared-data=...} at a copy elsewhere.
     */
    static final Path SCHEMA = Path.of(System.getProperty("regiomonitor.shared-data", "/work/shared/data"))
            .resolve("iati-2.03/iati-activities-schema.xsd");

    /** The official codes of the 2.03 code lists the file uses (copied from IATI-Codelists, version-2.03). */
    static final Map<String, Set<String>> OFFICIAL = Map.ofEntries(
            Map.entry("OrganisationRole", Set.of("1", "2", "3", "4")),
            Map.entry("OrganisationType", Set.of("10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71",
                    "72", "73", "80", "90")),
            Map.entry("ActivityStatus", Set.of("1", "2", "3", "4", "5", "6")),
            Map.entry("ActivityDateType", Set.of("1", "2", "3", "4")),
            Map.entry("TransactionType", Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13")),
            Map.entry("BudgetType", Set.of("1", "2")),
            Map.entry("BudgetStatus", Set.of("1", "2")),
            Map.entry("IndicatorMeasure", Set.of("1", "2", "3", "4", "5")),
            Map.entry("RelatedActivityType", Set.of("1", "2", "3", "4", "5")),
            Map.entry("SectorVocabulary", Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "98",
                    "99")),
            Map.entry("ResultType", Set.of("1", "2", "3", "9")),
            Map.entry("DescriptionType", Set.of("1", "2", "3", "4")),
            Map.entry("IndicatorVocabulary", Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "99")),
            Map.entry("GeographicLocationClass", Set.of("1", "2", "3", "4")),
            Map.entry("LocationType", Set.of("ADM1", "ADM2", "ADM3", "ADM4", "ADMD", "PPL", "PPLA", "PPLA2")),
            Map.entry("DocumentCategory", Set.of("A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10",
                    "A11", "A12", "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09", "B10", "B11", "B12",
                    "B13", "B14", "B15", "B16", "B17", "B18")),
            Map.entry("FileFormat", Set.of("text/html", "application/pdf", "text/csv")),
            Map.entry("Currency", Set.of("EUR")),
            Map.entry("Country", Set.of("NL", "DE")),
            Map.entry("Language", Set.of("nl", "en", "de")));

    /** Where each code list's codes stand in an activities file (XPath of the attributes). */
    static final Map<String, String> CODE_ATTRIBUTES = Map.ofEntries(
            Map.entry("//participating-org/@role", "OrganisationRole"),
            Map.entry("//participating-org/@type | //reporting-org/@type | //provider-org/@type", "OrganisationType"),
            Map.entry("//activity-status/@code", "ActivityStatus"),
            Map.entry("//activity-date/@type", "ActivityDateType"),
            Map.entry("//transaction-type/@code", "TransactionType"),
            Map.entry("//budget/@type", "BudgetType"),
            Map.entry("//budget/@status", "BudgetStatus"),
            Map.entry("//indicator/@measure", "IndicatorMeasure"),
            Map.entry("//related-activity/@type", "RelatedActivityType"),
            Map.entry("//iati-activity/sector/@vocabulary", "SectorVocabulary"),
            Map.entry("//result/@type", "ResultType"),
            Map.entry("//iati-activity/description/@type", "DescriptionType"),
            Map.entry("//indicator/reference/@vocabulary", "IndicatorVocabulary"),
            Map.entry("//location-class/@code", "GeographicLocationClass"),
            Map.entry("//feature-designation/@code", "LocationType"),
            Map.entry("//document-link/category/@code", "DocumentCategory"),
            Map.entry("//document-link/@format", "FileFormat"),
            Map.entry("//@currency | //@default-currency", "Currency"),
            Map.entry("//recipient-country/@code", "Country"),
            Map.entry("//@*[local-name()='lang']", "Language"));

    private static final Pattern FORBIDDEN_IN_IDENTIFIER = Pattern.compile("[/&|?\\s]");

    private IatiRules() {
    }

    /** Throws (with the schema's message) unless the file is valid against the IATI 2.03 activities schema. */
    static void validate(byte[] xml) throws Exception {
        assertThat(SCHEMA).as("IATI 2.03 schema (set -Dregiomonitor.shared-data)").exists();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.newSchema(SCHEMA.toFile()).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Node> nodes(Node context, String xpath) throws Exception {
        XPath x = XPathFactory.newInstance().newXPath();
        NodeList list = (NodeList) x.evaluate(xpath, context, XPathConstants.NODESET);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            nodes.add(list.item(i));
        }
        return nodes;
    }

    static List<String> values(Node context, String xpath) throws Exception {
        return nodes(context, xpath).stream().map(Node::getTextContent).toList();
    }

    static String value(Node context, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, context);
    }

    /** The activity with this identifier, or null. */
    static Element activity(Document doc, String identifier) throws Exception {
        List<Node> found = nodes(doc, "//iati-activity[iati-identifier='" + identifier + "']");
        return found.isEmpty() ? null : (Element) found.getFirst();
    }

    /** Checks every rule below; returns the number of activities. */
    static int check(Document doc, String reportingRef, LocalDate today) throws Exception {
        List<Node> activities = nodes(doc, "/iati-activities/iati-activity");
        assertThat(activities).as("activities").isNotEmpty();
        assertThat(value(doc, "/iati-activities/@version")).isEqualTo("2.03");
        assertThat(value(doc, "/iati-activities/@generated-datetime")).isNotBlank();
        codesFromTheCodeLists(doc);
        identifiers(doc, reportingRef);
        noActualDateInTheFuture(doc, today);
        for (Node a : activities) {
            sectorPercentagesAddUpTo100(a);
            budgetPeriodsAtMostAYear(a);
            resultLocationsAreActivityLocations(a);
            assertThat(nodes(a, "activity-date[@type='1' or @type='2']")).as("start date of " + id(a)).isNotEmpty();
        }
        hierarchyLinksExistAndAgree(doc);
        noFunderOnBothAProgrammeAndItsProject(doc);
        return activities.size();
    }

    static String id(Node activity) throws Exception {
        return value(activity, "iati-identifier");
    }

    static void codesFromTheCodeLists(Document doc) throws Exception {
        for (var e : CODE_ATTRIBUTES.entrySet()) {
            assertThat(values(doc, e.getKey())).as(e.getValue() + " at " + e.getKey())
                    .allMatch(OFFICIAL.get(e.getValue())::contains);
        }
    }

    static void identifiers(Document doc, String reportingRef) throws Exception {
        List<String> ids = values(doc, "//iati-activity/iati-identifier");
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).allMatch(i -> !FORBIDDEN_IN_IDENTIFIER.matcher(i).find(), "without / & | ? or spaces")
                .allMatch(i -> i.startsWith(reportingRef + "-"), "starting with the reporting organisation's ref");
        assertThat(values(doc, "//iati-activity/reporting-org/@ref")).containsOnly(reportingRef);
    }

    static void noActualDateInTheFuture(Document doc, LocalDate today) throws Exception {
        List<String> actual = new ArrayList<>(values(doc, "//activity-date[@type='2' or @type='4']/@iso-date"));
        actual.addAll(values(doc, "//transaction/transaction-date/@iso-date"));
        actual.addAll(values(doc, "//transaction/value/@value-date"));
        assertThat(actual).allMatch(d -> !LocalDate.parse(d).isAfter(today), "not after " + today);
    }

    static void sectorPercentagesAddUpTo100(Node activity) throws Exception {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Node s : nodes(activity, "sector")) {
            String vocabulary = value(s, "@vocabulary");
            String percentage = value(s, "@percentage");
            assertThat(percentage).as("percentage of every sector of " + id(activity)).isNotBlank();
            sums.merge(vocabulary, new BigDecimal(percentage), BigDecimal::add);
        }
        sums.forEach((vocabulary, sum) -> assertThat(sum).as("sectors of vocabulary " + vocabulary)
                .isEqualByComparingTo("100"));
    }

    static void budgetPeriodsAtMostAYear(Node activity) throws Exception {
        for (Node b : nodes(activity, "budget")) {
            LocalDate start = LocalDate.parse(value(b, "period-start/@iso-date"));
            LocalDate end = LocalDate.parse(value(b, "period-end/@iso-date"));
            assertThat(end).as("budget period of " + id(activity)).isAfterOrEqualTo(start)
                    .isBefore(start.plusYears(1));
        }
    }

    static void resultLocationsAreActivityLocations(Node activity) throws Exception {
        Set<String> refs = new HashSet<>(values(activity, "location/@ref"));
        assertThat(values(activity, "result//location/@ref")).allMatch(refs::contains);
    }

    /** Every related activity is in the file, and a parent lists the child that lists it. */
    static void hierarchyLinksExistAndAgree(Document doc) throws Exception {
        Set<String> ids = new HashSet<>(values(doc, "//iati-activity/iati-identifier"));
        for (Node a : nodes(doc, "//iati-activity")) {
            String id = id(a);
            for (String child : values(a, "related-activity[@type='2']/@ref")) {
                assertThat(ids).as("child of " + id).contains(child);
                assertThat(values(activity(doc, child), "related-activity[@type='1']/@ref")).contains(id);
            }
            for (String parent : values(a, "related-activity[@type='1']/@ref")) {
                assertThat(ids).as("parent of " + id).contains(parent);
                assertThat(values(activity(doc, parent), "related-activity[@type='2']/@ref")).contains(id);
            }
            assertThat(value(a, "@hierarchy")).isIn("1", "2");
        }
    }

    /** A funder's money is on a programme or on its projects, never both (commitments and expenditure name it). */
    static void noFunderOnBothAProgrammeAndItsProject(Document doc) throws Exception {
        for (Node programme : nodes(doc, "//iati-activity[@hierarchy='1']")) {
            Set<String> funders = new HashSet<>(values(programme, "transaction/provider-org/narrative"));
            for (String child : values(programme, "related-activity[@type='2']/@ref")) {
                assertThat(values(activity(doc, child), "transaction/provider-org/narrative"))
                        .as("funders with money on " + id(programme) + " and on its project " + child)
                        .noneMatch(funders::contains);
            }
        }
    }
}
