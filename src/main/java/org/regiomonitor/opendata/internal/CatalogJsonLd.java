package org.regiomonitor.opendata.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regiomonitor.opendata.Dataset;
import org.regiomonitor.opendata.Distribution;
import org.regiomonitor.opendata.Label;
import org.regiomonitor.opendata.OpenDataCatalog.Catalog;
import org.regiomonitor.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the catalogue as DCAT-AP (3.0, also valid DCAT-AP 2) in JSON-LD: a {@code dcat:Catalog} with its datasets,
 * their distributions and the API as a {@code dcat:DataService}. Titles, descriptions and keywords in Dutch and English,
 * language-tagged; licence, formats, media types, themes, languages and access rights as the IRIs of the EU and IANA
 * vocabularies DCAT-AP asks for. The context is inline, so a harvester needs nothing else to read it.
 */
@Component
public class CatalogJsonLd {

    /** The languages of the catalogue's texts. */
    static final List<Locale> LANGUAGES = List.of(Locale.of("nl"), Locale.of("en"));

    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final Map<String, String> LANGUAGE_CODES = Map.of("nl", "NLD", "en", "ENG", "de", "DEU");
    private static final String PUBLIC = EU + "access-right/PUBLIC";

    private final JsonMapper json;
    private final MessageSource messages;
    private final OpenDataSettings settings;

    public CatalogJsonLd(JsonMapper json, MessageSource messages, OpenDataSettings settings) {
        this.json = json;
        this.messages = messages;
        this.settings = settings;
    }

