package org.regiomonitor.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.INDICATOR_SET;
import static org.regiomonitor.db.Tables.INDICATOR_SET_ITEM;
import static org.regiomonitor.db.Tables.MONITOR_BASELINE;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR_MEASURE;
import static org.regiomonitor.db.Tables.MONITOR_TARGET;
import static org.regiomonitor.db.Tables.NPVR_TASK;
import static org.regiomonitor.db.Tables.NPVR_TASK_INDICATOR;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.STATED_OBSERVATION;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.audit.AuditRecord;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Analysts edit the monitor's definitions (issue 8): indicators, sets, baselines, targets and stated figures through
 * the forms and the API; each rule refused with its message and nothing written; stale versions refused; rights;
 * the change history; a computed indicator changed through the form gives its new figures on the next request.
 */
@IntegrationTest
class MonitorEditingTest {

    private static final AtomicLong IDS = new AtomicLong(950_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    MonitorImports imports;
    @Autowired
    AuditLog audit;
    @Autowired
    QueryCounter queries;

    MonitorFixtures f;
    String dataset;
    String region;
    String north;
    String south;
    String population;
    String dwellings;
    String none;
    String source;
    long populationId;

    @BeforeEach
    void setUp() {
        f = new MonitorFixtures(dsl);
        dataset = MonitorFixtures.unique("ds").toLowerCase();
        region = MonitorFixtures.unique("CRE");
        north = MonitorFixtures.unique("GME");
        south = MonitorFixtures.unique("GMF");
        long r = f.area(region, AreaKind.REGION);
        f.member(r, f.area(north, AreaKind.MUNICIPALITY));
        f.member(r, f.area(south, AreaKind.MUNICIPALITY));
        population = MonitorFixtures.unique("POPE");
        dwellings = MonitorFixtures.unique("DWE");
        none = MonitorFixtures.unique("RATE");
        populationId = f.indicator(population, Aggregation.SUM, Direction.HIGHER_IS_BETTER, "inwoners", null, dataset);
        f.indicator(dwellings, Aggregation.SUM, Direction.HIGHER_IS_BETTER, "woningen", null, dataset);
        f.indicator(none, Aggregation.NONE, Direction.NEUTRAL, "%", null, dataset);
        var rows = new MonitorFixtures.Rows(dataset)
                .add(population, north, "2023JJ00", "1000").add(population, south, "2023JJ00", "500")
                .add(dwellings, north, "2023JJ00", "400").add(dwellings, south, "2023JJ00", "250");
        assertThat(imports.run(rows.reader(), rows.request(), "tester").written()).isTrue();
        source = MonitorFixtures.unique("SRCE");
        dsl.insertInto(SOURCE).set(SOURCE.CODE, source).set(SOURCE.TITLE, "Testplan " + source)
                .set(SOURCE.KIND, SourceKind.DOCUMENT).execute();
    }

    private static UserPrincipal as(Role role) {
        long id = IDS.incrementAndGet();
        return TestUsers.principal(id, role.name().toLowerCase() + "-" + id, role);
    }

    /** Everything the editing may write, so that a refused request can be shown to have written nothing. */
    private String state() {
        return String.join("\n",
                dsl.selectFrom(MONITOR_INDICATOR).orderBy(MONITOR_INDICATOR.ID).fetch().formatCSV(),
                dsl.selectFrom(MONITOR_INDICATOR_MEASURE).orderBy(MONITOR_INDICATOR_MEASURE.DATASET,
                        MONITOR_INDICATOR_MEASURE.MEASURE).fetch().formatCSV(),
                dsl.selectFrom(INDICATOR_SET).orderBy(INDICATOR_SET.ID).fetch().formatCSV(),
                dsl.selectFrom(INDICATOR_SET_ITEM).orderBy(INDICATOR_SET_ITEM.SET_ID, INDICATOR_SET_ITEM.POSITION)
                        .fetch().formatCSV(),
                dsl.selectFrom(MONITOR_TARGET).orderBy(MONITOR_TARGET.ID).fetch().formatCSV(),
                dsl.selectFrom(MONITOR_BASELINE).orderBy(MONITOR_BASELINE.INDICATOR_ID, MONITOR_BASELINE.AREA_ID)
                        .fetch().formatCSV(),
                dsl.selectFrom(STATED_OBSERVATION).orderBy(STATED_OBSERVATION.ID).fetch().formatCSV());
    }

    /** A complete, valid indicator form; tests override fields. */
    private Map<String, String> indicatorForm(String code) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("code", code);
        p.put("nameNl", "Test " + code);
        p.put("nameEn", "Test EN " + code);
        p.put("nameDe", "");
        p.put("definition", "Een definitie");
        p.put("unit", "aantal");
        p.put("decimals", "1");
        p.put("direction", "HIGHER_IS_BETTER");
        p.put("tolerancePercent", "0,5");
        p.put("aggregation", "SUM");
        p.put("weight", "");
        p.put("formula", "");
        p.put("measures", "");
        p.put("numerator", "");
        p.put("denominator", "");
        p.put("factor", "");
        p.put("basePeriod", "");
        p.put("source", source);
        p.put("sourceLocator", "tabel 1");
        return p;
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder b, Map<String, String> params) {
        params.forEach(b::param);
        return b.with(csrf());
    }

