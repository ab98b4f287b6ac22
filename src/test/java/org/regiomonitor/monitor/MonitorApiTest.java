package org.regiomonitor.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.OBSERVATION;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.STATED_OBSERVATION;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The monitor's API: indicators, observations with their filters and paging, series with figures from members,
 * the series as CSV (formula-like text escaped, source per row, licence), signals by the desired direction,
 * imports (rights, 422 with problems and nothing written, accepted, re-import writes nothing) and releases; list
 * endpoints cost a bounded number of queries.
 */
@IntegrationTest
class MonitorApiTest {

    static final String PASSWORD = "monitor-test-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    MonitorImports imports;
    @Autowired
    UserAdministration users;
    @Autowired
    QueryCounter queries;

    MonitorFixtures f;
    String dataset;
    String region;
    String north;
    String south;
    String code;
    long indicatorId;
    String sourceCode;
    long regionId;

    @BeforeEach
    void setUp() {
        f = new MonitorFixtures(dsl);
        dataset = MonitorFixtures.unique("ds").toLowerCase();
        region = MonitorFixtures.unique("CRA");
        north = MonitorFixtures.unique("GMA");
        south = MonitorFixtures.unique("GMB");
        regionId = f.area(region, AreaKind.REGION);
        long r = regionId;
        f.member(r, f.area(north, AreaKind.MUNICIPALITY));
        f.member(r, f.area(south, AreaKind.MUNICIPALITY));
        code = MonitorFixtures.unique("POPA");
        indicatorId = f.indicator(code, Aggregation.SUM, Direction.HIGHER_IS_BETTER, "inwoners", null, dataset);
        var rows = new MonitorFixtures.Rows(dataset)
                .add(code, north, "2022JJ00", "100").add(code, south, "2022JJ00", "50")
                .add(code, north, "2023JJ00", "110").add(code, south, "2023JJ00", "50")
                .add(code, north, "2024JJ00", "120").add(code, south, "2024JJ00", "50")
                .add(code, north, "2025JJ00", null);
        assertThat(imports.run(rows.reader(), rows.request(), "tester").written()).isTrue();
        sourceCode = MonitorFixtures.unique("SRC");
        dsl.insertInto(SOURCE).set(SOURCE.CODE, sourceCode).set(SOURCE.TITLE, "Test source " + sourceCode)
                .set(SOURCE.KIND, SourceKind.DOCUMENT).execute();
    }

    private RequestPostProcessor as(Role role) {
        String name = MonitorFixtures.unique(role.name().toLowerCase() + "-");
        users.createUser(name, name, PASSWORD, role);
        return httpBasic(name, PASSWORD);
    }

    private int observations() {
        return dsl.fetchCount(OBSERVATION, OBSERVATION.INDICATOR_ID.eq(indicatorId));
    }

