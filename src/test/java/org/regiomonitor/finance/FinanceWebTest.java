package org.regiomonitor.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.StoredTotals;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class FinanceWebTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    QueryCounter queries;

    FinanceFixtures fx;
    long programme;
    long regionalFunder;
    long rijkFunder;
    UserPrincipal admin;

    @BeforeEach
    void setUp() {
        fx = new FinanceFixtures(dsl, users);
        programme = fx.programme(2023, 2027, "8.50", true);
        regionalFunder = fx.funder("GEMEENTEN");
        rijkFunder = fx.funder("RIJK");
        admin = fx.user(Role.ADMIN, null, null);
    }

    private MockHttpServletRequestBuilder newLine(long funder, String year, String budgeted, String committed,
            String realised) {
        return post("/finance/budget-lines").with(csrf())
                .param("programmeId", String.valueOf(programme)).param("funderId", String.valueOf(funder))
                .param("year", year).param("budgeted", budgeted).param("committed", committed)
                .param("realised", realised).param("reason", "Original budget");
    }

    @Test
    void createsALineAndRevisesItKeepingTheHistory() throws Exception {
        mvc.perform(newLine(regionalFunder, "2024", "1000000,50", "800000", "").with(user(admin)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/finance/budget-lines/*"));
        long line = fx.lineId(programme, null, regionalFunder);

        mvc.perform(post("/finance/budget-lines/" + line + "/revisions").with(csrf()).with(user(admin))
                        .param("version", "0").param("budgeted", "1200000").param("committed", "900000")
                        .param("realised", "100000").param("reason", "Council decision 12 March"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/finance/budget-lines/" + line));

        assertThat(fx.revisionCount(line)).isEqualTo(2);
        assertThat(fx.version(line)).isEqualTo(1);
        String page = mvc.perform(get("/finance/budget-lines/" + line).with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Council decision 12 March", "Original budget", admin.username())
                .contains("1.000.000,50") // original budgeted, kept
                .contains("1.200.000"); // current
    }

    @Test
    void invalidInputWritesNothingAndShowsErrorsBesideTheFields() throws Exception {
        String page = mvc.perform(newLine(regionalFunder, "2019", "-5", "1,234", "abc").with(user(admin)))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(fx.lineCount(programme, null)).isZero();
        // parse error first (realised), then the domain rules once every amount reads
        assertThat(page).contains("id=\"realised-error\"");

        page = mvc.perform(newLine(regionalFunder, "2019", "-5", "1,234", "").with(user(admin)))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"year-error\"", "id=\"budgeted-error\"", "id=\"committed-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("Het jaar valt buiten de periode 2023–2027.")
                .contains("Een bedrag is 0 of meer.")
                .contains("Een bedrag heeft hoogstens 2 decimalen.");
        assertThat(fx.lineCount(programme, null)).isZero();

        page = mvc.perform(newLine(regionalFunder, "", "", "", "").with(user(admin)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vul ten minste één bedrag in");
        assertThat(fx.lineCount(programme, null)).isZero();
    }

    @Test
    void aSecondLineForTheSameFunderAndYearIsAFieldErrorNotADatabaseError() throws Exception {
        mvc.perform(newLine(rijkFunder, "2025", "10", "", "").with(user(admin))).andExpect(status().is3xxRedirection());
        String page = mvc.perform(newLine(rijkFunder, "2025", "20", "", "").with(user(admin)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"year-error\"", "heeft al een regel voor dit jaar");
        assertThat(fx.lineCount(programme, null)).isEqualTo(1);
        // another year, and the whole period, are different lines
        mvc.perform(newLine(rijkFunder, "2026", "20", "", "").with(user(admin))).andExpect(status().is3xxRedirection());
        mvc.perform(newLine(rijkFunder, "", "20", "", "").with(user(admin))).andExpect(status().is3xxRedirection());
        String again = mvc.perform(newLine(rijkFunder, "", "30", "", "").with(user(admin)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("id=\"year-error\"");
        assertThat(fx.lineCount(programme, null)).isEqualTo(3);
    }

    @Test
    void aRevisionBasedOnAStaleVersionIsRefused() throws Exception {
        long line = fx.line(programme, null, regionalFunder, 2024, "100", null, null, null);
        mvc.perform(post("/finance/budget-lines/" + line + "/revisions").with(csrf()).with(user(admin))
                        .param("version", "0").param("budgeted", "150").param("reason", "first editor"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/finance/budget-lines/" + line + "/revisions").with(csrf()).with(user(admin))
                        .param("version", "0").param("budgeted", "170").param("reason", "second editor"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Iemand anders heeft dit intussen gewijzigd");
        assertThat(fx.revisionCount(line)).isEqualTo(2);

        // a reason is required for a revision
        String noReason = mvc.perform(post("/finance/budget-lines/" + line + "/revisions").with(csrf())
                        .with(user(admin)).param("version", "1").param("budgeted", "170").param("reason", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("id=\"reason-error\"");
        assertThat(fx.revisionCount(line)).isEqualTo(2);
    }

    @Test
    void rightsPerRole() throws Exception {
        long other = fx.programme(2023, 2027, null, true);
        UserPrincipal viewer = fx.user(Role.VIEWER, null, null);
        UserPrincipal managerElsewhere = fx.user(Role.PROGRAMME_MANAGER, other, null);
        UserPrincipal manager = fx.user(Role.PROGRAMME_MANAGER, programme, null);

        mvc.perform(newLine(regionalFunder, "2024", "1", "", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(newLine(regionalFunder, "2024", "1", "", "").with(user(viewer))).andExpect(status().isForbidden());
        mvc.perform(newLine(regionalFunder, "2024", "1", "", "").with(user(managerElsewhere)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/finance/budget-lines/new").param("programme", String.valueOf(programme))
                .with(user(viewer))).andExpect(status().isForbidden());
        assertThat(fx.lineCount(programme, null)).isZero();

        mvc.perform(newLine(regionalFunder, "2024", "1", "", "").with(user(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(fx.lineCount(programme, null)).isEqualTo(1);

        long line = fx.lineId(programme, null, regionalFunder);
        mvc.perform(post("/finance/budget-lines/" + line + "/revisions").with(csrf()).with(user(viewer))
                .param("version", "0").param("budgeted", "2").param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/finance/budget-lines/" + line + "/revisions").with(csrf()).with(user(managerElsewhere))
                .param("version", "0").param("budgeted", "2").param("reason", "x")).andExpect(status().isForbidden());
        assertThat(fx.revisionCount(line)).isEqualTo(1);
    }

    @Test
    void projectLeadsRecordOnlyBudgetedAmountsOfTheirOwnProject() throws Exception {
        long project = fx.project(true, programme);
        long otherProject = fx.project(true, programme);
        UserPrincipal lead = fx.user(Role.PROJECT_LEAD, null, project);

        mvc.perform(post("/finance/budget-lines").with(csrf()).with(user(lead))
                        .param("projectId", String.valueOf(otherProject)).param("funderId", String.valueOf(rijkFunder))
                        .param("budgeted", "10"))
                .andExpect(status().isForbidden());
        String page = mvc.perform(post("/finance/budget-lines").with(csrf()).with(user(lead))
                        .param("projectId", String.valueOf(project)).param("funderId", String.valueOf(rijkFunder))
                        .param("budgeted", "10").param("committed", "5"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"committed-error\"");
        assertThat(fx.lineCount(null, project)).isZero();

        mvc.perform(post("/finance/budget-lines").with(csrf()).with(user(lead))
                        .param("projectId", String.valueOf(project)).param("funderId", String.valueOf(rijkFunder))
                        .param("year", "2025").param("budgeted", "10"))
                .andExpect(status().is3xxRedirection());
        assertThat(fx.lineCount(null, project)).isEqualTo(1);
        // a project year outside its programmes' period is refused
        mvc.perform(post("/finance/budget-lines").with(csrf()).with(user(lead))
                        .param("projectId", String.valueOf(project)).param("funderId", String.valueOf(rijkFunder))
                        .param("year", "2030").param("budgeted", "10"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void programmeFinancePageShowsFiguresWithDefinitionsAndSources() throws Exception {
        long report = fx.source("Voortgangsrapportage test " + programme);
        fx.programmeTargetSource(programme, report, "section MULTIPLIER");
        fx.line(programme, null, regionalFunder, null, "13000000", "13000000", null, report);
        fx.line(programme, null, rijkFunder, 2024, "5000000", null, "1000000", report);
        fx.mobilised(programme, "150000000", report);
        fx.mobilised(programme, "48000000", report);
        long project = fx.project(true, programme);
        fx.line(null, project, rijkFunder, 2024, "250000", "250000", null, report);

        String page = mvc.perform(get("/programmes/" + programme + "/finance"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("15,2") // 198 mln / 13 mln, shown with one decimal
                .contains("Op of boven doel")
                .contains("Totaal gemobiliseerde publieke en private investeringen gedeeld door de regionale bijdrage")
                .contains("Vastgelegd gedeeld door begroot")
                .contains("Vastgelegd geld van niet-regionale financiers gedeeld door vastgelegd regionaal geld")
                .contains("Voortgangsrapportage test " + programme + ", section MULTIPLIER")
                .contains("Voortgangsrapportage test " + programme + ", table 1")
                .contains("Begrotingsregels zonder vastgelegd bedrag: 1 van 2.")
                .contains("data-chart-option=\"finance-programme-chart\"")
                .contains("Tabel bij deze grafiek")
                .contains("250.000"); // the project line, shown apart

        String english = mvc.perform(get("/programmes/" + programme + "/finance").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Total public and private investment mobilised divided by the regional contribution")
                .contains("On or above target");
        String german = mvc.perform(get("/programmes/" + programme + "/finance").param("lang", "de"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(german).contains("Gesamte mobilisierte öffentliche und private Investitionen");

        mvc.perform(get("/projects/" + project + "/finance")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("250.000")));
        mvc.perform(get("/finance")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(fx.programmeName(programme))));
    }

    @Test
    void committedOfBudgetedComparesOnlyLinesWithBothAmountsAndCoFinancingIsARatio() throws Exception {
        long report = fx.source("Vergelijkbaar " + programme);
        long privateFunder = fx.funder("PRIVAAT");
        fx.line(programme, null, regionalFunder, null, "1000000", "800000", null, report);
        fx.line(programme, null, rijkFunder, null, "3000000", "1600000", null, report);
        fx.line(programme, null, privateFunder, null, "1000000", null, null, report); // a budget, no commitment

        String page = mvc.perform(get("/programmes/" + programme + "/finance"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // 2.4 mln of the 4 mln budgeted on the two lines that give both; not 2.4 of all 5 mln (48 %)
        String share = figure(page, "Vastgelegd van begroot");
        assertThat(share).contains("60%", "over 2 van de 3 regels die beide bedragen geven").doesNotContain("48%");
        // non-regional committed per euro of regional committed: 1.6 mln / 0.8 mln = 2, a ratio and no amount
        String coFinancing = figure(page, "Cofinanciering per euro regionaal geld");
        assertThat(coFinancing).contains(">2,0<").doesNotContain("€");

        String english = mvc.perform(get("/programmes/" + programme + "/finance").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(figure(english, "Committed of budgeted")).contains("60%", "over 2 of 3 lines that give both amounts");

        // the dashboard's programme row says the same
        String dashboard = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String name = fx.programmeName(programme);
        int row = dashboard.indexOf(">" + name + "<");
        assertThat(row).isPositive();
        String cells = dashboard.substring(row, dashboard.indexOf("</tr>", row));
        assertThat(cells).contains("60%", "over 2 van de 3 regels die beide bedragen geven").doesNotContain("48%");
    }

    /** The KPI block of a figure: from its label to the end of its definition. */
    private static String figure(String page, String label) {
        int at = page.indexOf(">" + label + "<");
        assertThat(at).isPositive();
        return page.substring(at, page.indexOf("class=\"definition\"", at));
    }

    @Test
    void unpublishedProgrammesAreHiddenFromAnonymousVisitors() throws Exception {
        long hidden = fx.programme(2023, 2027, null, false);
        mvc.perform(get("/programmes/" + hidden + "/finance")).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/" + hidden + "/finance").with(user(fx.user(Role.VIEWER, null, null))))
                .andExpect(status().isOk());
        mvc.perform(get("/finance")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(fx.programmeName(hidden)))));
    }

    @Test
    void pagesCostABoundedNumberOfQueries() throws Exception {
        long report = fx.source("Count test");
        fx.line(programme, null, regionalFunder, 2024, "10", "10", null, report);
        fx.mobilised(programme, "100", report);
        // a project with a line: its page of project subtotals is read
        fx.line(null, fx.project(true, programme), rijkFunder, 2024, "20", null, null, report);
        StoredTotals.storeAll(context); // as the next write transaction would after the fixtures' writes

        queries.reset();
        mvc.perform(get("/finance").with(user(admin))).andExpect(status().isOk());
        int overview = queries.count();
        queries.reset();
        mvc.perform(get("/programmes/" + programme + "/finance").with(user(admin))).andExpect(status().isOk());
        int programmePage = queries.count();
        assertThat(overview).isLessThanOrEqualTo(12);
        assertThat(programmePage).isLessThanOrEqualTo(14);

        // more programmes, projects and lines cost no more queries
        for (int i = 0; i < 3; i++) {
            long p = fx.programme(2023, 2027, "2", true);
            long project = fx.project(true, p, programme);
            fx.line(p, null, regionalFunder, null, "5", "5", "1", report);
            fx.line(null, project, rijkFunder, null, "5", "5", "1", report);
            fx.mobilised(p, "50", report);
        }
        StoredTotals.storeAll(context);
        queries.reset();
        mvc.perform(get("/finance").with(user(admin))).andExpect(status().isOk());
        assertThat(queries.count()).isEqualTo(overview);
        queries.reset();
        mvc.perform(get("/programmes/" + programme + "/finance").with(user(admin))).andExpect(status().isOk());
        assertThat(queries.count()).isEqualTo(programmePage);
    }
}
