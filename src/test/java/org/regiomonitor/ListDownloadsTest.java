package org.regiomonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.OBSERVATION;
import static org.regiomonitor.db.Tables.OBSERVATION_RELEASE;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.finance.FinanceFixtures;
import org.regiomonitor.monitor.Aggregation;
import org.regiomonitor.monitor.Direction;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.Formats;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.voucher.RecipientKind;
import org.regiomonitor.voucher.SchemeKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Excel and CSV downloads of the lists (issue 9, acceptance 6): projects with their partners, organisations,
 * budget lines with their revisions, vouchers and the monitor's observations. Each file is read back (fastexcel
 * reader, FastCSV) and compared with what the list shows with the same filters: the same rows in the same order,
 * typed cells, empty for an unknown figure, text that looks like a formula escaped, nothing unpublished for an
 * anonymous visitor, and a number of queries that does not grow with the rows.
 */
@IntegrationTest
class ListDownloadsTest {

    private static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"klik\")";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    QueryCounter queries;
    @Autowired
    Clock clock;

    FinanceFixtures f;
    String tag;
    long programme;
    String programmeCode;
    long source;
    String municipality;
    long lead;
    long partner;
    long hiddenOrganisation;
    long running;
    long applied;
    long hidden;
    long funder;
    long revisedLine;
    long ownLine;
    long hiddenLine;
    UserPrincipal viewer;

    @BeforeEach
    void setUp() {
        f = new FinanceFixtures(dsl, users);
        tag = FinanceFixtures.unique("dl").replace("-", "");
        programme = f.programme(2023, 2027, null, true);
        programmeCode = dsl.fetchValue(PROGRAMME.CODE, PROGRAMME.ID.eq(programme));
        source = f.source("Voortgangsrapportage " + tag);
        municipality = f.area("MUNICIPALITY");
        lead = organisation(EVIL + " " + tag, OrganisationKind.GOVERNMENT, true);
        partner = organisation("+31 Partner " + tag, OrganisationKind.BUSINESS, true);
        hiddenOrganisation = organisation("Verborgen partner " + tag, OrganisationKind.BUSINESS, false);
        running = project("-5 % minder uitstoot " + tag, ProjectStatus.RUNNING, true, lead, LocalDate.of(2024, 3, 1));
        applied = project("Aanvraag " + tag, ProjectStatus.APPLICATION, true, null, null);
        hidden = project("Geheim project " + tag, ProjectStatus.RUNNING, false, lead, null);
        partner(running, lead, PartnerRole.LEAD);
        partner(running, partner, PartnerRole.KNOWLEDGE);
        partner(running, hiddenOrganisation, PartnerRole.IMPLEMENTING);
        partner(hidden, partner, PartnerRole.LEAD);
        f.projectReaches(running, municipality);
        dsl.update(PROJECT).set(PROJECT.SOURCE_ID, source).set(PROJECT.SOURCE_LOCATOR, "p. 4")
                .where(PROJECT.ID.eq(running)).execute();

        funder = f.funder("RIJK");
        revisedLine = f.line(null, running, funder, 2024, "100", null, "20", source);
        revise(revisedLine, 2, "150", "80", null, "@bijgesteld " + tag);
        ownLine = f.line(programme, null, funder, null, "1000.50", "500", null, null);
        hiddenLine = f.line(null, hidden, funder, 2024, "7", null, null, null);

        viewer = f.user(Role.VIEWER, null, null);
    }

    // ---- the data --------------------------------------------------------------------------------------