    @Test
    void indicatorsWithTheirMeasuresAtABoundedNumberOfQueries() throws Exception {
        queries.reset();
        String list = mvc.perform(get("/api/monitor/indicators"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queries.count()).isLessThanOrEqualTo(3);
        List<String> measures = JsonPath.read(list, "$[?(@.code == '" + code + "')].measures[0].measure");
        assertThat(measures).containsExactly(code);
        mvc.perform(get("/api/monitor/indicators/{c}", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aggregation").value("SUM"))
                .andExpect(jsonPath("$.direction").value("HIGHER_IS_BETTER"))
                .andExpect(jsonPath("$.measures[0].dataset").value(dataset));
        mvc.perform(get("/api/monitor/indicators/{c}", "NO_SUCH_INDICATOR")).andExpect(status().isNotFound());
    }

    @Test
    void observationsAreFilteredByIndicatorAreaAndPeriodAndPaged() throws Exception {
        queries.reset();
        mvc.perform(get("/api/monitor/observations").param("indicator", code).param("area", north)
                        .param("from", "2023JJ00").param("to", "2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].period").value("2023JJ00"))
                .andExpect(jsonPath("$.items[0].value").value(110.0))
                .andExpect(jsonPath("$.items[0].status").value("DEFINITIVE"))
                .andExpect(jsonPath("$.items[0].source.code").value("CBS-" + dataset.toUpperCase()))
                .andExpect(jsonPath("$.items[2].period").value("2025JJ00"))
                .andExpect(jsonPath("$.items[2].value").doesNotExist())
                .andExpect(jsonPath("$.items[2].missing").value("Impossible"));
        assertThat(queries.count()).isLessThanOrEqualTo(4);
        mvc.perform(get("/api/monitor/observations").param("indicator", code).param("size", "2").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.items", hasSize(2)));
        // without an area the total comes from the counts stored per indicator and period: exact all the same
        mvc.perform(get("/api/monitor/observations").param("indicator", code).param("from", "2024JJ00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(dsl.fetchCount(OBSERVATION, OBSERVATION.INDICATOR_ID.eq(indicatorId),
                        OBSERVATION.PERIOD_START.ge(java.time.LocalDate.of(2024, 1, 1)))));
        mvc.perform(get("/api/monitor/observations").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(dsl.fetchCount(OBSERVATION)));
        mvc.perform(get("/api/monitor/observations").param("indicator", code).param("from", "2024XX00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/monitor/observations").param("area", "NO-SUCH-AREA"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("area"));
    }

    @Test
    void aSeriesGivesTheRegionFromItsMembersWithTheirCountsAndTheStatedFigureBeside() throws Exception {
        dsl.insertInto(STATED_OBSERVATION).set(STATED_OBSERVATION.INDICATOR_ID, indicatorId)
                .set(STATED_OBSERVATION.AREA_ID, regionId).set(STATED_OBSERVATION.PERIOD, "2024JJ00")
                .set(STATED_OBSERVATION.VALUE, new java.math.BigDecimal("171"))
                .set(STATED_OBSERVATION.SOURCE_ID, dsl.select(SOURCE.ID).from(SOURCE).where(SOURCE.CODE.eq(sourceCode))
                        .fetchOne(SOURCE.ID))
                .execute();
        mvc.perform(get("/api/monitor/indicators/{c}/series", code).param("area", region).param("area", north))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].area.code").value(region))
                .andExpect(jsonPath("$[0].figures[0].period").value("2022JJ00"))
                .andExpect(jsonPath("$[0].figures[0].value").value(150.0))
                .andExpect(jsonPath("$[0].figures[0].origin").value("MEMBERS"))
                .andExpect(jsonPath("$[0].figures[0].members").value(2))
                .andExpect(jsonPath("$[0].figures[0].membersExpected").value(2))
                .andExpect(jsonPath("$[0].figures[2].value").value(170.0))
                .andExpect(jsonPath("$[0].stated[0].period").value("2024JJ00"))
                .andExpect(jsonPath("$[0].stated[0].value").value(171.0))
                .andExpect(jsonPath("$[0].stated[0].source.code").value(sourceCode))
                .andExpect(jsonPath("$[1].stated", hasSize(0)))
                .andExpect(jsonPath("$[1].figures[0].origin").value("OBSERVED"))
                .andExpect(jsonPath("$[1].figures[0].sources[0].code").value("CBS-" + dataset.toUpperCase()));
        mvc.perform(get("/api/monitor/indicators/{c}/series", code).param("area", "NO-SUCH-AREA"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theSeriesAsCsvEscapesFormulaLikeNamesAndNamesSourceAndLicence() throws Exception {
        dsl.update(MONITOR_INDICATOR).set(MONITOR_INDICATOR.NAME_NL, "=HYPERLINK(\"http://evil\";\"x\")")
                .where(MONITOR_INDICATOR.ID.eq(indicatorId)).execute();
        var response = mvc.perform(get("/api/monitor/indicators/{c}/series.csv", code).param("area", north))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains(code);
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).contains("Gebiedscode");
        List<String> rows = lines.stream().filter(l -> l.contains(north)).toList();
        assertThat(rows).hasSize(4);
        assertThat(rows).allSatisfy(l -> {
            assertThat(l).contains("'=HYPERLINK");
            assertThat(l).doesNotContain(";=HYPERLINK").doesNotContain(";\"=HYPERLINK");
            assertThat(l).contains("CBS " + dataset);
        });
        assertThat(rows.get(3)).contains("2025JJ00").contains("Impossible").doesNotContain(";0;");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("# Licentie").contains("CC BY 4.0"));
    }

    @Test
    void signalsFollowTheDesiredDirectionAndCompareAMunicipalityWithItsRegion() throws Exception {
        String json = mvc.perform(get("/api/monitor/indicators/{c}/signals", code).param("area", north))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region.code").value(region))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(json, "$.signals[?(@.kind == 'LATEST_CHANGE')].judgement"))
                .containsExactly("GOOD");
        assertThat(JsonPath.<List<String>>read(json, "$.signals[?(@.kind == 'GAP_REGION')].from"))
                .containsExactly(region);
        assertThat(JsonPath.<List<String>>read(json, "$.signals[?(@.kind == 'GAP_REGION')].judgement"))
                .containsExactly("GOOD");
        dsl.update(MONITOR_INDICATOR).set(MONITOR_INDICATOR.DIRECTION, Direction.LOWER_IS_BETTER)
                .where(MONITOR_INDICATOR.ID.eq(indicatorId)).execute();
        String lower = mvc.perform(get("/api/monitor/indicators/{c}/signals", code).param("area", north))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(lower, "$.signals[?(@.kind == 'LATEST_CHANGE')].judgement"))
                .containsExactly("BAD");
        assertThat(JsonPath.<List<String>>read(lower, "$.signals[?(@.kind == 'TREND')].judgement"))
                .containsExactly("BAD");
    }

    private MockMultipartFile template(String... rows) {
        String csv = "indicator;area;period;value;status;source\n" + String.join("\n", rows) + "\n";
        return new MockMultipartFile("file", "figures.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importsNeedTheRightAreRefusedWith422AndNothingWrittenAndAReImportWritesNothing() throws Exception {
        MockMultipartFile good = template(code + ";" + north + ";2026;130;provisional;p. 3",
                code + ";" + south + ";2026;55;;p. 3");
        int before = observations();
        mvc.perform(multipart("/api/monitor/imports").file(good).param("format", "TEMPLATE")
                .param("source", sourceCode)).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/monitor/imports").file(good).param("format", "TEMPLATE")
                .param("source", sourceCode).with(as(Role.VIEWER))).andExpect(status().isForbidden());
        assertThat(observations()).isEqualTo(before);

        RequestPostProcessor analyst = as(Role.ANALYST);
        MockMultipartFile bad = template(code + ";" + north + ";2026;130;;p. 3", code + ";GM_NOWHERE;2026;5;;p. 3",
                code + ";" + south + ";2026;abc;;p. 3");
        mvc.perform(multipart("/api/monitor/imports").file(bad).param("format", "TEMPLATE")
                        .param("source", sourceCode).with(analyst))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.title").value("Import refused"))
                .andExpect(jsonPath("$.problemCount").value(2))
                .andExpect(jsonPath("$.problems[0].file").value("figures.csv"))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[1].row").value(4))
                .andExpect(jsonPath("$.problems[1].column").value("value"));
        assertThat(observations()).isEqualTo(before);

        mvc.perform(multipart("/api/monitor/imports").file(good).param("format", "TEMPLATE")
                        .param("source", sourceCode).param("preview", "true").with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.written").value(false));
        assertThat(observations()).isEqualTo(before);

        mvc.perform(multipart("/api/monitor/imports").file(good).param("format", "TEMPLATE")
                        .param("source", sourceCode).with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.written").value(true));
        assertThat(observations()).isEqualTo(before + 2);
        mvc.perform(multipart("/api/monitor/imports").file(good).param("format", "TEMPLATE")
                        .param("source", sourceCode).with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.unchanged").value(2))
                .andExpect(jsonPath("$.written").value(false));

        mvc.perform(multipart("/api/monitor/imports").file(good).param("format", "NO_FORMAT").with(analyst))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));

        queries.reset();
        mvc.perform(get("/api/monitor/releases").param("size", "50"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].label").value("figures.csv"))
                .andExpect(jsonPath("$.items[0].added").value(2))
                .andExpect(jsonPath("$.items[0].source.code").value(sourceCode))
                .andExpect(jsonPath("$.items[0].checksum").isString());
        assertThat(queries.count()).isLessThanOrEqualTo(2);
    }
}