    /** The catalogue with every address absolute under {@code base} (no trailing slash). */
    public String write(Catalog catalog, String base) {
        ObjectNode root = json.createObjectNode();
        ObjectNode context = root.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");

        String portal = base + "/open-data";
        String publisher = portal + "#publisher";
        String api = base + "/api";
        root.put("@id", portal + "#catalog");
        root.put("@type", "dcat:Catalog");
        root.set("dct:title", texts(Label.message("opendata.catalog.title")));
        root.set("dct:description", texts(Label.message("opendata.catalog.description")));
        if (settings.publisher() != null) {
            ObjectNode agent = root.putObject("dct:publisher");
            agent.put("@id", publisher);
            agent.put("@type", "foaf:Agent");
            agent.put("foaf:name", settings.publisher());
        }
        root.set("dct:license", licence());
        root.set("dct:language", languages("nl", "en"));
        root.set("foaf:homepage", id(portal));
        modified(root, catalog.modified());
        root.set("dcat:themeTaxonomy", id(EU + "data-theme"));

        ObjectNode service = root.putArray("dcat:service").addObject();
        service.put("@id", api);
        service.put("@type", "dcat:DataService");
        service.set("dct:title", texts(Label.message("opendata.api.title")));
        service.set("dct:description", texts(Label.message("opendata.api.description")));
        service.set("dcat:endpointURL", id(api));
        service.set("dcat:endpointDescription", id(api + "/openapi"));
        service.set("dct:license", licence());
        service.set("dct:accessRights", id(PUBLIC));
        ArrayNode served = service.putArray("dcat:servesDataset");

        ArrayNode datasets = root.putArray("dcat:dataset");
        for (Dataset d : catalog.datasets()) {
            String iri = portal + "#" + d.key();
            datasets.add(dataset(d, iri, base, publisher, api, catalog.modified()));
            if (d.distributions().stream().anyMatch(x -> !x.file())) {
                served.add(id(iri));
            }
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private ObjectNode dataset(Dataset d, String iri, String base, String publisher, String api, Instant modified) {
        ObjectNode node = json.createObjectNode();
        node.put("@id", iri);
        node.put("@type", "dcat:Dataset");
        node.put("dct:identifier", iri);
        node.set("dct:title", texts(d.title()));
        node.set("dct:description", texts(d.description()));
        ArrayNode keywords = node.putArray("dcat:keyword");
        for (Locale locale : LANGUAGES) {
            Arrays.stream(d.keywords().in(messages, locale).split(",")).map(Text::strip).filter(k -> !k.isEmpty())
                    .forEach(k -> keywords.add(text(k, locale.getLanguage())));
        }
        ArrayNode themes = node.putArray("dcat:theme");
        d.themes().forEach(t -> themes.add(id(EU + "data-theme/" + t)));
        if (d.landingPage() != null) {
            node.set("dcat:landingPage", id(base + d.landingPage()));
        }
        if (settings.publisher() != null) {
            node.set("dct:publisher", id(publisher));
        }
        if (settings.contactEmail() != null) {
            ObjectNode contact = node.putObject("dcat:contactPoint");
            contact.put("@type", "vcard:Kind");
            if (settings.publisher() != null) {
                contact.put("vcard:fn", settings.publisher());
            }
            contact.set("vcard:hasEmail", id("mailto:" + settings.contactEmail()));
        }
        node.set("dct:accessRights", id(PUBLIC));
        // live data is in Dutch (names, summaries as the sources give them); a report in the language it was made in
        String language = d.title().isLiteral() && d.title().language() != null ? d.title().language() : "nl";
        node.set("dct:language", languages(language));
        if (d.issued() != null) {
            node.set("dct:issued", dateTime(d.issued()));
            node.set("dct:modified", dateTime(d.issued()));
        } else {
            modified(node, modified);
        }
        if (d.startYear() != null || d.endYear() != null) {
            ObjectNode period = node.putObject("dct:temporal");
            period.put("@type", "dct:PeriodOfTime");
            if (d.startYear() != null) {
                period.set("dcat:startDate", date(d.startYear() + "-01-01"));
            }
            if (d.endYear() != null) {
                period.set("dcat:endDate", date(d.endYear() + "-12-31"));
            }
        }
        ArrayNode distributions = node.putArray("dcat:distribution");
        for (Distribution x : d.distributions()) {
            distributions.add(distribution(d, x, iri + "-" + x.key(), base, api));
        }
        return node;
    }

    private ObjectNode distribution(Dataset d, Distribution x, String iri, String base, String api) {
        ObjectNode node = json.createObjectNode();
        node.put("@id", iri);
        node.put("@type", "dcat:Distribution");
        node.set("dct:title", texts(Label.message("opendata.distribution.title", d.title(), x.title())));
        String url = base + x.path();
        node.set("dcat:accessURL", id(url));
        if (x.file()) {
            node.set("dcat:downloadURL", id(url));
        } else {
            node.set("dcat:accessService", id(api));
        }
        node.set("dcat:mediaType", id(x.format().mediaTypeUri()));
        node.set("dct:format", id(x.format().fileTypeUri()));
        node.set("dct:license", licence());
        if (d.conformsTo() != null && x.file()) {
            node.set("dct:conformsTo", id(d.conformsTo()));
        }
        return node;
    }

    /** One language-tagged text per catalogue language; a literal (a report's title) once, in its own language. */
    private ArrayNode texts(Label label) {
        ArrayNode array = json.createArrayNode();
        if (label.isLiteral()) {
            if (label.language() == null) {
                array.add(label.text());
            } else {
                array.add(text(label.text(), label.language()));
            }
            return array;
        }
        for (Locale locale : LANGUAGES) {
            array.add(text(label.in(messages, locale), locale.getLanguage()));
        }
        return array;
    }

    private ObjectNode text(String value, String language) {
        ObjectNode node = json.createObjectNode();
        node.put("@language", language);
        node.put("@value", value);
        return node;
    }

    private ObjectNode licence() {
        ObjectNode node = id(settings.licence().url());
        node.put("@type", "dct:LicenseDocument");
        return node;
    }

    private ArrayNode languages(String... codes) {
        ArrayNode array = json.createArrayNode();
        for (String code : codes) {
            String eu = LANGUAGE_CODES.get(code);
            if (eu != null) {
                array.add(id(EU + "language/" + eu));
            }
        }
        return array;
    }

    private void modified(ObjectNode node, Instant modified) {
        if (modified != null) {
            node.set("dct:modified", dateTime(modified));
        }
    }

    private ObjectNode dateTime(Instant moment) {
        return typed("xsd:dateTime", moment.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private ObjectNode date(String value) {
        return typed("xsd:date", value);
    }

    private ObjectNode typed(String type, String value) {
        ObjectNode node = json.createObjectNode();
        node.put("@type", type);
        node.put("@value", value);
        return node;
    }

    private ObjectNode id(String iri) {
        ObjectNode node = json.createObjectNode();
        node.put("@id", iri);
        return node;
    }
}
