package org.regiomonitor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.results.ResultsFixtures.area;
import static org.regiomonitor.results.ResultsFixtures.dimension;
import static org.regiomonitor.results.ResultsFixtures.ratio;
import static org.regiomonitor.results.ResultsFixtures.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.results.internal.UpdateInput;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.Formats;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The programme's results as Excel and CSV (issue 7, "Web and API"): values, qualifiers, numerators and
 * denominators, disaggregations, status and the totals with their rule; anonymous visitors get published projects
 * and counted values only; escaped text; a bounded number of queries.
 */
@IntegrationTest
class ResultsDownloadTest {

    private static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"klik\")";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    QueryCounter queries;
    @Autowired
    Clock clock;

    ResultsFixtures f;
    long programme;
    String code;
    String unitCode;
    String ratioCode;
    List<Long> periods;
    List<String> municipalities;
    List<Long> genders;
    long superseded;
    long correction;
    long draft;
    UserPrincipal manager;

    @BeforeEach
    void setUp() {
        f = new ResultsFixtures(context);
        programme = f.programme();
        f.dsl.update(PROGRAMME).set(PROGRAMME.PUBLISHED, true).where(PROGRAMME.ID.eq(programme)).execute();
        code = f.dsl.select(PROGRAMME.CODE).from(PROGRAMME).where(PROGRAMME.ID.eq(programme)).fetchSingle().value1();
        periods = f.halfYears(programme, 2024, 2024);
        unitCode = ResultsFixtures.unique("XU");
        ratioCode = ResultsFixtures.unique("XP");
        long unitCatalogue = f.catalogue(programme, unitCode, Measure.UNIT, false);
        long ratioCatalogue = f.catalogue(programme, ratioCode, Measure.PERCENTAGE, false);
        genders = f.dimension(programme, "F", "M");
        municipalities = f.municipalities();

        long published = publishedProject();
        long unit = f.indicator(published, unitCatalogue, Measure.UNIT, false);
        superseded = f.approved(unit, value(periods.get(0), "40"));
        // the correction: at least 50, 30 + 20 by municipality, 20 + 25 by gender (does not add up: flagged)
        correction = f.approved(unit, new UpdateInput(periods.get(0), new BigDecimal("50"), null, null,
                ValueQualifier.AT_LEAST, EVIL, null, List.of(area(municipalities.get(0), "30"),
                area(municipalities.get(1), "20"), dimension(genders.get(0), "20"), dimension(genders.get(1), "25")),
                null));
        draft = f.updates.create(unit, value(periods.get(1), "70"), f.admin);
        f.approved(f.indicator(published, ratioCatalogue, Measure.PERCENTAGE, false), ratio(periods.get(0), "30", "40"));
        long own = f.indicator(published, null, Measure.UNIT, false);
        long returned = f.updates.create(own, value(periods.get(0), "5"), f.admin);
        f.updates.submit(returned, new ReviewInput(null, 0), f.admin);
        f.updates.returnToLead(returned, new ReviewInput("Welke?", 1), f.admin);

        long unpublished = f.project(programme);
        f.approved(f.indicator(unpublished, unitCatalogue, Measure.UNIT, false), value(periods.get(0), "10"));
        manager = f.managerUser(programme);
    }

    private long publishedProject() {
        long project = f.project(programme);
        f.dsl.update(PROJECT).set(PROJECT.PUBLISHED, true).where(PROJECT.ID.eq(project)).execute();
        return project;
    }