    private String refused(String url, UserPrincipal who, Map<String, String> params, int status) throws Exception {
        String before = state();
        String html = mvc.perform(form(post(url), params).with(user(who)))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
        assertThat(state()).as("nothing written").isEqualTo(before);
        return html;
    }

    private int version(String code) {
        return dsl.select(MONITOR_INDICATOR.VERSION).from(MONITOR_INDICATOR).where(MONITOR_INDICATOR.CODE.eq(code))
                .fetchSingle().value1();
    }

    @Test
    void anAnalystCreatesAndEditsAnIndicatorWithItsMeasuresAndAStaleSaveIsRefused() throws Exception {
        UserPrincipal analyst = as(Role.ANALYST);
        assertThat(mvc.perform(get("/monitor/indicators/new").with(user(analyst))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("name=\"code\"", "name=\"measures\"", "name=\"numerator\"", "name=\"basePeriod\"");
        String code = MonitorFixtures.unique("NEWI");
        Map<String, String> p = indicatorForm(code);
        p.put("measures", "Ext99NED M1\next99ned/M2");
        mvc.perform(form(post("/monitor/indicators"), p).with(user(analyst)))
                .andExpect(status().is3xxRedirection());
        var row = dsl.selectFrom(MONITOR_INDICATOR).where(MONITOR_INDICATOR.CODE.eq(code)).fetchSingle();
        assertThat(row.getNameNl()).isEqualTo("Test " + code);
        assertThat(row.getNameDe()).isNull();
        assertThat(row.getDecimals()).isEqualTo(1);
        assertThat(row.getTolerancePercent()).isEqualByComparingTo("0.5");
        assertThat(dsl.select(MONITOR_INDICATOR_MEASURE.DATASET, MONITOR_INDICATOR_MEASURE.MEASURE)
                .from(MONITOR_INDICATOR_MEASURE).where(MONITOR_INDICATOR_MEASURE.INDICATOR_ID.eq(row.getId()))
                .orderBy(MONITOR_INDICATOR_MEASURE.MEASURE).fetch(r -> r.value1() + " " + r.value2()))
                .containsExactly("ext99ned M1", "ext99ned M2");

        String edit = mvc.perform(get("/monitor/indicators/{c}/edit", code).with(user(analyst)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("ext99ned M1", "Nulmetingen", "Doelen", "Genoemde cijfers");

        p.put("version", "0");
        p.remove("code");
        p.put("nameNl", "Nieuwe naam");
        p.put("measures", "ext99ned M2");
        mvc.perform(form(post("/monitor/indicators/{c}", code), p).with(user(analyst)))
                .andExpect(status().is3xxRedirection());
        assertThat(version(code)).isEqualTo(1);
        assertThat(dsl.fetchCount(MONITOR_INDICATOR_MEASURE, MONITOR_INDICATOR_MEASURE.INDICATOR_ID.eq(row.getId())))
                .isEqualTo(1);

        // someone else saved version 1 meanwhile: the old form is refused and nothing is overwritten
        p.put("nameNl", "Verouderd");
        String stale = refused("/monitor/indicators/" + code, analyst, p, 409);
        assertThat(stale).contains("Iemand anders heeft dit intussen gewijzigd", "Verouderd");
        assertThat(dsl.select(MONITOR_INDICATOR.NAME_NL).from(MONITOR_INDICATOR)
                .where(MONITOR_INDICATOR.CODE.eq(code)).fetchSingle().value1()).isEqualTo("Nieuwe naam");

        // the administrator sees the change in the history of the indicator and its edit page
        assertThat(audit.history("monitor_indicator", row.getId(), 10)).extracting(AuditRecord::actor)
                .contains(analyst.getUsername());
        String page = mvc.perform(get("/monitor/indicators/{c}", code).with(user(as(Role.ADMIN))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"audit-history\"", "<del>Test " + code + "</del>", "<ins>Nieuwe naam</ins>",
                "<del>ext99ned</del>"); // the name's change, and the removed measure (a child row)
    }

    @Test
    void onlyAnalystsAndAdministratorsEdit() throws Exception {
        String before = state();
        Map<String, String> p = indicatorForm(MonitorFixtures.unique("RIGHTS"));
        mvc.perform(get("/monitor/indicators/new")).andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/monitor/indicators"), p)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/monitor/indicators/new").with(user(as(Role.VIEWER)))).andExpect(status().isForbidden());
        mvc.perform(form(post("/monitor/indicators"), p).with(user(as(Role.VIEWER)))).andExpect(status().isForbidden());
        mvc.perform(form(post("/monitor/indicators/{c}/delete", population), Map.of("version", "0"))
                .with(user(as(Role.PROGRAMME_MANAGER)))).andExpect(status().isForbidden());
        mvc.perform(post("/api/monitor/indicators").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/monitor/indicators").with(user(as(Role.VIEWER))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        assertThat(state()).isEqualTo(before);
        // viewers see no edit links; analysts do
        assertThat(mvc.perform(get("/monitor/indicators/{c}", population).with(user(as(Role.VIEWER))))
                .andReturn().getResponse().getContentAsString()).doesNotContain("/edit\"");
        assertThat(mvc.perform(get("/monitor/indicators/{c}", population).with(user(as(Role.ANALYST))))
                .andReturn().getResponse().getContentAsString()).contains("/monitor/indicators/" + population + "/edit");
        mvc.perform(get("/monitor/indicators/{c}/edit", population).with(user(as(Role.ADMIN))))
                .andExpect(status().isOk());
        // every label in the three languages
        assertThat(mvc.perform(get("/monitor/indicators/{c}/edit?lang=en", population).with(user(as(Role.ANALYST))))
                .andReturn().getResponse().getContentAsString())
                .contains("Desired direction", "Measures that feed the indicator", "Add a target", "Delete indicator");
        assertThat(mvc.perform(get("/monitor/sets/new?lang=de").with(user(as(Role.ANALYST))))
                .andReturn().getResponse().getContentAsString())
                .contains("Neues Indikatorenset", "Indikatoren, in Reihenfolge", "Zur Liste hinzufügen");
    }

    @Test
    void everyIndicatorRuleIsRefusedWithItsMessageAndNothingIsWritten() throws Exception {
        UserPrincipal analyst = as(Role.ANALYST);
        String code = MonitorFixtures.unique("RULE");

        Map<String, String> p = indicatorForm(population.toLowerCase());
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("Er is al een indicator met de code");
        p = indicatorForm("bad code!");
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("Een code bestaat uit letters");
        p = indicatorForm("New");
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("Een code bestaat uit letters");
        p = indicatorForm(code);
        p.put("decimals", "7");
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("Het aantal decimalen is 0 tot en met 6",
                "id=\"decimals-error\"");
        p = indicatorForm(code);
        p.put("nameNl", "");
        p.put("unit", "");
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("id=\"nameNl-error\"", "id=\"unit-error\"");
        p = indicatorForm(code);
        p.put("aggregation", "WEIGHTED_MEAN");
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("Een gewogen gemiddelde heeft een gewicht nodig");
        p.put("weight", code);
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("niet met zichzelf gewogen");
        p.put("weight", none);
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("Het gewicht " + none + " moet zelf");
        p = indicatorForm(code);
        p.put("weight", population);
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("Een gewicht hoort alleen bij een gewogen gemiddelde");
        p = indicatorForm(code);
        p.put("formula", "RATIO");
        assertThat(refused("/monitor/indicators", analyst, p, 400))
                .contains("id=\"numerator-error\"", "id=\"denominator-error\"", "id=\"factor-error\"");
        p.put("numerator", "NO_SUCH_INPUT");
        p.put("denominator", population);
        p.put("factor", "1000");
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("Er is geen indicator met de code NO_SUCH_INPUT");
        p.put("numerator", dwellings);
        p.put("basePeriod", "2020JJ00");
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("Een basisperiode hoort alleen bij verandering");
        p.put("basePeriod", "");
        p.put("measures", "x1 y1");
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("Een berekende indicator heeft geen maatstaven");
        p = indicatorForm(code);
        p.put("formula", "CHANGE_SINCE");
        p.put("numerator", population);
        p.put("factor", "100");
        p.put("basePeriod", "2020XX99");
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("Geen geldige periodecode");
        p.put("basePeriod", "");
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("id=\"basePeriod-error\"");
        p = indicatorForm(code);
        p.put("numerator", population);
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("Dit hoort alleen bij een berekende indicator");
        p = indicatorForm(code);
        p.put("measures", dataset + " " + population);
        assertThat(refused("/monitor/indicators", analyst, p, 400))
                .contains("voedt al de indicator " + population, "id=\"measures-error\"");
        p.put("measures", "a1 b1\nA1 b1");
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("staat er twee keer in");
        p.put("measures", "onlyadataset");
        assertThat(refused("/monitor/indicators", analyst, p, 400)).contains("id=\"measures-error\"");

        // a cycle: C = ratio(D, population), then D = ratio(C, population) would compute D from itself
        String c = MonitorFixtures.unique("CYC");
        p = indicatorForm(c);
        p.put("formula", "RATIO");
        p.put("numerator", dwellings);
        p.put("denominator", population);
        p.put("factor", "1");
        mvc.perform(form(post("/monitor/indicators"), p).with(user(analyst))).andExpect(status().is3xxRedirection());
        String d = MonitorFixtures.unique("CYD");
        p.put("code", d);
        p.put("numerator", c);
        mvc.perform(form(post("/monitor/indicators"), p).with(user(analyst))).andExpect(status().is3xxRedirection());
        p.remove("code");
        p.put("numerator", d);
        p.put("version", "0");
        assertThat(refused("/monitor/indicators/" + c, analyst, p, 400)).contains("kringverwijzing");

        // an observed indicator with figures does not become a computed one; the code stays
        p = indicatorForm(population);
        p.put("version", String.valueOf(version(population)));
        p.put("formula", "RATIO");
        p.put("numerator", dwellings);
        p.put("denominator", none);
        p.put("factor", "1");
        assertThat(refused("/monitor/indicators/" + population, analyst, p, 400)).contains("heeft ingelezen cijfers");
        mvc.perform(put("/api/monitor/indicators/{c}", population).with(user(analyst)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code":"OTHER","nameNl":"x","unit":"x","decimals":0,"direction":"NEUTRAL",
                                 "aggregation":"SUM","version":%d}""".formatted(version(population))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void aComputedIndicatorChangedThroughTheFormGivesItsNewFiguresOnTheNextRequest() throws Exception {
        UserPrincipal analyst = as(Role.ANALYST);
        String code = MonitorFixtures.unique("DPK");
        Map<String, String> p = indicatorForm(code);
        p.put("formula", "RATIO");
        p.put("numerator", dwellings);
        p.put("denominator", population);
        p.put("factor", "1000");
        p.put("aggregation", "NONE");
        mvc.perform(form(post("/monitor/indicators"), p).with(user(analyst))).andExpect(status().is3xxRedirection());
        String series = "/api/monitor/indicators/" + code + "/series?area=" + north;
        mvc.perform(get(series)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].figures[0].value").value(400.0));

        p.remove("code");
        p.put("factor", "100");
        p.put("version", "0");
        mvc.perform(form(post("/monitor/indicators/{c}", code), p).with(user(analyst)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(series)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].figures[0].value").value(40.0));
        String html = mvc.perform(get("/monitor/indicators/{c}?area={a}", code, south)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("50"); // 250 / 500 x 100
    }

    @Test
    void anIndicatorWithFiguresOrInUseIsNotDeletedAndAnUnusedOneIs() throws Exception {
        UserPrincipal analyst = as(Role.ANALYST);
        String before = state();
        mvc.perform(form(post("/monitor/indicators/{c}/delete", population),
                        Map.of("version", String.valueOf(version(population)))).with(user(analyst)))
                .andExpect(status().is3xxRedirection());
        assertThat(state()).isEqualTo(before);
        mvc.perform(delete("/api/monitor/indicators/{c}", population).param("version", String.valueOf(version(population)))
                        .with(user(analyst)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("ingelezen cijfers")));

        // used by a computed indicator and a set
        String ratio = MonitorFixtures.unique("USER");
        Map<String, String> p = indicatorForm(ratio);
        p.put("formula", "RATIO");
        p.put("numerator", dwellings);
        p.put("denominator", population);
        p.put("factor", "1");
        mvc.perform(form(post("/monitor/indicators"), p).with(user(analyst))).andExpect(status().is3xxRedirection());
        String unused = MonitorFixtures.unique("UNUSED");
        p = indicatorForm(unused);
        p.put("formula", "RATIO");
        p.put("numerator", ratio);
        p.put("denominator", population);
        p.put("factor", "1");
        mvc.perform(form(post("/monitor/indicators"), p).with(user(analyst))).andExpect(status().is3xxRedirection());
        String set = MonitorFixtures.unique("SETD");
        mvc.perform(post("/api/monitor/sets").with(user(analyst)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + set + "\",\"nameNl\":\"Set\",\"indicators\":[\"" + unused + "\"]}"))
                .andExpect(status().isCreated());
        mvc.perform(delete("/api/monitor/indicators/{c}", ratio).param("version", "0").with(user(analyst)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(unused)));
        mvc.perform(delete("/api/monitor/indicators/{c}", unused).param("version", "0").with(user(analyst)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(set)));

        // an NPVR task that follows it
        String followed = MonitorFixtures.unique("NPVRF");
        p = indicatorForm(followed);
        mvc.perform(form(post("/monitor/indicators"), p).with(user(analyst))).andExpect(status().is3xxRedirection());
        long task = dsl.select(NPVR_TASK.ID).from(NPVR_TASK).where(NPVR_TASK.NUMBER.eq(7)).fetchSingle().value1();
        dsl.insertInto(NPVR_TASK_INDICATOR).set(NPVR_TASK_INDICATOR.TASK_ID, task)
                .set(NPVR_TASK_INDICATOR.INDICATOR_CODE, followed).execute();
        try {
            mvc.perform(delete("/api/monitor/indicators/{c}", followed).param("version", "0").with(user(analyst)).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].message").value("Niet verwijderd: NPVR-opgave 7 volgt deze indicator. "
                            + "Haal hem daar eerst weg."));
        } finally {
            dsl.deleteFrom(NPVR_TASK_INDICATOR).where(NPVR_TASK_INDICATOR.INDICATOR_CODE.eq(followed)).execute();
        }

        // out of the set, with a target: deleted (a stale version first is refused)
        mvc.perform(put("/api/monitor/sets/{c}", set).with(user(analyst)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameNl\":\"Set\",\"indicators\":[],\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("/api/monitor/indicators/{c}/targets", unused).with(user(analyst)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"area\":\"" + region + "\",\"year\":2030,\"kind\":\"ABSOLUTE\",\"value\":5,\"source\":\"" + source + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(form(post("/monitor/indicators/{c}/delete", unused), Map.of("version", "7")).with(user(analyst)))
                .andExpect(status().is3xxRedirection());
        assertThat(dsl.fetchExists(MONITOR_INDICATOR, MONITOR_INDICATOR.CODE.eq(unused))).isTrue();
        mvc.perform(form(post("/monitor/indicators/{c}/delete", unused), Map.of("version", "0")).with(user(analyst)))
                .andExpect(status().is3xxRedirection());
        assertThat(dsl.fetchExists(MONITOR_INDICATOR, MONITOR_INDICATOR.CODE.eq(unused))).isFalse();
    }

    @Test
    void targetsBaselinesAndStatedFiguresAreAddedEditedAndDeletedThroughTheForms() throws Exception {
        UserPrincipal analyst = as(Role.ANALYST);
        String base = "/monitor/indicators/" + population;
        assertThat(mvc.perform(get(base + "/targets/new").with(user(analyst))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("name=\"referenceArea\"", "name=\"kind\"");

        // baseline
        Map<String, String> b = new LinkedHashMap<>(Map.of("area", region, "period", "2023"));
        mvc.perform(form(post(base + "/baselines"), b).with(user(analyst))).andExpect(status().is3xxRedirection());
        assertThat(dsl.select(MONITOR_BASELINE.PERIOD).from(MONITOR_BASELINE)
                .where(MONITOR_BASELINE.INDICATOR_ID.eq(populationId)).fetchSingle().value1()).isEqualTo("2023JJ00");
        b.put("period", "2023XX");
        b.put("version", "0");
        assertThat(refused(base + "/baselines", analyst, b, 400)).contains("Geen geldige periodecode");
        b.put("period", "2022JJ00");
        b.put("version", "");
        assertThat(refused(base + "/baselines", analyst, b, 409)).contains("Iemand anders heeft dit intussen gewijzigd");

        // targets: the rules, then one saved, edited and deleted
        Map<String, String> t = new LinkedHashMap<>(Map.of("area", region, "year", "2500", "kind", "INCREASE",
                "value", "100", "qualifier", "AT_LEAST", "referenceArea", "", "source", source, "sourceLocator", "p. 3"));
        assertThat(refused(base + "/targets", analyst, t, 400)).contains("Het doeljaar ligt tussen 1990 en 2100");
        t.put("year", "2023");
        assertThat(refused(base + "/targets", analyst, t, 400)).contains("Het doeljaar ligt na de nulmeting van dit gebied (2023)");
        t.put("year", "2030");
        t.put("kind", "MATCH_AREA");
        assertThat(refused(base + "/targets", analyst, t, 400)).contains("hoort geen waarde", "id=\"referenceArea-error\"");
        t.put("value", "");
        t.put("referenceArea", "NOWHERE");
        assertThat(refused(base + "/targets", analyst, t, 400)).contains("Er is geen gebied met de code NOWHERE");
        t.put("kind", "ABSOLUTE");
        t.put("referenceArea", "");
        assertThat(refused(base + "/targets", analyst, t, 400)).contains("id=\"value-error\"");
        t.put("value", "1600");
        t.put("source", "");
        assertThat(refused(base + "/targets", analyst, t, 400)).contains("id=\"source-error\"");
        t.put("source", source);
        mvc.perform(form(post(base + "/targets"), t).with(user(analyst))).andExpect(status().is3xxRedirection());
        long target = dsl.select(MONITOR_TARGET.ID).from(MONITOR_TARGET)
                .where(MONITOR_TARGET.INDICATOR_ID.eq(populationId)).fetchSingle().value1();
        assertThat(refused(base + "/targets", analyst, t, 400)).contains("Er is al een doel voor Test " + region + " in 2030");
        mvc.perform(get("/api/monitor/indicators/{c}/targets", population)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].goal").value(1600.0))
                .andExpect(jsonPath("$[0].baselinePeriod").value("2023JJ00"))
                .andExpect(jsonPath("$[0].source.code").value(source));
        t.put("value", "1700");
        t.put("version", "0");
        mvc.perform(form(post(base + "/targets/" + target), t).with(user(analyst))).andExpect(status().is3xxRedirection());
        assertThat(dsl.select(MONITOR_TARGET.VALUE).from(MONITOR_TARGET).where(MONITOR_TARGET.ID.eq(target))
                .fetchSingle().value1()).isEqualByComparingTo("1700");
        assertThat(refused(base + "/targets/" + target, analyst, t, 409)).contains("Iemand anders");
        String hub = mvc.perform(get(base + "/edit").with(user(analyst))).andReturn().getResponse().getContentAsString();
        assertThat(hub).contains("Test " + region, "2023JJ00", "1.700");
        mvc.perform(form(post(base + "/targets/" + target + "/delete"), Map.of("version", "1")).with(user(analyst)))
                .andExpect(status().is3xxRedirection());
        assertThat(dsl.fetchExists(MONITOR_TARGET, MONITOR_TARGET.ID.eq(target))).isFalse();

        // stated figures
        Map<String, String> s = new LinkedHashMap<>(Map.of("area", north, "period", "2023JJ00", "value", "abc",
                "qualifier", "ABOUT", "source", source, "sourceLocator", "", "note", ""));
        assertThat(refused(base + "/stated", analyst, s, 400)).contains("id=\"value-error\"");
        s.put("value", "1010");
        mvc.perform(form(post(base + "/stated"), s).with(user(analyst))).andExpect(status().is3xxRedirection());
        long stated = dsl.select(STATED_OBSERVATION.ID).from(STATED_OBSERVATION)
                .where(STATED_OBSERVATION.INDICATOR_ID.eq(populationId)).fetchSingle().value1();
        assertThat(refused(base + "/stated", analyst, s, 400)).contains("Deze bron noemt al een cijfer");
        String indicatorPage = mvc.perform(get(base + "?area=" + north)).andReturn().getResponse().getContentAsString();
        assertThat(indicatorPage).contains("Genoemd in documenten", "1.010");
        mvc.perform(form(post(base + "/stated/" + stated + "/delete"), Map.of("version", "0")).with(user(analyst)))
                .andExpect(status().is3xxRedirection());
        assertThat(dsl.fetchExists(STATED_OBSERVATION, STATED_OBSERVATION.ID.eq(stated))).isFalse();

        // all of it is in the indicator's history
        assertThat(audit.history("monitor_indicator", populationId, 20)).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aSetIsComposedMovedAndSavedThroughTheFormAndTheApi() throws Exception {
        UserPrincipal analyst = as(Role.ANALYST);
        String code = MonitorFixtures.unique("SET");
        Map<String, String> p = new LinkedHashMap<>(Map.of("code", code, "nameNl", "Testset", "source", "",
                "indicators[0]", population, "indicators[1]", dwellings, "op", "up:1"));
        String before = state();
        String moved = mvc.perform(form(post("/monitor/sets"), p).with(user(analyst))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(state()).as("moving is not saving").isEqualTo(before);
        assertThat(moved.indexOf("value=\"" + dwellings + "\"")).isLessThan(moved.indexOf("value=\"" + population + "\""));

        p.put("indicators[0]", dwellings);
        p.put("indicators[1]", population);
        p.put("op", "");
        p.put("indicators[2]", "NO_SUCH_ONE");
        assertThat(refused("/monitor/sets", analyst, p, 400)).contains("Er is geen indicator met de code NO_SUCH_ONE");
        p.put("indicators[2]", dwellings);
        assertThat(refused("/monitor/sets", analyst, p, 400)).contains("staat er twee keer in");
        p.remove("indicators[2]");
        mvc.perform(form(post("/monitor/sets"), p).with(user(analyst))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/monitor/sets/{c}", code)).andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0]").value(dwellings))
                .andExpect(jsonPath("$.indicators[1]").value(population));
        assertThat(mvc.perform(get("/monitor/sets/{c}", code).with(user(analyst))).andReturn().getResponse()
                .getContentAsString()).contains("/monitor/sets/" + code + "/edit");

        // the API: reorder, stale refused, then delete
        mvc.perform(put("/api/monitor/sets/{c}", code).with(user(analyst)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameNl\":\"Testset\",\"indicators\":[\"" + population + "\",\"" + dwellings + "\"],\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.indicators[0]").value(population));
        mvc.perform(put("/api/monitor/sets/{c}", code).with(user(analyst)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameNl\":\"Stale\",\"indicators\":[],\"version\":0}"))
                .andExpect(status().isConflict());
        // the form: a stale edit and a stale delete are refused, the current delete removes it
        Map<String, String> stale = new LinkedHashMap<>(Map.of("nameNl", "Verouderd", "source", "", "version", "0",
                "indicators[0]", population));
        assertThat(refused("/monitor/sets/" + code, analyst, stale, 409)).contains("Iemand anders heeft dit intussen gewijzigd");
        mvc.perform(form(post("/monitor/sets/{c}/delete", code), Map.of("version", "0")).with(user(analyst)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/monitor/sets/{c}", code)).andExpect(status().isOk());
        mvc.perform(form(post("/monitor/sets/{c}/delete", code), Map.of("version", "1")).with(user(analyst)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/monitor/sets/{c}", code)).andExpect(status().isNotFound());
    }

    @Test
    void theApiCreatesChangesAndRefusesIndicatorsBaselinesAndStatedFigures() throws Exception {
        UserPrincipal analyst = as(Role.ANALYST);
        String code = MonitorFixtures.unique("APIW");
        String body = """
                {"code":"%s","nameNl":"Werkloosheid","unit":"%%","decimals":1,"direction":"LOWER_IS_BETTER",
                 "aggregation":"WEIGHTED_MEAN","weight":"%s","tolerancePercent":1,"source":"%s",
                 "measures":[{"dataset":"Api1NED","measure":"W1"}]}""".formatted(code, population, source);
        String created = mvc.perform(post("/api/monitor/indicators").with(user(analyst)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.weight").value(population))
                .andExpect(jsonPath("$.measures[0].dataset").value("api1ned"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(created, "$.code")).isEqualTo(code);
        String before = state();
        mvc.perform(post("/api/monitor/indicators").with(user(analyst)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(post("/api/monitor/indicators").with(user(analyst)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace(code, code + "X").replace("\"tolerancePercent\"", "\"version\":0,\"tolerancePercent\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[?(@.field == 'version')]").exists());
        mvc.perform(put("/api/monitor/indicators/{c}", code).with(user(analyst)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"tolerancePercent\"", "\"decimals\":9,\"version\":0,\"x\":1,\"tolerancePercent\"")))
                .andExpect(status().isBadRequest());
        assertThat(state()).isEqualTo(before);
        mvc.perform(put("/api/monitor/indicators/{c}", code).with(user(analyst)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"tolerancePercent\"", "\"version\":0,\"tolerancePercent\"")
                                .replace("Werkloosheid", "Werkloosheid (%)")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nameNl").value("Werkloosheid (%)"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/monitor/indicators/{c}", code).with(user(analyst)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"tolerancePercent\"", "\"version\":0,\"tolerancePercent\"")))
                .andExpect(status().isConflict());

        // baseline and stated figure
        mvc.perform(put("/api/monitor/indicators/{c}/baselines", code).with(user(analyst)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"area\":\"" + region + "\",\"period\":\"2023JJ00\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].period").value("2023JJ00"));
        mvc.perform(put("/api/monitor/indicators/{c}/baselines", code).with(user(analyst)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"area\":\"" + region + "\",\"period\":\"2024JJ00\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].period").value("2024JJ00"))
                .andExpect(jsonPath("$[0].version").value(1));
        mvc.perform(post("/api/monitor/indicators/{c}/stated", code).with(user(analyst)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"area\":\"" + region + "\",\"period\":\"2024JJ00\",\"value\":3.5,\"source\":\"NO_SOURCE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("source"));
        String stated = mvc.perform(post("/api/monitor/indicators/{c}/stated", code).with(user(analyst)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"area\":\"" + region + "\",\"period\":\"2024JJ00\",\"value\":3.5,\"source\":\"" + source + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int statedId = JsonPath.read(stated, "$.id");
        mvc.perform(get("/api/monitor/indicators/{c}/stated", code)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].value").value(3.5));
        mvc.perform(delete("/api/monitor/indicators/{c}/stated/{id}", code, statedId).param("version", "0")
                .with(user(analyst)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(delete("/api/monitor/indicators/{c}/baselines/{a}", code, region).param("version", "0")
                .with(user(analyst)).with(csrf())).andExpect(status().isConflict());
        mvc.perform(delete("/api/monitor/indicators/{c}", code).param("version", "1")
                .with(user(analyst)).with(csrf())).andExpect(status().isNoContent());
        assertThat(dsl.fetchExists(MONITOR_INDICATOR, MONITOR_INDICATOR.CODE.eq(code))).isFalse();

        mvc.perform(get("/api/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/monitor/indicators/{code}/targets'].get").exists())
                .andExpect(jsonPath("$.paths['/api/monitor/indicators/{code}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/monitor/sets/{code}'].delete").exists());
    }

    @Test
    void theEditPageCostsABoundedNumberOfQueries() throws Exception {
        UserPrincipal admin = as(Role.ADMIN);
        queries.reset();
        mvc.perform(get("/monitor/indicators/{c}/edit", population).with(user(admin))).andExpect(status().isOk());
        assertThat(queries.count()).isLessThanOrEqualTo(14);
    }

    /** The database stops what two concurrent saves could get past the form's check: codes that differ in case. */
    @Test
    void codesThatDifferOnlyInCaseAreRefusedByTheDatabase() {
        String code = "CaseTest" + System.nanoTime();
        java.util.function.Consumer<String> insert = c -> dsl.insertInto(MONITOR_INDICATOR)
                .set(MONITOR_INDICATOR.CODE, c).set(MONITOR_INDICATOR.NAME_NL, c).set(MONITOR_INDICATOR.UNIT, "aantal")
                .set(MONITOR_INDICATOR.DIRECTION, Direction.NEUTRAL).set(MONITOR_INDICATOR.AGGREGATION, Aggregation.SUM)
                .execute();
        insert.accept(code);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> insert.accept(code.toUpperCase()))
                .hasMessageContaining("code=monitor.edit.codeInUse"); // the index, mapped to the form's field error
        java.util.function.Consumer<String> set = c -> dsl.insertInto(INDICATOR_SET)
                .set(INDICATOR_SET.CODE, c).set(INDICATOR_SET.NAME_NL, c).execute();
        set.accept(code);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> set.accept(code.toLowerCase()))
                .hasMessageContaining("code=monitor.edit.codeInUse");
    }
}