    private long organisation(String name, OrganisationKind kind, boolean published) {
        return dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, name).set(ORGANISATION.KIND, kind)
                .set(ORGANISATION.PUBLISHED, published).set(ORGANISATION.DESCRIPTION, "@omschrijving " + tag)
                .set(ORGANISATION.WEBSITE, "https://example.org/" + tag)
                .returning(ORGANISATION.ID).fetchSingle(ORGANISATION.ID);
    }

    private long project(String title, ProjectStatus status, boolean published, Long leadId, LocalDate start) {
        long id = dsl.insertInto(PROJECT).set(PROJECT.TITLE, title).set(PROJECT.STATUS, status)
                .set(PROJECT.PUBLISHED, published).set(PROJECT.LEAD_ORGANISATION_ID, leadId)
                .set(PROJECT.START_DATE, start).set(PROJECT.SUMMARY, "Samenvatting " + tag)
                .returning(PROJECT.ID).fetchSingle(PROJECT.ID);
        dsl.insertInto(PROJECT_PROGRAMME).set(PROJECT_PROGRAMME.PROJECT_ID, id)
                .set(PROJECT_PROGRAMME.PROGRAMME_ID, programme).execute();
        return id;
    }

    private void partner(long projectId, long organisationId, PartnerRole role) {
        dsl.insertInto(PROJECT_PARTNER).set(PROJECT_PARTNER.PROJECT_ID, projectId)
                .set(PROJECT_PARTNER.ORGANISATION_ID, organisationId).set(PROJECT_PARTNER.ROLE, role).execute();
    }

    private void revise(long lineId, int revision, String budgeted, String committed, String realised, String reason) {
        dsl.insertInto(BUDGET_REVISION).set(BUDGET_REVISION.BUDGET_LINE_ID, lineId)
                .set(BUDGET_REVISION.REVISION, revision).set(BUDGET_REVISION.BUDGETED, dec(budgeted))
                .set(BUDGET_REVISION.COMMITTED, dec(committed)).set(BUDGET_REVISION.REALISED, dec(realised))
                .set(BUDGET_REVISION.REASON, reason).set(BUDGET_REVISION.RECORDED_BY, "analist")
                .set(BUDGET_REVISION.SOURCE_ID, source).set(BUDGET_REVISION.SOURCE_LOCATOR, "tabel 2").execute();
    }

    private long voucher(String scheme, Long projectId, int year, int quantity, ValueQualifier qualifier,
            String amount, boolean published) {
        return dsl.insertInto(VOUCHER_AWARD).set(VOUCHER_AWARD.PROGRAMME_ID, programme)
                .set(VOUCHER_AWARD.PROJECT_ID, projectId).set(VOUCHER_AWARD.SCHEME, scheme)
                .set(VOUCHER_AWARD.SCHEME_KIND, SchemeKind.INNOVATION_VOUCHER).set(VOUCHER_AWARD.QUANTITY, quantity)
                .set(VOUCHER_AWARD.QUANTITY_QUALIFIER, qualifier).set(VOUCHER_AWARD.AMOUNT, dec(amount))
                .set(VOUCHER_AWARD.AWARD_YEAR, year).set(VOUCHER_AWARD.AWARDED_ON, LocalDate.of(year, 5, 1))
                .set(VOUCHER_AWARD.MUNICIPALITY_ID, areaId(municipality))
                .set(VOUCHER_AWARD.RECIPIENT_KIND, RecipientKind.SME).set(VOUCHER_AWARD.PUBLISHED, published)
                .set(VOUCHER_AWARD.SOURCE_ID, source).set(VOUCHER_AWARD.SOURCE_LOCATOR, "bijlage " + year)
                .returning(VOUCHER_AWARD.ID).fetchSingle(VOUCHER_AWARD.ID);
    }

    private long areaId(String code) {
        return dsl.fetchValue(AREA.ID, AREA.CODE.eq(code));
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    // ---- reading the files ---------------------------------------------------------------------------

    private byte[] download(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** The sheets of a workbook, each as maps from header to cell, one per row after the header. */
    private static List<List<Map<String, Cell>>> workbook(byte[] xlsx) throws Exception {
        List<List<Map<String, Cell>>> sheets = new ArrayList<>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook.getSheets().toList()) {
                List<Row> rows = sheet.read();
                List<String> headers = rows.getFirst().stream().map(Cell::getText).toList();
                List<Map<String, Cell>> result = new ArrayList<>();
                for (Row row : rows.subList(1, rows.size())) {
                    Map<String, Cell> cells = new HashMap<>();
                    for (int c = 0; c < headers.size(); c++) {
                        if (row.hasCell(c) && row.getCell(c) != null && row.getCell(c).getType() != CellType.EMPTY) {
                            cells.put(headers.get(c), row.getCell(c));
                        }
                    }
                    result.add(cells);
                }
                sheets.add(result);
            }
        }
        return sheets;
    }

    /** Every text of every sheet, notes included. */
    private static String allText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    row.forEach(c -> text.append(c == null ? "" : c.getText()).append('\n'));
                }
            }
        }
        return text.toString();
    }

    private static String text(Map<String, Cell> row, String header) {
        Cell cell = row.get(header);
        return cell == null ? null : cell.getText();
    }

    private static BigDecimal number(Map<String, Cell> row, String header) {
        Cell cell = row.get(header);
        if (cell == null) {
            return null;
        }
        assertThat(cell.getType()).as(header).isEqualTo(CellType.NUMBER);
        return cell.asNumber();
    }

    private static LocalDate date(Map<String, Cell> row, String header) {
        Cell cell = row.get(header);
        return cell == null ? null : cell.asDate().toLocalDate();
    }

    private static List<Long> ids(List<Map<String, Cell>> rows, String header) {
        return rows.stream().map(r -> number(r, header).longValue()).toList();
    }

    /** The records of a CSV download after its header (notes skipped), as maps from header to field. */
    private static List<Map<String, String>> csv(byte[] bytes) throws Exception {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').detectBomHeader(true)
                .commentStrategy(CommentStrategy.SKIP).ofCsvRecord(new ByteArrayInputStream(bytes))) {
            reader.forEach(records::add);
        }
        List<String> headers = records.getFirst().getFields();
        List<Map<String, String>> rows = new ArrayList<>();
        for (CsvRecord r : records.subList(1, records.size())) {
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                row.put(headers.get(c), r.getField(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The ids of a JSON list of the API (one page big enough for the test's rows), in its order. */
    private List<Long> apiIds(MockHttpServletRequestBuilder request) throws Exception {
        JsonNode page = JSON.readTree(download(request.param("size", "200")));
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private String today() {
        return clock.instant().atZone(Formats.ZONE).toLocalDate().toString();
    }

    // ---- projects and partners -------------------------------------------------------------------------

    @Test
    void theProjectListDownloadsAsExcelWithTheListsRowsTypedCellsEscapedTextAndThePartners() throws Exception {
        byte[] xlsx = mvc.perform(get("/projects.xlsx").param("programme", String.valueOf(programme))
                        .param("sort", "title").param("dir", "desc"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"projecten-" + today() + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        var sheets = workbook(xlsx);
        var projects = sheets.get(0);
        // the rows and order of the list with the same filters, all on one sheet; never the unpublished one
        assertThat(ids(projects, "Project-id")).containsExactlyElementsOf(apiIds(get("/api/projects")
                .param("programme", String.valueOf(programme)).param("sort", "title").param("dir", "desc")))
                .containsExactlyInAnyOrder(running, applied);

        var row = projects.stream().filter(r -> number(r, "Project-id").longValue() == running).findFirst()
                .orElseThrow();
        assertThat(text(row, "Project")).isEqualTo("'-5 % minder uitstoot " + tag);
        assertThat(row.get("Project").getType()).isEqualTo(CellType.STRING);
        assertThat(text(row, "Status")).isEqualTo("Lopend");
        assertThat(text(row, "Penvoerder")).isEqualTo("'" + EVIL + " " + tag);
        assertThat(number(row, "Penvoerder-id")).isEqualByComparingTo(String.valueOf(lead));
        assertThat(text(row, "Programma's")).isEqualTo(programmeCode);
        assertThat(date(row, "Begindatum")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(row.get("Einddatum")).isNull();
        assertThat(text(row, "Gemeentecodes")).isEqualTo(municipality);
        assertThat(text(row, "Hele regio")).isEqualTo("Nee");
        // the money of the current revision: 150 budgeted, 80 committed, realised unknown in it (not zero)
        assertThat(number(row, "Begroot (€)")).isEqualByComparingTo("150");
        assertThat(number(row, "Vastgelegd (€)")).isEqualByComparingTo("80");
        assertThat(row.get("Gerealiseerd (€)")).isNull();
        assertThat(number(row, "Regels zonder gerealiseerd bedrag")).isEqualByComparingTo("1");
        assertThat(text(row, "Bron")).isEqualTo("Voortgangsrapportage " + tag + ", p. 4");
        assertThat(text(row, "Adres in Regiomonitor")).endsWith("/projects/" + running);
        var withoutLines = projects.stream().filter(r -> number(r, "Project-id").longValue() == applied)
                .findFirst().orElseThrow();
        assertThat(withoutLines.get("Begroot (€)")).isNull();
        assertThat(withoutLines.get("Penvoerder")).isNull();

        // partners: the lead first, the unpublished organisation left out
        var partners = sheets.get(1).stream().filter(r -> number(r, "Project-id").longValue() == running).toList();
        assertThat(partners).extracting(r -> text(r, "Rol")).containsExactly("Penvoerder", "Kennispartner");
        assertThat(partners).extracting(r -> text(r, "Organisatie"))
                .containsExactly("'" + EVIL + " " + tag, "'+31 Partner " + tag);
        assertThat(sheets.get(1)).noneMatch(r -> number(r, "Project-id").longValue() == hidden);

        String all = allText(xlsx);
        assertThat(all).doesNotContain("Geheim project", "Verborgen partner")
                .contains("Alleen wat gepubliceerd is", "/projects?programme=" + programme + "&sort=title&dir=desc");
    }

    @Test
    void theProjectCsvHoldsTheFilteredProjectsOrTheirPartnersInThePagesLanguage() throws Exception {
        byte[] bytes = mvc.perform(get("/projects.csv").param("programme", String.valueOf(programme))
                        .param("status", "RUNNING").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"projects-" + today() + ".csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        var rows = csv(bytes);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("Project id")).isEqualTo(String.valueOf(running));
        assertThat(rows.getFirst().get("Project")).isEqualTo("'-5 % minder uitstoot " + tag);
        assertThat(rows.getFirst().get("Status")).isEqualTo("Running");
        assertThat(rows.getFirst().get("Budgeted (€)")).isEqualTo("150");
        assertThat(rows.getFirst().get("Realised (€)")).isEmpty();
        assertThat(rows.getFirst().get("Start date")).isEqualTo("2024-03-01");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\n# Contents: Published work only");

        var partners = csv(download(get("/projects.csv").param("programme", String.valueOf(programme))
                .param("table", "partners")));
        assertThat(partners).extracting(r -> r.get("Organisatie-id"))
                .containsExactly(String.valueOf(lead), String.valueOf(partner));
        var logged = csv(download(get("/projects.csv").param("programme", String.valueOf(programme))
                .param("table", "partners").with(user(viewer))));
        assertThat(logged).extracting(r -> r.get("Organisatie-id")).contains(String.valueOf(hiddenOrganisation));

        mvc.perform(get("/projects.csv").param("table", "budgets")).andExpect(status().isNotFound());
        // the page reads a status it does not know as no filter; the API refuses it, for its list and download alike
        assertThat(csv(download(get("/projects.csv").param("programme", String.valueOf(programme))
                .param("status", "SOMETIME")))).hasSize(2);
        mvc.perform(get("/api/projects.csv").param("status", "SOMETIME")).andExpect(status().isBadRequest());
    }

    @Test
    void anUnpublishedProjectNeverAppearsInAnAnonymousDownloadButDoesForLoggedInUsers() throws Exception {
        String hiddenTitle = "Geheim project " + tag;
        for (String path : List.of("/projects.xlsx", "/api/projects.xlsx")) {
            assertThat(allText(download(get(path).param("q", tag)))).doesNotContain(hiddenTitle);
            assertThat(allText(download(get(path).param("q", tag).with(user(viewer))))).contains(hiddenTitle);
        }
        for (String table : List.of("projects", "partners")) {
            assertThat(new String(download(get("/projects.csv").param("q", tag).param("table", table)),
                    StandardCharsets.UTF_8)).doesNotContain(hiddenTitle);
        }
        // also when asked for by the organisation it is led by, or in the programme's budget lines
        assertThat(allText(download(get("/projects.xlsx").param("organisation", String.valueOf(lead)))))
                .doesNotContain(hiddenTitle);
        byte[] lines = download(get("/finance/budget-lines.xlsx").param("programme", String.valueOf(programme))
                .param("includeProjects", "true"));
        assertThat(allText(lines)).doesNotContain(hiddenTitle);
        assertThat(ids(workbook(lines).get(0), "Regel-id")).doesNotContain(hiddenLine);
        assertThat(ids(workbook(download(get("/api/budget-lines.xlsx").param("programme", String.valueOf(programme))
                .param("includeProjects", "true").with(user(viewer)))).get(0), "Regel-id")).contains(hiddenLine);
    }

    // ---- organisations ---------------------------------------------------------------------------------

    @Test
    void theOrganisationListDownloadsWithItsFiltersAndWithoutUnpublishedOnesForVisitors() throws Exception {
        var rows = workbook(download(get("/organisations.xlsx").param("q", tag).param("sort", "name"))).get(0);
        assertThat(ids(rows, "Organisatie-id")).containsExactlyElementsOf(apiIds(get("/api/organisations")
                .param("q", tag).param("sort", "name"))).containsExactlyInAnyOrder(lead, partner);
        var leadRow = rows.stream().filter(r -> number(r, "Organisatie-id").longValue() == lead).findFirst()
                .orElseThrow();
        assertThat(text(leadRow, "Organisatie")).isEqualTo("'" + EVIL + " " + tag);
        assertThat(text(leadRow, "Soort organisatie")).isEqualTo("Overheid");
        assertThat(text(leadRow, "Omschrijving")).isEqualTo("'@omschrijving " + tag);
        assertThat(text(leadRow, "Gepubliceerd")).isEqualTo("Ja");
        assertThat(text(leadRow, "Adres in Regiomonitor")).endsWith("/organisations/" + lead);

        var kind = csv(download(get("/organisations.csv").param("q", tag).param("kind", "BUSINESS")
                .with(user(viewer))));
        assertThat(kind).extracting(r -> r.get("Organisatie-id"))
                .containsExactlyInAnyOrder(String.valueOf(partner), String.valueOf(hiddenOrganisation));
        assertThat(kind).filteredOn(r -> r.get("Organisatie-id").equals(String.valueOf(hiddenOrganisation)))
                .extracting(r -> r.get("Gepubliceerd")).containsExactly("Nee");
        assertThat(csv(download(get("/api/organisations.csv").param("q", tag).param("kind", "BUSINESS"))))
                .extracting(r -> r.get("Organisatie-id")).containsExactly(String.valueOf(partner));
    }

    // ---- budget lines and revisions --------------------------------------------------------------------

    @Test
    void budgetLinesDownloadWithTheirCurrentAndOriginalAmountsAndEveryRevision() throws Exception {
        byte[] xlsx = mvc.perform(get("/finance/budget-lines.xlsx").param("programme", String.valueOf(programme))
                        .param("includeProjects", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"begrotingsregels-" + today() + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        var sheets = workbook(xlsx);
        var lines = sheets.get(0);
        // report order: the programme's own line first, then the projects'
        assertThat(ids(lines, "Regel-id")).containsExactly(ownLine, revisedLine);
        var own = lines.get(0);
        assertThat(text(own, "Programmacode")).isEqualTo(programmeCode);
        assertThat(own.get("Jaar")).isNull();
        assertThat(number(own, "Begroot (€)")).isEqualByComparingTo("1000.50");
        assertThat(own.get("Gerealiseerd (€)")).isNull();
        var revised = lines.get(1);
        assertThat(number(revised, "Project-id")).isEqualByComparingTo(String.valueOf(running));
        assertThat(number(revised, "Jaar")).isEqualByComparingTo("2024");
        assertThat(number(revised, "Revisie")).isEqualByComparingTo("2");
        assertThat(number(revised, "Begroot (€)")).isEqualByComparingTo("150");
        assertThat(number(revised, "Oorspronkelijk begroot (€)")).isEqualByComparingTo("100");
        assertThat(number(revised, "Oorspronkelijk gerealiseerd (€)")).isEqualByComparingTo("20");
        assertThat(revised.get("Gerealiseerd (€)")).isNull();
        assertThat(text(revised, "Categorie financier")).isEqualTo("Rijk");
        assertThat(text(revised, "Reden")).isEqualTo("'@bijgesteld " + tag);
        assertThat(text(revised, "Bron")).isEqualTo("Voortgangsrapportage " + tag + ", tabel 2");
        assertThat(date(revised, "Ingevoerd op")).isEqualTo(clock.instant().atZone(Formats.ZONE).toLocalDate());
        assertThat(text(revised, "Adres in Regiomonitor")).endsWith("/finance/budget-lines/" + revisedLine);

        var revisions = sheets.get(1);
        assertThat(revisions).extracting(r -> number(r, "Regel-id").longValue() + "/" + number(r, "Revisie"))
                .containsExactly(ownLine + "/1", revisedLine + "/1", revisedLine + "/2");
        assertThat(number(revisions.get(1), "Begroot (€)")).isEqualByComparingTo("100");
        assertThat(revisions.get(1).get("Vastgelegd (€)")).isNull();

        var csvRevisions = csv(download(get("/finance/budget-lines.csv").param("project", String.valueOf(running))
                .param("table", "revisions")));
        assertThat(csvRevisions).extracting(r -> r.get("Revisie")).containsExactly("1", "2");
        assertThat(csvRevisions.get(0).get("Vastgelegd (€)")).isEmpty();
        assertThat(csvRevisions.get(1).get("Reden")).isEqualTo("'@bijgesteld " + tag);
        // the API's filters: the programme's own lines, or with its projects', of one year
        assertThat(csv(download(get("/api/budget-lines.csv").param("programme", String.valueOf(programme)))))
                .extracting(r -> r.get("Regel-id")).containsExactly(String.valueOf(ownLine));
        assertThat(csv(download(get("/api/budget-lines.csv").param("programme", String.valueOf(programme))
                .param("includeProjects", "true").param("year", "2024")))).extracting(r -> r.get("Regel-id"))
                .containsExactly(String.valueOf(revisedLine));
        mvc.perform(get("/finance/budget-lines.csv").param("table", "funders")).andExpect(status().isNotFound());
    }

    // ---- vouchers --------------------------------------------------------------------------------------

    @Test
    void theVoucherListDownloadsWithItsFiltersAndOrder() throws Exception {
        long big = voucher("\tInnovatievoucher " + tag, running, 2024, 3, ValueQualifier.AT_LEAST, "1500", true);
        long small = voucher("Opleidingscheque " + tag, null, 2024, 1, ValueQualifier.EXACT, null, true);
        long old = voucher("Oud " + tag, null, 2023, 2, ValueQualifier.EXACT, "300", true);
        long unpublished = voucher("Verborgen voucher " + tag, null, 2024, 2, ValueQualifier.EXACT, "10", false);

        var rows = workbook(download(get("/vouchers.xlsx").param("programme", String.valueOf(programme))
                .param("year", "2024").param("sort", "amount").param("dir", "asc"))).get(0);
        assertThat(ids(rows, "Voucher-id")).containsExactlyElementsOf(apiIds(get("/api/vouchers")
                .param("programme", String.valueOf(programme)).param("year", "2024").param("sort", "amount")
                .param("dir", "asc"))).containsExactly(big, small);
        var first = rows.get(0);
        assertThat(text(first, "Regeling")).isEqualTo("'\tInnovatievoucher " + tag);
        assertThat(text(first, "Soort regeling")).isEqualTo("Innovatievoucher");
        assertThat(number(first, "Aantal toekenningen")).isEqualByComparingTo("3");
        assertThat(text(first, "Aanduiding aantal (EXACT, AT_LEAST, ABOUT, AT_MOST)")).isEqualTo("AT_LEAST");
        assertThat(number(first, "Bedrag (€)")).isEqualByComparingTo("1500");
        assertThat(date(first, "Toegekend op")).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(text(first, "Gemeentecode")).isEqualTo(municipality);
        assertThat(text(first, "Project")).isEqualTo("'-5 % minder uitstoot " + tag);
        assertThat(rows.get(1).get("Bedrag (€)")).isNull();

        var all = csv(download(get("/vouchers.csv").param("programme", String.valueOf(programme))
                .with(user(viewer))));
        assertThat(all).extracting(r -> r.get("Voucher-id")).containsExactlyInAnyOrder(String.valueOf(big),
                String.valueOf(small), String.valueOf(old), String.valueOf(unpublished));
        assertThat(csv(download(get("/api/vouchers.csv").param("programme", String.valueOf(programme)))))
                .extracting(r -> r.get("Voucher-id")).doesNotContain(String.valueOf(unpublished)).hasSize(3);
    }

    // ---- observations ----------------------------------------------------------------------------------

    /** An indicator with figures for two municipalities, from a release of a licensed source. */
    private record Monitor(String indicator, long indicatorId, long release, String area, String other) {
    }

    private Monitor observations(int periods) {
        String code = ("DL" + tag).toUpperCase();
        long licensed = dsl.insertInto(SOURCE).set(SOURCE.CODE, FinanceFixtures.unique("CBS"))
                .set(SOURCE.TITLE, "=Kerncijfers " + tag).set(SOURCE.KIND, SourceKind.DATASET)
                .set(SOURCE.URL, "https://opendata.cbs.nl/" + tag).set(SOURCE.LICENCE, "CC BY 4.0")
                .returning(SOURCE.ID).fetchSingle(SOURCE.ID);
        long indicator = dsl.insertInto(MONITOR_INDICATOR).set(MONITOR_INDICATOR.CODE, code)
                .set(MONITOR_INDICATOR.NAME_NL, "Banen " + tag).set(MONITOR_INDICATOR.NAME_EN, "Jobs " + tag)
                .set(MONITOR_INDICATOR.UNIT, "banen").set(MONITOR_INDICATOR.DIRECTION, Direction.HIGHER_IS_BETTER)
                .set(MONITOR_INDICATOR.AGGREGATION, Aggregation.SUM)
                .returning(MONITOR_INDICATOR.ID).fetchSingle(MONITOR_INDICATOR.ID);
        long release = dsl.insertInto(OBSERVATION_RELEASE).set(OBSERVATION_RELEASE.SOURCE_ID, licensed)
                .set(OBSERVATION_RELEASE.FORMAT, "TEMPLATE").set(OBSERVATION_RELEASE.LABEL, "test")
                .set(OBSERVATION_RELEASE.CHECKSUM, "0".repeat(64)).set(OBSERVATION_RELEASE.ADDED, 0)
                .set(OBSERVATION_RELEASE.CHANGED, 0).set(OBSERVATION_RELEASE.UNCHANGED, 0)
                .returning(OBSERVATION_RELEASE.ID).fetchSingle(OBSERVATION_RELEASE.ID);
        Monitor m = new Monitor(code, indicator, release, municipality, f.area("MUNICIPALITY"));
        figures(m, 2020, 2020 + periods - 1);
        return m;
    }

    /** Figures of both areas for the years; the first area has none for 2021 (the source says why). */
    private void figures(Monitor m, int first, int last) {
        for (String area : List.of(m.area(), m.other())) {
            for (int year = first; year <= last; year++) {
                boolean missing = area.equals(m.area()) && year == 2021;
                dsl.insertInto(OBSERVATION).set(OBSERVATION.INDICATOR_ID, m.indicatorId())
                        .set(OBSERVATION.AREA_ID, areaId(area)).set(OBSERVATION.PERIOD, year + "JJ00")
                        .set(OBSERVATION.PERIOD_START, LocalDate.of(year, 1, 1))
                        .set(OBSERVATION.VALUE, missing ? null : new BigDecimal(year - 2000 + ".5"))
                        .set(OBSERVATION.MISSING, missing ? "Impossible" : null)
                        .set(OBSERVATION.PROVISIONAL, year == last)
                        .set(OBSERVATION.NOTE, missing ? null : "-tabel " + year)
                        .set(OBSERVATION.RELEASE_ID, m.release()).execute();
            }
        }
    }

    @Test
    void observationsDownloadWithTheFiltersOfTheApiListAndTheirSourcesAndLicences() throws Exception {
        Monitor m = observations(4);
        var rows = csv(download(get("/monitor/observations.csv").param("indicator", m.indicator())
                .param("area", m.area()).param("from", "2021").param("to", "2022JJ00")));
        assertThat(rows).extracting(r -> r.get("Periode")).containsExactly("2021JJ00", "2022JJ00");
        assertThat(rows.get(0).get("Waarde")).isEmpty();
        assertThat(rows.get(0).get("Geen cijfer (reden volgens de bron)")).isEqualTo("Impossible");
        assertThat(rows.get(1).get("Waarde")).isEqualTo("22.5");
        assertThat(rows.get(1).get("Bronvermelding bij het cijfer")).isEqualTo("'-tabel 2022");
        assertThat(rows.get(1).get("Bron")).isEqualTo("'=Kerncijfers " + tag);

        byte[] xlsx = download(get("/api/monitor/observations.xlsx").param("indicator", m.indicator())
                .param("lang", "en"));
        var sheet = workbook(xlsx).get(0);
        JsonNode api = JSON.readTree(download(get("/api/monitor/observations").param("indicator", m.indicator())));
        List<String> listed = new ArrayList<>();
        api.get("items").forEach(i -> listed.add(i.get("areaCode").asText() + " " + i.get("period").asText()));
        assertThat(sheet).extracting(r -> text(r, "Area code") + " " + text(r, "Period"))
                .containsExactlyElementsOf(listed).hasSize(8);
        var last = sheet.stream().filter(r -> m.other().equals(text(r, "Area code"))
                && "2023JJ00".equals(text(r, "Period"))).findFirst().orElseThrow();
        assertThat(number(last, "Value")).isEqualByComparingTo("23.5");
        assertThat(date(last, "Period start")).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(text(last, "Name")).isEqualTo("Jobs " + tag);
        assertThat(text(last, "Status")).isEqualTo("provisional");
        assertThat(allText(xlsx)).contains("CC BY 4.0", "https://opendata.cbs.nl/" + tag);

        mvc.perform(get("/monitor/observations.csv").param("indicator", "NOPE" + tag))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/monitor/observations.csv").param("from", "someday")).andExpect(status().isBadRequest());
    }

    // ---- the links and the cost ------------------------------------------------------------------------

    @Test
    void listPagesLinkTheirDownloadsWithTheirCurrentFilters() throws Exception {
        assertThat(page(get("/projects").param("programme", String.valueOf(programme)).param("status", "RUNNING")
                .param("sort", "start").param("dir", "desc").param("page", "0").param("size", "10")))
                .contains("href=\"/projects.xlsx?programme=" + programme + "&amp;status=RUNNING&amp;sort=start&amp;dir=desc\"")
                .contains("href=\"/projects.csv?programme=" + programme
                        + "&amp;status=RUNNING&amp;sort=start&amp;dir=desc&amp;table=partners\"");
        assertThat(page(get("/organisations").param("kind", "BUSINESS").param("q", tag)))
                .contains("href=\"/organisations.csv?q=" + tag + "&amp;kind=BUSINESS&amp;sort=name&amp;dir=asc\"");
        assertThat(page(get("/vouchers").param("year", "2024")))
                .contains("href=\"/vouchers.xlsx?year=2024&amp;sort=year&amp;dir=desc\"");
        assertThat(page(get("/programmes/{code}/finance", programmeCode)))
                .contains("href=\"/finance/budget-lines.csv?programme=" + programme
                        + "&amp;includeProjects=true&amp;table=revisions\"");
        assertThat(page(get("/projects/{id}/finance", running)))
                .contains("href=\"/finance/budget-lines.xlsx?project=" + running + "\"");
        Monitor m = observations(1);
        assertThat(page(get("/monitor/indicators/{code}", m.indicator())))
                .contains("href=\"/monitor/observations.csv?indicator=" + m.indicator() + "\"");
        assertThat(page(get("/api/openapi"))).contains("/api/projects.xlsx", "/api/projects.csv",
                "/api/organisations.xlsx", "/api/budget-lines.csv", "/api/vouchers.xlsx",
                "/api/monitor/observations.csv");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void moreRowsCostNoMoreQueries() throws Exception {
        Monitor m = observations(2);
        voucher("Voucher " + tag, running, 2024, 1, ValueQualifier.EXACT, "5", true);
        List<MockHttpServletRequestBuilder> downloads = List.of(
                get("/projects.xlsx").param("programme", String.valueOf(programme)).with(user(viewer)),
                get("/organisations.xlsx").param("q", tag),
                get("/finance/budget-lines.xlsx").param("programme", String.valueOf(programme))
                        .param("includeProjects", "true"),
                get("/vouchers.xlsx").param("programme", String.valueOf(programme)),
                get("/monitor/observations.xlsx").param("indicator", m.indicator()));
        List<Integer> before = new ArrayList<>();
        for (var request : downloads) {
            queries.reset();
            download(request);
            before.add(queries.count());
        }
        for (int i = 0; i < 5; i++) {
            long project = project("Extra " + i + " " + tag, ProjectStatus.RUNNING, true, partner, null);
            partner(project, organisation("Extra partner " + i + " " + tag, OrganisationKind.BUSINESS, true),
                    PartnerRole.IMPLEMENTING);
            long line = f.line(null, project, funder, 2025, "10", "5", null, source);
            revise(line, 2, "12", "5", "1", "meer");
            voucher("Voucher " + i + " " + tag, project, 2025, 2, ValueQualifier.ABOUT, "50", true);
        }
        figures(m, 2022, 2030);
        List<Integer> after = new ArrayList<>();
        for (var request : downloads) {
            queries.reset();
            download(request);
            after.add(queries.count());
        }
        assertThat(after).isEqualTo(before);
        assertThat(before).allMatch(n -> n <= 6);
    }
}