    /** A sheet as maps from header to cell, one per row after the header. */
    private static List<Map<String, org.dhatim.fastexcel.reader.Cell>> sheet(ReadableWorkbook workbook, int index)
            throws Exception {
        List<Row> rows = workbook.getSheet(index).orElseThrow().read();
        List<String> headers = rows.getFirst().stream().map(c -> c.getText()).toList();
        List<Map<String, org.dhatim.fastexcel.reader.Cell>> result = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            Map<String, org.dhatim.fastexcel.reader.Cell> cells = new HashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                if (row.hasCell(c) && row.getCell(c) != null && row.getCell(c).getType() != CellType.EMPTY) {
                    cells.put(headers.get(c), row.getCell(c));
                }
            }
            result.add(cells);
        }
        return result;
    }

    private static String text(Map<String, org.dhatim.fastexcel.reader.Cell> row, String header) {
        var cell = row.get(header);
        return cell == null ? null : cell.getText();
    }

    private static String column(List<Map<String, org.dhatim.fastexcel.reader.Cell>> rows, String part) {
        return rows.stream().flatMap(r -> r.keySet().stream()).filter(h -> h.contains(part)).findFirst().orElseThrow();
    }

    private byte[] download(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void anonymousVisitorsGetTheCountedValuesOfPublishedProjectsAsTypedCellsWithTheirTotals() throws Exception {
        String today = clock.instant().atZone(Formats.ZONE).toLocalDate().toString();
        byte[] xlsx = mvc.perform(get("/programmes/{code}/results.xlsx", code))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"" + code + "-resultaten-" + today + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var updates = sheet(workbook, 0);
            assertThat(workbook.getSheet(0).orElseThrow().getName()).isEqualTo("Rapportages");
            // the correction and the percentage; not the value it corrected, the draft, the returned update, nor the
            // unpublished project
            assertThat(updates).hasSize(2);
            var unit = updates.stream().filter(r -> unitCode.equals(text(r, "Catalogus-code"))).findFirst().orElseThrow();
            assertThat(unit.get("Waarde").getType()).isEqualTo(CellType.NUMBER);
            assertThat(unit.get("Waarde").asNumber()).isEqualByComparingTo("50");
            assertThat(text(unit, "Aanduiding (EXACT, AT_LEAST, ABOUT, AT_MOST)")).isEqualTo("AT_LEAST");
            assertThat(text(unit, "Zoals de bron het zegt")).isEqualTo("meer dan 50");
            assertThat(text(unit, "Periode")).isEqualTo("2024-H1");
            assertThat(unit.get("Einde periode").asDate().toLocalDate()).isEqualTo(java.time.LocalDate.of(2024, 6, 30));
            assertThat(text(unit, "Status")).isEqualTo("Goedgekeurd");
            assertThat(text(unit, "Telt mee")).isEqualTo("Ja");
            assertThat(unit.get("Corrigeert rapportage-id").asNumber()).isEqualByComparingTo(String.valueOf(superseded));
            assertThat(unit.get("Rapportage-id").asNumber()).isEqualByComparingTo(String.valueOf(correction));
            assertThat(unit.get(column(updates, "(" + municipalities.get(0) + ")")).asNumber()).isEqualByComparingTo("30");
            assertThat(unit.get(column(updates, "(" + municipalities.get(1) + ")")).asNumber()).isEqualByComparingTo("20");
            assertThat(unit.get("Dimensie: F").asNumber()).isEqualByComparingTo("20");
            assertThat(unit.get("Dimensie: M").getType()).isEqualTo(CellType.NUMBER);
            assertThat(text(unit, "Uitsplitsing telt niet op")).isEqualTo("Dimensie");
            assertThat(text(unit, "Toelichting")).isEqualTo("'" + EVIL);
            assertThat(unit.get("Toelichting").getType()).isEqualTo(CellType.STRING);
            assertThat(text(unit, "Goedgekeurd door")).isNotBlank();
            assertThat(text(unit, "Adres in Regiomonitor")).endsWith("/results#update-" + correction);

            var percentage = updates.stream().filter(r -> ratioCode.equals(text(r, "Catalogus-code"))).findFirst()
                    .orElseThrow();
            assertThat(percentage.get("Teller").asNumber()).isEqualByComparingTo("30");
            assertThat(percentage.get("Noemer").asNumber()).isEqualByComparingTo("40");
            assertThat(percentage.get("Waarde")).isNull();
            assertThat(text(percentage, "Zoals de bron het zegt")).isEqualTo("75 %");

            var totals = sheet(workbook, 1);
            var total = totals.stream().filter(r -> unitCode.equals(text(r, "Catalogus-code"))
                    && "2024-H1".equals(text(r, "Periode"))).findFirst().orElseThrow();
            assertThat(total.get("Waarde").asNumber()).isEqualByComparingTo("50");
            assertThat(text(total, "Zoals de bron het zegt")).isEqualTo("meer dan 50");
            assertThat(text(total, "Optelregel")).startsWith("Som van de goedgekeurde waarden");
            assertThat(total.get("Rapportages met een uitsplitsing die niet optelt").asNumber()).isEqualByComparingTo("1");
            var ratioTotal = totals.stream().filter(r -> ratioCode.equals(text(r, "Catalogus-code"))).findFirst()
                    .orElseThrow();
            assertThat(ratioTotal.get("Waarde").asNumber()).isEqualByComparingTo("75");
            assertThat(ratioTotal.get("Noemer").asNumber()).isEqualByComparingTo("40");

            List<Row> notes = workbook.getSheet(2).orElseThrow().read();
            assertThat(notes.stream().map(r -> r.getCellText(1))).anyMatch(t -> t.contains("gepubliceerde projecten"))
                    .anyMatch(t -> t.contains("Som van de tellers gedeeld door de som van de noemers"));
            assertThat(notes.stream().map(r -> r.getCellText(0))).contains("Gemaakt op", "Bron");
        }
    }

    @Test
    void loggedInUsersGetEveryUpdateWithItsStatusAndTheTotalsOfAllProjects() throws Exception {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(
                download(get("/programmes/{id}/results.xlsx", programme).with(user(manager)))))) {
            var updates = sheet(workbook, 0);
            assertThat(updates).hasSize(6);
            var old = updates.stream().filter(r -> r.get("Rapportage-id").asNumber().longValue() == superseded)
                    .findFirst().orElseThrow();
            assertThat(text(old, "Telt mee")).isEqualTo("Nee");
            assertThat(old.get("Vervangen door rapportage-id").asNumber().longValue()).isEqualTo(correction);
            var open = updates.stream().filter(r -> r.get("Rapportage-id").asNumber().longValue() == draft)
                    .findFirst().orElseThrow();
            assertThat(text(open, "Status")).isEqualTo("Concept");
            assertThat(text(open, "Telt mee")).isEqualTo("Nee");
            assertThat(open.get("Goedgekeurd door")).isNull();
            assertThat(updates.stream().map(r -> text(r, "Status"))).contains("Teruggestuurd");
            var total = sheet(workbook, 1).stream().filter(r -> unitCode.equals(text(r, "Catalogus-code"))
                    && "2024-H1".equals(text(r, "Periode"))).findFirst().orElseThrow();
            assertThat(total.get("Waarde").asNumber()).isEqualByComparingTo("60");
            assertThat(total.get("Projecten").asNumber()).isEqualByComparingTo("2");
        }
    }

    @Test
    void csvReadsBackWithFastCsvForUpdatesAndTotals() throws Exception {
        byte[] bytes = mvc.perform(get("/programmes/{code}/results.csv", code))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.endsWith(".csv\"")))
                .andReturn().getResponse().getContentAsByteArray();
        List<CsvRecord> records = csv(bytes);
        List<String> headers = records.getFirst().getFields();
        assertThat(records).hasSize(3);
        CsvRecord unit = records.stream().filter(r -> r.getField(headers.indexOf("Catalogus-code")).equals(unitCode))
                .findFirst().orElseThrow();
        assertThat(unit.getField(headers.indexOf("Waarde"))).isEqualTo("50");
        assertThat(unit.getField(headers.indexOf("Aanduiding (EXACT, AT_LEAST, ABOUT, AT_MOST)"))).isEqualTo("AT_LEAST");
        assertThat(unit.getField(headers.indexOf("Einde periode"))).isEqualTo("2024-06-30");
        assertThat(unit.getField(headers.indexOf("Toelichting"))).isEqualTo("'" + EVIL);
        assertThat(unit.getField(headers.indexOf("Dimensie: F"))).isEqualTo("20");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("\n# Bron: ");

        List<CsvRecord> totals = csv(download(get("/programmes/{code}/results.csv", code).param("table", "totals")
                .param("lang", "en")));
        List<String> totalHeaders = totals.getFirst().getFields();
        assertThat(totalHeaders).contains("Catalogue code", "Value", "Aggregation rule");
        CsvRecord ratioTotal = totals.stream().filter(r -> r.getField(0).equals(ratioCode)).findFirst().orElseThrow();
        assertThat(ratioTotal.getField(totalHeaders.indexOf("Value"))).isEqualTo("75");
        assertThat(ratioTotal.getField(totalHeaders.indexOf("Numerator"))).isEqualTo("30");

        mvc.perform(get("/programmes/{code}/results.csv", code).param("table", "vouchers"))
                .andExpect(status().isNotFound());
    }

    private static List<CsvRecord> csv(byte[] bytes) throws Exception {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').detectBomHeader(true)
                .commentStrategy(CommentStrategy.SKIP).ofCsvRecord(new ByteArrayInputStream(bytes))) {
            reader.forEach(records::add);
        }
        return records;
    }

    @Test
    void theApiGivesTheSameFilesWithTheSameRightsAndDocumentsThem() throws Exception {
        mvc.perform(get("/api/programmes/{id}/results.xlsx", programme)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(csv(download(get("/api/programmes/{id}/results.csv", programme)))).hasSize(3);
        assertThat(csv(download(get("/api/programmes/{id}/results.csv", programme).with(user(manager))))).hasSize(7);

        long hidden = f.programme();
        mvc.perform(get("/api/programmes/{id}/results.csv", hidden)).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{id}/results.xlsx", hidden)).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{id}/results.xlsx", hidden).with(user(manager))).andExpect(status().isOk());

        assertThat(mvc.perform(get("/api/openapi")).andReturn().getResponse().getContentAsString())
                .contains("/api/programmes/{id}/results.xlsx", "/api/programmes/{id}/results.csv");
        assertThat(mvc.perform(get("/programmes/{id}/results", programme)).andReturn().getResponse()
                .getContentAsString()).contains("/programmes/" + code + "/results.xlsx",
                "/programmes/" + code + "/results.csv?table=totals");
    }

    @Test
    void moreProjectsUpdatesAndDisaggregationsCostNoMoreQueries() throws Exception {
        queries.reset();
        download(get("/programmes/{id}/results.xlsx", programme).with(user(manager)));
        int before = queries.count();
        long unitCatalogue = f.dsl.fetchSingle("select id from catalogue_indicator where code = ?", unitCode)
                .get(0, Long.class);
        for (int i = 0; i < 3; i++) {
            long project = publishedProject();
            long indicator = f.indicator(project, unitCatalogue, Measure.UNIT, false);
            f.approved(indicator, new UpdateInput(periods.get(1), new BigDecimal("3"), null, null, ValueQualifier.ABOUT,
                    null, null, List.of(area(municipalities.get(0), "3"), dimension(genders.get(1), "3")), null));
            f.approved(f.indicator(project, null, Measure.UNIT, false), value(periods.get(0), "1"));
        }
        queries.reset();
        download(get("/programmes/{id}/results.xlsx", programme).with(user(manager)));
        assertThat(queries.count()).isEqualTo(before);
        assertThat(before).isLessThan(25);
    }
}
