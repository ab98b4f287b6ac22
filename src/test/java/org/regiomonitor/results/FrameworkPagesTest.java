package org.regiomonitor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.CATALOGUE_INDICATOR;
import static org.regiomonitor.db.Tables.DIMENSION_VALUE;
import static org.regiomonitor.db.Tables.DISAGGREGATION_DIMENSION;
import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.PERIOD_TARGET;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_THEME;
import static org.regiomonitor.db.Tables.THEME;
import static org.regiomonitor.results.ResultsFixtures.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.AuditTrail;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The set-up pages of the results framework (issue 7, Model): a programme's catalogue, periods and dimensions for
 * its managers and administrators; a project's results and indicators for whoever may edit the project. The same
 * service, rules and rights as the API: refused input shows beside its field with what was typed and writes
 * nothing; a stale version is refused.
 */
@IntegrationTest
class FrameworkPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    QueryCounter queries;

    /** The people around a programme with one project, and a second project with its own lead. */
    private record Cast(ResultsFixtures f, long programme, long project, UserPrincipal viewer, UserPrincipal lead,
            UserPrincipal otherLead, UserPrincipal manager, UserPrincipal otherManager, UserPrincipal admin) {
    }

    private Cast cast() {
        ResultsFixtures f = new ResultsFixtures(context);
        long programme = f.programme();
        long project = f.project(programme);
        long otherProgramme = f.programme();
        long otherProject = f.project(programme);
        return new Cast(f, programme, project, f.user(Role.VIEWER), f.leadUser(project), f.leadUser(otherProject),
                f.managerUser(programme), f.managerUser(otherProgramme), f.user(Role.ADMIN));
    }

    private String html(MockHttpServletRequestBuilder request, UserPrincipal who, ResultMatcher expected)
            throws Exception {
        return mvc.perform(who == null ? request : request.with(user(who))).andExpect(expected).andReturn()
                .getResponse().getContentAsString();
    }

    private int catalogueCount(long programme) {
        return context.getBean(org.jooq.DSLContext.class).fetchCount(CATALOGUE_INDICATOR,
                CATALOGUE_INDICATOR.PROGRAMME_ID.eq(programme));
    }

    @Test
    void onlyTheProgrammesManagersAndAdministratorsSeeAndPostTheProgrammeSetUp() throws Exception {
        Cast c = cast();
        String setup = "/programmes/" + c.programme() + "/results/setup";
        String code = ResultsFixtures.unique("RIGHTS");

        mvc.perform(get(setup)).andExpect(redirectedUrl("/login"));
        mvc.perform(catalogue(c.programme(), code)).andExpect(redirectedUrl("/login"));
        for (UserPrincipal refused : List.of(c.viewer(), c.lead(), c.otherManager())) {
            mvc.perform(get(setup).with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(get(setup + "/catalogue/new").with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(catalogue(c.programme(), code).with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(post(setup + "/periods").param("kind", "YEAR").param("fromYear", "2030").param("toYear", "2030")
                    .with(csrf()).with(user(refused))).andExpect(status().isForbidden());
            // the link on the programme's results page is not shown to them either
            assertThat(html(get("/programmes/" + c.programme() + "/results"), refused, status().isOk()))
                    .doesNotContain("results-setup-link");
        }
        assertThat(catalogueCount(c.programme())).isZero();

        for (UserPrincipal allowed : List.of(c.manager(), c.admin())) {
            assertThat(html(get("/programmes/" + c.programme() + "/results"), allowed, status().isOk()))
                    .contains("results-setup-link", "/programmes/" + c.f().dsl.fetchValue(
                            org.regiomonitor.db.Tables.PROGRAMME.CODE,
                            org.regiomonitor.db.Tables.PROGRAMME.ID.eq(c.programme())) + "/results/setup");
            assertThat(html(get(setup), allowed, status().isOk())).contains("Resultatenkader instellen",
                    "Perioden toevoegen");
            html(get(setup + "/catalogue/new"), allowed, status().isOk());
        }
        mvc.perform(catalogue(c.programme(), code).with(user(c.manager())))
                .andExpect(redirectedUrlPattern("/programmes/*/results/setup#catalogue"));
        assertThat(catalogueCount(c.programme())).isEqualTo(1);
    }

    private static MockHttpServletRequestBuilder catalogue(long programme, String code) {
        return post("/programmes/{p}/results/setup/catalogue", programme).param("code", code)
                .param("nameNl", "Bedrijven ondersteund").param("nameEn", "Companies supported").param("nameDe", "")
                .param("definition", "Bedrijven met een voucher of begeleiding").param("measure", "UNIT")
                .param("unitLabel", "bedrijven").param("cumulative", "true").param("_cumulative", "on")
                .param("ascending", "true").param("_ascending", "on").param("decimals", "0").with(csrf());
    }

    @Test
    void aRefusedCatalogueIndicatorShowsItsErrorsBesideTheFieldsKeepsWhatWasTypedAndWritesNothing() throws Exception {
        Cast c = cast();
        String refused = html(post("/programmes/{p}/results/setup/catalogue", c.programme()).param("code", "")
                .param("nameNl", "").param("nameEn", "Typed English name").param("measure", "QUALITATIVE")
                .param("cumulative", "true").param("unitLabel", "deelnemers").param("decimals", "twee")
                .with(csrf()), c.manager(), status().isBadRequest());
        assertThat(refused).contains("id=\"code-error\"", "id=\"nameNl-error\"", "id=\"decimals-error\"",
                "id=\"cumulative-error\"", "Een kwalitatieve indicator is niet cumulatief.", "class=\"error-summary",
                "value=\"Typed English name\"", "value=\"deelnemers\"", "value=\"twee\"");
        assertThat(catalogueCount(c.programme())).isZero();

        String code = ResultsFixtures.unique("DUP");
        mvc.perform(catalogue(c.programme(), code).with(user(c.manager()))).andExpect(status().is3xxRedirection());
        assertThat(html(catalogue(c.programme(), code.toLowerCase()), c.manager(), status().isBadRequest()))
                .contains("id=\"code-error\"", "Deze code bestaat al.");
        assertThat(catalogueCount(c.programme())).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefusedAndTheEditIsKeptOnThePage() throws Exception {
        Cast c = cast();
        String code = ResultsFixtures.unique("STALE");
        long id = c.f().catalogue(c.programme(), code, Measure.UNIT, false);
        String form = html(get("/catalogue-indicators/{id}/edit", id), c.manager(), status().isOk());
        assertThat(form).contains("name=\"version\" value=\"0\"");

        mvc.perform(edit(id, "Eerste wijziging", 0).with(user(c.manager()))).andExpect(status().is3xxRedirection());
        // recorded in the audit trail with the manager as the actor, by the database in the service's transaction
        AuditTrail.of(context.getBean(AuditLog.class), "catalogue_indicator", id).assertChange("UPDATE",
                "catalogue_indicator", c.manager().username(), Map.of("name_nl", "Indicator " + code),
                Map.of("name_nl", "Eerste wijziging"));
        String stale = html(edit(id, "Tweede wijziging", 0), c.admin(), status().isConflict());
        assertThat(stale).contains("Iemand anders heeft dit intussen gewijzigd", "value=\"Tweede wijziging\"");
        assertThat(c.f().dsl.fetchValue(CATALOGUE_INDICATOR.NAME_NL, CATALOGUE_INDICATOR.ID.eq(id)))
                .isEqualTo("Eerste wijziging");

        // the same for a result, through the project's forms
        long result = c.f().result(c.project());
        mvc.perform(post("/results/{id}", result).param("title", "Nieuw").param("type", "OUTCOME")
                .param("version", "0").with(csrf()).with(user(c.lead()))).andExpect(status().is3xxRedirection());
        assertThat(html(post("/results/{id}", result).param("title", "Verloren?").param("type", "OUTPUT")
                .param("version", "0").with(csrf()), c.manager(), status().isConflict()))
                .contains("Iemand anders heeft dit intussen gewijzigd", "value=\"Verloren?\"");
        assertThat(c.f().dsl.fetchValue(RESULT.TITLE, RESULT.ID.eq(result))).isEqualTo("Nieuw");
    }

    private static MockHttpServletRequestBuilder edit(long id, String name, int version) {
        return post("/catalogue-indicators/{id}", id).param("code", "C" + id).param("nameNl", name)
                .param("measure", "UNIT").param("decimals", "0").param("version", String.valueOf(version)).with(csrf());
    }

    @Test
    void periodsArePlannedForARangeOfYearsAndLockedOrUnlockedWithTheirVersion() throws Exception {
        Cast c = cast();
        String setup = "/programmes/" + c.programme() + "/results/setup";
        mvc.perform(post(setup + "/periods").param("kind", "HALF_YEAR").param("fromYear", "2025")
                        .param("toYear", "2026").with(csrf()).with(user(c.manager())))
                .andExpect(redirectedUrlPattern("/programmes/*/results/setup#periods"))
                .andExpect(flash().attribute("periodsAdded", 4));
        var dsl = c.f().dsl;
        assertThat(dsl.fetchCount(REPORTING_PERIOD, REPORTING_PERIOD.PROGRAMME_ID.eq(c.programme()))).isEqualTo(4);

        String overlap = html(post(setup + "/periods").param("kind", "QUARTER").param("fromYear", "2026")
                .param("toYear", "2027").with(csrf()), c.manager(), status().isBadRequest());
        assertThat(overlap).contains("id=\"fromYear-error\"", "overlappen", "value=\"2027\"");
        String order = html(post(setup + "/periods").param("kind", "YEAR").param("fromYear", "2030")
                .param("toYear", "twintig").with(csrf()), c.manager(), status().isBadRequest());
        assertThat(order).contains("id=\"toYear-error\"");
        assertThat(dsl.fetchCount(REPORTING_PERIOD, REPORTING_PERIOD.PROGRAMME_ID.eq(c.programme()))).isEqualTo(4);
        assertThat(html(get(setup), c.manager(), status().isOk())).contains("2025-H1", "2026-H2", "Afsluiten");

        long period = dsl.fetchValue(REPORTING_PERIOD.ID, REPORTING_PERIOD.PROGRAMME_ID.eq(c.programme())
                .and(REPORTING_PERIOD.START_DATE.eq(java.time.LocalDate.of(2025, 1, 1))));
        mvc.perform(post("/periods/{id}/lock", period).param("locked", "true").param("version", "0")
                .with(csrf()).with(user(c.lead()))).andExpect(status().isForbidden());
        mvc.perform(post("/periods/{id}/lock", period).param("locked", "true").param("version", "0")
                .with(csrf()).with(user(c.manager()))).andExpect(status().is3xxRedirection());
        assertThat(dsl.fetchValue(REPORTING_PERIOD.LOCKED, REPORTING_PERIOD.ID.eq(period))).isTrue();
        mvc.perform(post("/periods/{id}/lock", period).param("locked", "false").param("version", "0")
                        .with(csrf()).with(user(c.manager())))
                .andExpect(flash().attribute("setupError", "error.stale"));
        assertThat(dsl.fetchValue(REPORTING_PERIOD.LOCKED, REPORTING_PERIOD.ID.eq(period))).isTrue();
        assertThat(html(get(setup), c.manager(), status().isOk())).contains("Heropenen", "Afgesloten");
        mvc.perform(post("/periods/{id}/lock", period).param("locked", "false").param("version", "1")
                .with(csrf()).with(user(c.admin()))).andExpect(status().is3xxRedirection());
        assertThat(dsl.fetchValue(REPORTING_PERIOD.LOCKED, REPORTING_PERIOD.ID.eq(period))).isFalse();
    }

    @Test
    void aDimensionIsAddedWithTheFilledValueRowsAndARefusedRowIsMarked() throws Exception {
        Cast c = cast();
        String dimensions = "/programmes/" + c.programme() + "/results/setup/dimensions";
        assertThat(html(get(dimensions + "/new"), c.manager(), status().isOk())).contains("values7.nameNl");
        String code = ResultsFixtures.unique("GENDER");
        String refused = html(post(dimensions).param("code", code).param("nameNl", "Geslacht")
                .param("values[0].code", "V").param("values[0].nameNl", "Vrouw")
                .param("values[1].code", "").param("values[1].nameNl", "")
                .param("values[2].code", "v").param("values[2].nameNl", "Ook vrouw").with(csrf()),
                c.manager(), status().isBadRequest());
        assertThat(refused).contains("id=\"values2.code-error\"", "Deze code bestaat al.", "value=\"Ook vrouw\"")
                .doesNotContain("id=\"values1.code-error\"");
        var dsl = c.f().dsl;
        assertThat(dsl.fetchCount(DISAGGREGATION_DIMENSION, DISAGGREGATION_DIMENSION.PROGRAMME_ID.eq(c.programme())))
                .isZero();
        assertThat(html(post(dimensions).param("code", code).param("nameNl", "Geslacht").with(csrf()), c.manager(),
                status().isBadRequest())).contains("id=\"values0.code-error\"");

        mvc.perform(post(dimensions).param("code", code).param("nameNl", "Geslacht").param("nameEn", "Gender")
                        .param("values[0].code", "V").param("values[0].nameNl", "Vrouw")
                        .param("values[2].code", "M").param("values[2].nameNl", "Man").param("values[2].nameEn", "Male")
                        .with(csrf()).with(user(c.manager())))
                .andExpect(redirectedUrlPattern("/programmes/*/results/setup#dimensions"));
        long dimension = dsl.fetchValue(DISAGGREGATION_DIMENSION.ID, DISAGGREGATION_DIMENSION.CODE.eq(code));
        assertThat(dsl.fetchValues(DIMENSION_VALUE.CODE, DIMENSION_VALUE.DIMENSION_ID.eq(dimension)))
                .containsExactlyInAnyOrder("V", "M");
        assertThat(html(get("/programmes/" + c.programme() + "/results/setup").param("lang", "en"), c.manager(),
                status().isOk())).contains("Gender", "Male", "Vrouw");
        mvc.perform(post(dimensions).param("code", "X").param("nameNl", "X").param("values[0].code", "X")
                .param("values[0].nameNl", "X").with(csrf()).with(user(c.lead()))).andExpect(status().isForbidden());
    }

    @Test
    void theProjectsLeadsManagersAndAdministratorsSetUpItsResultsOthersCannot() throws Exception {
        Cast c = cast();
        String setup = "/projects/" + c.project() + "/results/setup";
        var dsl = c.f().dsl;

        mvc.perform(get(setup)).andExpect(redirectedUrl("/login"));
        mvc.perform(result(c.project(), "Anoniem")).andExpect(redirectedUrl("/login"));
        for (UserPrincipal refused : List.of(c.viewer(), c.otherLead(), c.otherManager())) {
            mvc.perform(get(setup).with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(get(setup + "/new").with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(result(c.project(), "Geweigerd").with(user(refused))).andExpect(status().isForbidden());
            assertThat(html(get("/projects/" + c.project() + "/results"), refused, status().isOk()))
                    .doesNotContain("results-setup-link");
        }
        assertThat(dsl.fetchCount(RESULT, RESULT.PROJECT_ID.eq(c.project()))).isZero();

        for (UserPrincipal allowed : List.of(c.lead(), c.manager(), c.admin())) {
            assertThat(html(get("/projects/" + c.project() + "/results"), allowed, status().isOk()))
                    .contains("results-setup-link", setup);
            html(get(setup + "/new"), allowed, status().isOk());
            mvc.perform(result(c.project(), "Resultaat van " + allowed.username()).with(user(allowed)))
                    .andExpect(redirectedUrlPattern(setup + "#result-*"));
        }
        assertThat(dsl.fetchCount(RESULT, RESULT.PROJECT_ID.eq(c.project()))).isEqualTo(3);
        long result = dsl.fetchValue(RESULT.ID, RESULT.TITLE.eq("Resultaat van " + c.lead().username()));

        // the indicator forms and the delete follow the same rights
        mvc.perform(get("/results/{id}/indicators/new", result).with(user(c.otherLead())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/results/{id}/indicators", result).param("title", "x").param("measure", "UNIT")
                .with(csrf()).with(user(c.otherLead()))).andExpect(status().isForbidden());
        mvc.perform(post("/results/{id}/delete", result).param("version", "0").with(csrf()).with(user(c.viewer())))
                .andExpect(status().isForbidden());
        assertThat(dsl.fetchCount(INDICATOR, INDICATOR.RESULT_ID.eq(result))).isZero();
        mvc.perform(post("/results/{id}/delete", result).param("version", "0").with(csrf()).with(user(c.lead())))
                .andExpect(flash().attribute("setupSaved", "results.setup.result.deleted"));
        assertThat(dsl.fetchCount(RESULT, RESULT.ID.eq(result))).isZero();
    }

    @Test
    void anIndicatorWithoutReportedValuesCanBeRemovedByWhoSetsUpTheProjectOneWithValuesStays() throws Exception {
        Cast c = cast();
        var dsl = c.f().dsl;
        long empty = c.f().indicator(c.project(), null, org.regiomonitor.results.Measure.UNIT, false);
        long reported = c.f().indicator(c.project(), null, org.regiomonitor.results.Measure.UNIT, false);
        c.f().approved(reported, value(c.f().halfYears(c.programme(), 2024, 2024).get(0), "5"));

        assertThat(html(get("/projects/" + c.project() + "/results/setup"), c.lead(), status().isOk()))
                .contains("/indicators/" + empty + "/delete");
        mvc.perform(post("/indicators/{id}/delete", empty).param("version", "0").with(csrf()).with(user(c.otherLead())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/indicators/{id}/delete", empty).param("version", "7").with(csrf()).with(user(c.lead())))
                .andExpect(flash().attribute("setupError", "error.stale"));
        mvc.perform(post("/indicators/{id}/delete", reported).param("version", "0").with(csrf()).with(user(c.lead())))
                .andExpect(flash().attribute("setupError", "results.indicator.hasUpdatesDelete"));
        assertThat(dsl.fetchCount(INDICATOR, INDICATOR.ID.in(empty, reported))).isEqualTo(2);

        mvc.perform(post("/indicators/{id}/delete", empty).param("version", "0").with(csrf()).with(user(c.lead())))
                .andExpect(flash().attribute("setupSaved", "results.setup.indicator.deleted"));
        assertThat(dsl.fetchCount(INDICATOR, INDICATOR.ID.eq(empty))).isZero();
        // the API the same way: refused with a reason, nothing removed
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/indicators/{id}", reported).param("version", "0").with(user(c.manager())))
                .andExpect(status().isBadRequest());
        assertThat(dsl.fetchCount(INDICATOR, INDICATOR.ID.eq(reported))).isEqualTo(1);
    }

    @Test
    void aCatalogueIndicatorNoProjectAdoptedCanBeRemovedByTheProgrammesManagersOneInUseStays() throws Exception {
        Cast c = cast();
        var dsl = c.f().dsl;
        long unused = c.f().catalogue(c.programme(), ResultsFixtures.unique("UNUSED"),
                org.regiomonitor.results.Measure.UNIT, false);
        long used = c.f().catalogue(c.programme(), ResultsFixtures.unique("USED"),
                org.regiomonitor.results.Measure.UNIT, false);
        c.f().indicator(c.project(), used, org.regiomonitor.results.Measure.UNIT, false);

        for (UserPrincipal refused : List.of(c.lead(), c.otherManager())) {
            mvc.perform(post("/catalogue-indicators/{id}/delete", unused).param("version", "0").with(csrf())
                    .with(user(refused))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/catalogue-indicators/{id}/delete", used).param("version", "0").with(csrf())
                        .with(user(c.manager())))
                .andExpect(flash().attribute("setupError", "results.catalogue.inUseDelete"));
        mvc.perform(post("/catalogue-indicators/{id}/delete", unused).param("version", "3").with(csrf())
                        .with(user(c.manager())))
                .andExpect(flash().attribute("setupError", "error.stale"));
        assertThat(dsl.fetchCount(CATALOGUE_INDICATOR, CATALOGUE_INDICATOR.ID.in(unused, used))).isEqualTo(2);
        mvc.perform(post("/catalogue-indicators/{id}/delete", unused).param("version", "0").with(csrf())
                        .with(user(c.manager())))
                .andExpect(flash().attribute("setupSaved", "results.setup.catalogue.deleted"));
        assertThat(dsl.fetchCount(CATALOGUE_INDICATOR, CATALOGUE_INDICATOR.ID.in(unused, used))).isEqualTo(1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/catalogue-indicators/{id}", used).param("version", "0").with(user(c.admin())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDimensionNoUpdateUsesCanBeRemovedOneInUseStays() throws Exception {
        Cast c = cast();
        var dsl = c.f().dsl;
        List<Long> unused = c.f().dimension(c.programme(), "A", "B");
        List<Long> used = c.f().dimension(c.programme(), "F", "M");
        long unusedId = dsl.fetchValue(DIMENSION_VALUE.DIMENSION_ID, DIMENSION_VALUE.ID.eq(unused.get(0)));
        long usedId = dsl.fetchValue(DIMENSION_VALUE.DIMENSION_ID, DIMENSION_VALUE.ID.eq(used.get(0)));
        long indicator = c.f().indicator(c.project(), null, org.regiomonitor.results.Measure.UNIT, false);
        c.f().approved(indicator, value(c.f().halfYears(c.programme(), 2024, 2024).get(0), "5",
                org.regiomonitor.shared.ValueQualifier.EXACT, List.of(ResultsFixtures.dimension(used.get(0), "5"))));

        assertThat(html(get("/programmes/" + c.programme() + "/results/setup"), c.manager(), status().isOk()))
                .contains("/dimensions/" + unusedId + "/delete");
        mvc.perform(post("/dimensions/{id}/delete", unusedId).param("version", "0").with(csrf()).with(user(c.lead())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dimensions/{id}/delete", usedId).param("version", "0").with(csrf()).with(user(c.manager())))
                .andExpect(flash().attribute("setupError", "results.dimension.inUse"));
        mvc.perform(post("/dimensions/{id}/delete", unusedId).param("version", "4").with(csrf()).with(user(c.manager())))
                .andExpect(flash().attribute("setupError", "error.stale"));
        assertThat(dsl.fetchCount(DISAGGREGATION_DIMENSION, DISAGGREGATION_DIMENSION.ID.in(unusedId, usedId)))
                .isEqualTo(2);
        mvc.perform(post("/dimensions/{id}/delete", unusedId).param("version", "0").with(csrf()).with(user(c.manager())))
                .andExpect(flash().attribute("setupSaved", "results.setup.dimension.deleted"));
        assertThat(dsl.fetchCount(DISAGGREGATION_DIMENSION, DISAGGREGATION_DIMENSION.ID.in(unusedId, usedId)))
                .isEqualTo(1);
        assertThat(dsl.fetchCount(DIMENSION_VALUE, DIMENSION_VALUE.ID.in(unused))).isZero();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/dimensions/{id}", usedId).param("version", "0").with(user(c.admin())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theSetUpPagesCostTheSameNumberOfQueriesHoweverMuchTheyShow() throws Exception {
        Cast c = cast();
        c.f().halfYears(c.programme(), 2024, 2024);
        long catalogue = c.f().catalogue(c.programme(), ResultsFixtures.unique("Q"), Measure.UNIT, false);
        c.f().indicator(c.project(), catalogue, Measure.UNIT, false);
        c.f().dimension(c.programme(), "A", "B");
        String programmeSetup = "/programmes/" + c.programme() + "/results/setup";
        String projectSetup = "/projects/" + c.project() + "/results/setup";
        queries.reset();
        html(get(programmeSetup), c.manager(), status().isOk());
        int programmeQueries = queries.count();
        queries.reset();
        html(get(projectSetup), c.manager(), status().isOk());
        int projectQueries = queries.count();

        c.f().halfYears(c.programme(), 2025, 2026);
        for (int i = 0; i < 3; i++) {
            c.f().catalogue(c.programme(), ResultsFixtures.unique("Q"), Measure.PERCENTAGE, false);
            c.f().indicator(c.project(), catalogue, Measure.UNIT, false);
            c.f().dimension(c.programme(), "A", "B", "C");
        }
        queries.reset();
        html(get(programmeSetup), c.manager(), status().isOk());
        assertThat(queries.count()).isEqualTo(programmeQueries);
        queries.reset();
        html(get(projectSetup), c.manager(), status().isOk());
        assertThat(queries.count()).isEqualTo(projectQueries);
    }

    private static MockHttpServletRequestBuilder result(long project, String title) {
        return post("/projects/{id}/results/setup", project).param("title", title).param("type", "OUTPUT")
                .param("description", "").param("position", "0").with(csrf());
    }

    @Test
    void aResultServesThemesOfTheProjectsProgrammesOnly() throws Exception {
        Cast c = cast();
        var dsl = c.f().dsl;
        long theme = dsl.insertInto(THEME).set(THEME.PROGRAMME_ID, c.programme()).set(THEME.CODE, "T1")
                .set(THEME.NAME, "Talent en arbeidsmarkt").set(THEME.KIND, ThemeKind.THEME)
                .returning(THEME.ID).fetchSingle(THEME.ID);
        long otherProgramme = c.f().programme();
        long foreign = dsl.insertInto(THEME).set(THEME.PROGRAMME_ID, otherProgramme).set(THEME.CODE, "T2")
                .set(THEME.NAME, "Elders").set(THEME.KIND, ThemeKind.THEME).returning(THEME.ID).fetchSingle(THEME.ID);
        assertThat(html(get("/projects/{id}/results/setup/new", c.project()), c.lead(), status().isOk()))
                .contains("Talent en arbeidsmarkt").doesNotContain("Elders");

        assertThat(html(result(c.project(), "Met vreemd thema").param("themeIds", String.valueOf(foreign)),
                c.lead(), status().isBadRequest())).contains("id=\"themeIds-error\"");
        assertThat(dsl.fetchCount(RESULT, RESULT.PROJECT_ID.eq(c.project()))).isZero();
        mvc.perform(result(c.project(), "Met thema").param("themeIds", String.valueOf(theme)).with(user(c.lead())))
                .andExpect(status().is3xxRedirection());
        long result = dsl.fetchValue(RESULT.ID, RESULT.PROJECT_ID.eq(c.project()));
        assertThat(dsl.fetchValues(RESULT_THEME.THEME_ID, RESULT_THEME.RESULT_ID.eq(result))).containsExactly(theme);
        assertThat(html(get("/results/{id}/edit", result), c.lead(), status().isOk()))
                .containsPattern("value=\"" + theme + "\"[^>]*checked");
    }

    /**
     * A manager adds an indicator to the catalogue, a lead adopts it for the project with a target per period, an
     * approved value then shows in the programme's total.
     */
    @Test
    void aCatalogueIndicatorCreatedOnThePageIsAdoptedByAProjectAndCountsOnTheProgrammePage() throws Exception {
        Cast c = cast();
        var dsl = c.f().dsl;
        List<Long> periods = c.f().halfYears(c.programme(), 2024, 2024);
        String code = ResultsFixtures.unique("ADOPT");
        mvc.perform(catalogue(c.programme(), code).with(user(c.manager()))).andExpect(status().is3xxRedirection());
        long catalogue = dsl.fetchValue(CATALOGUE_INDICATOR.ID, CATALOGUE_INDICATOR.CODE.eq(code));
        long result = c.f().result(c.project());

        String form = html(get("/results/{id}/indicators/new", result).param("catalogue", String.valueOf(catalogue)),
                c.lead(), status().isOk());
        assertThat(form).contains("value=\"Bedrijven ondersteund\"", "value=\"bedrijven\"", code,
                "periodTargets1.value");
        // a number that is no number, and a cumulative rule that differs from the catalogue's: nothing written
        String refused = html(adopt(result, catalogue, periods).param("cumulative", "false")
                .param("periodTargets[1].value", "veel"), c.lead(), status().isBadRequest());
        assertThat(refused).contains("id=\"cumulative-error\"", "id=\"periodTargets1.value-error\"",
                "value=\"Een eigen titel\"", "value=\"veel\"");
        assertThat(dsl.fetchCount(INDICATOR, INDICATOR.RESULT_ID.eq(result))).isZero();

        mvc.perform(adopt(result, catalogue, periods).param("cumulative", "true").param("periodTargets[1].value", "40")
                .with(user(c.lead()))).andExpect(redirectedUrlPattern("/projects/*/results/setup#indicator-*"));
        long indicator = dsl.fetchValue(INDICATOR.ID, INDICATOR.RESULT_ID.eq(result));
        assertThat(dsl.fetchValue(INDICATOR.CATALOGUE_INDICATOR_ID, INDICATOR.ID.eq(indicator))).isEqualTo(catalogue);
        assertThat(dsl.fetchValue(INDICATOR.TARGET_VALUE, INDICATOR.ID.eq(indicator))).isEqualByComparingTo("120");
        assertThat(dsl.fetch(PERIOD_TARGET, PERIOD_TARGET.INDICATOR_ID.eq(indicator)))
                .singleElement().satisfies(t -> {
                    assertThat(t.getPeriodId()).isEqualTo(periods.get(1));
                    assertThat(t.getTargetValue()).isEqualByComparingTo("40");
                });

        c.f().approved(indicator, value(periods.get(0), "37"));
        String programmePage = html(get("/programmes/{id}/results", c.programme()), c.viewer(), status().isOk());
        assertThat(programmePage).contains("Bedrijven ondersteund", code, ">37<");

        // the edit form shows what was stored, and its version guards the change
        String edit = html(get("/indicators/{id}/edit", indicator), c.manager(), status().isOk());
        assertThat(edit).contains("value=\"Een eigen titel\"", "value=\"120\"", "value=\"40\"",
                "name=\"version\" value=\"0\"");
        mvc.perform(change(indicator, catalogue, periods, "Gewijzigd", 0).with(user(c.manager())))
                .andExpect(status().is3xxRedirection());
        assertThat(html(change(indicator, catalogue, periods, "Verloren?", 0), c.lead(), status().isConflict()))
                .contains("Iemand anders heeft dit intussen gewijzigd", "value=\"Verloren?\"");
        assertThat(dsl.fetchValue(INDICATOR.TITLE, INDICATOR.ID.eq(indicator))).isEqualTo("Gewijzigd");
    }

    private static MockHttpServletRequestBuilder change(long indicator, long catalogue, List<Long> periods, String title,
            int version) {
        return post("/indicators/{id}", indicator).param("title", title).param("measure", "UNIT")
                .param("cumulative", "true").param("catalogueIndicatorId", String.valueOf(catalogue)).param("version", String.valueOf(version))
                .param("periodTargets[0].periodId", String.valueOf(periods.get(0)))
                .param("periodTargets[1].periodId", String.valueOf(periods.get(1))).with(csrf());
    }

    private static MockHttpServletRequestBuilder adopt(long result, long catalogue, List<Long> periods) {
        return post("/results/{id}/indicators", result).param("catalogueIndicatorId", String.valueOf(catalogue))
                .param("title", "Een eigen titel").param("measure", "UNIT").param("unitLabel", "bedrijven")
                .param("_cumulative", "on").param("ascending", "true").param("_ascending", "on")
                .param("decimals", "0").param("baselineValue", "0").param("baselineYear", "2023")
                .param("targetValue", "120").param("targetDate", "2025-12-31").param("targetComment", "Uit het plan")
                .param("periodTargets[0].periodId", String.valueOf(periods.get(0))).param("periodTargets[0].value", "")
                .param("periodTargets[1].periodId", String.valueOf(periods.get(1))).with(csrf());
    }
}
