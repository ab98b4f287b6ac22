package org.regiomonitor.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.hamcrest.Matchers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class FinanceApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;

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

    static RequestPostProcessor as(UserPrincipal u) {
        return httpBasic(u.username(), FinanceFixtures.PASSWORD);
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String lineBody(long funder, Integer year, String budgeted) {
        return """
                {"programmeId": %d, "funderId": %d, "year": %s, "budgeted": %s, "committed": null,
                 "reason": "Original"}""".formatted(programme, funder, year, budgeted);
    }

    @Test
    void aFundersLineCountAndOrganisationCountOnlyWhatTheViewerMaySee() throws Exception {
        long hiddenProgramme = fx.programme(2023, 2027, null, false);
        long hiddenProject = fx.project(false, programme);
        long funder = fx.funder("RIJK");
        String organisation = FinanceFixtures.unique("Verborgen financier");
        long organisationId = dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, organisation)
                .set(ORGANISATION.KIND, OrganisationKind.GOVERNMENT).set(ORGANISATION.PUBLISHED, false)
                .returning(ORGANISATION.ID).fetchSingle(ORGANISATION.ID);
        dsl.update(FUNDER).set(FUNDER.ORGANISATION_ID, organisationId).where(FUNDER.ID.eq(funder)).execute();
        fx.line(programme, null, funder, 2024, "10", null, null, null);
        fx.line(hiddenProgramme, null, funder, 2024, "20", null, null, null);
        fx.line(null, hiddenProject, funder, 2024, "30", null, null, null);

        mvc.perform(get("/api/funders/{id}", funder))
                .andExpect(jsonPath("$.lineCount").value(1))
                .andExpect(jsonPath("$.organisationName").doesNotExist());
        mvc.perform(get("/finance/funders"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(organisation))));
        mvc.perform(get("/api/funders/{id}", funder).with(as(admin)))
                .andExpect(jsonPath("$.lineCount").value(3))
                .andExpect(jsonPath("$.organisationName").value(organisation));
    }

    @Test
    void createsALineAndARevisionAndRefusesAStaleOne() throws Exception {
        String location = mvc.perform(json(post("/api/budget-lines"), lineBody(regionalFunder, 2024, "1000.50"))
                        .with(as(admin)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/budget-lines/")))
                .andExpect(jsonPath("$.line.current.budgeted").value(1000.50))
                .andExpect(jsonPath("$.line.version").value(0))
                .andExpect(jsonPath("$.revisions.length()").value(1))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(json(post(location + "/revisions"), """
                        {"version": 0, "budgeted": 1500, "committed": 1200, "realised": null,
                         "reason": "Increase after mid-term review"}""").with(as(admin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.line.revision").value(2))
                .andExpect(jsonPath("$.line.original.budgeted").value(1000.50))
                .andExpect(jsonPath("$.line.current.budgeted").value(1500))
                .andExpect(jsonPath("$.revisions[1].reason").value("Increase after mid-term review"))
                .andExpect(jsonPath("$.revisions[1].recordedBy").value(admin.username()));

        mvc.perform(json(post(location + "/revisions"), """
                        {"version": 0, "budgeted": 1, "reason": "stale"}""").with(as(admin)))
                .andExpect(status().isConflict());
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(fx.revisionCount(id)).isEqualTo(2);

        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revisions.length()").value(2));
        mvc.perform(get("/api/budget-lines").param("programme", String.valueOf(programme)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/api/budget-lines").param("programme", String.valueOf(programme))
                        .param("category", "RIJK"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void invalidInputIsRefusedPerFieldAndWritesNothing() throws Exception {
        mvc.perform(json(post("/api/budget-lines"), """
                        {"programmeId": %d, "funderId": %d, "year": 2030, "budgeted": -1, "committed": 1.234}"""
                        .formatted(programme, regionalFunder)).with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'year')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'budgeted')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'committed')]").exists());
        mvc.perform(json(post("/api/budget-lines"), """
                        {"programmeId": %d, "funderId": %d}""".formatted(programme, regionalFunder)).with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("budgeted"));
        assertThat(fx.lineCount(programme, null)).isZero();

        mvc.perform(json(post("/api/budget-lines"), lineBody(regionalFunder, null, "5")).with(as(admin)))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/budget-lines"), lineBody(regionalFunder, null, "6")).with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        assertThat(fx.lineCount(programme, null)).isEqualTo(1);

        long line = fx.lineId(programme, null, regionalFunder);
        mvc.perform(json(post("/api/budget-lines/" + line + "/revisions"), """
                        {"version": 0, "budgeted": 5}""").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(fx.revisionCount(line)).isEqualTo(1);
    }

    @Test
    void rightsPerRole() throws Exception {
        long other = fx.programme(2023, 2027, null, true);
        UserPrincipal viewer = fx.user(Role.VIEWER, null, null);
        UserPrincipal managerElsewhere = fx.user(Role.PROGRAMME_MANAGER, other, null);
        UserPrincipal manager = fx.user(Role.PROGRAMME_MANAGER, programme, null);
        String body = lineBody(rijkFunder, 2024, "10");

        mvc.perform(json(post("/api/budget-lines"), body)).andExpect(status().isUnauthorized());
        mvc.perform(json(post("/api/budget-lines"), body).with(as(viewer))).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/budget-lines"), body).with(as(managerElsewhere))).andExpect(status().isForbidden());
        assertThat(fx.lineCount(programme, null)).isZero();
        mvc.perform(json(post("/api/budget-lines"), body).with(as(manager))).andExpect(status().isCreated());

        long line = fx.lineId(programme, null, rijkFunder);
        String revision = """
                {"version": 0, "budgeted": 11, "reason": "r"}""";
        mvc.perform(json(post("/api/budget-lines/" + line + "/revisions"), revision).with(as(viewer)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/budget-lines/" + line + "/revisions"), revision).with(as(managerElsewhere)))
                .andExpect(status().isForbidden());
        assertThat(fx.revisionCount(line)).isEqualTo(1);

        String mobilised = """
                {"programmeId": %d, "description": "Plant extension", "amount": 2500000}""".formatted(programme);
        mvc.perform(json(post("/api/mobilised-investments"), mobilised).with(as(managerElsewhere)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/funders"), """
                {"name": "%s", "categoryCode": "EU"}""".formatted(FinanceFixtures.unique("EFRO")))
                .with(as(manager))).andExpect(status().isForbidden());
    }

    @Test
    void unpublishedLinesAreHiddenFromAnonymousCallers() throws Exception {
        long hidden = fx.programme(2023, 2027, null, false);
        long line = fx.line(hidden, null, rijkFunder, 2024, "1", null, null, null);
        mvc.perform(get("/api/budget-lines/" + line)).andExpect(status().isNotFound());
        mvc.perform(get("/api/budget-lines/" + line).with(as(fx.user(Role.VIEWER, null, null))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/programmes/" + hidden + "/finance")).andExpect(status().isNotFound());
        mvc.perform(get("/api/budget-lines").param("programme", String.valueOf(hidden)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aPageOfLinesHoldsTheVisibleLinesOfItsFilterInIdOrderAndCountsThem() throws Exception {
        long hiddenProgramme = fx.programme(2023, 2027, null, false);
        long shown = fx.project(true, programme);
        long hidden = fx.project(false, programme);
        // published, in a published and an unpublished programme: its lines are visible through either
        long joint = fx.project(true, programme, hiddenProgramme);
        String municipality = fx.area("MUNICIPALITY");
        for (long project : new long[] {shown, hidden, joint}) {
            fx.projectReaches(project, municipality);
        }
        long own = fx.line(programme, null, rijkFunder, 2024, "1", null, null, null);
        long hiddenOwn = fx.line(hiddenProgramme, null, rijkFunder, 2024, "1", null, null, null);
        long ofShown = fx.line(null, shown, rijkFunder, 2024, "2", null, null, null);
        long ofHidden = fx.line(null, hidden, rijkFunder, 2024, "3", null, null, null);
        long ofJoint = fx.line(null, joint, regionalFunder, 2025, "4", null, null, null);
        String all = "/api/budget-lines?programme=" + programme + "&includeProjects=true";
        String hiddenAll = "/api/budget-lines?programme=" + hiddenProgramme + "&includeProjects=true";
        String inMunicipality = "/api/budget-lines?municipality=" + municipality;

        assertThat(ids(all, null)).containsExactly(own, ofShown, ofJoint);
        assertThat(ids(all, admin)).containsExactly(own, ofShown, ofHidden, ofJoint);
        assertThat(ids(hiddenAll, null)).containsExactly(ofJoint);
        assertThat(ids(hiddenAll, admin)).containsExactly(hiddenOwn, ofJoint);
        assertThat(ids(inMunicipality, null)).containsExactly(ofShown, ofJoint);
        assertThat(ids(inMunicipality, admin)).containsExactly(ofShown, ofHidden, ofJoint);
        assertThat(ids(inMunicipality + "&funder=" + regionalFunder, null)).containsExactly(ofJoint);
        // pages of one line: the page's lines are picked before the columns are read
        assertThat(ids(all + "&size=1&page=1", null)).containsExactly(ofShown);
        assertThat(ids(all + "&size=1&page=2", admin)).containsExactly(ofHidden);
        assertThat(ids(all + "&size=1&page=3", null)).isEmpty();
        mvc.perform(get("/api/budget-lines/" + ofHidden)).andExpect(status().isNotFound());
        mvc.perform(get("/api/budget-lines/" + ofJoint)).andExpect(status().isOk());
        mvc.perform(get("/api/budget-lines/" + hiddenOwn)).andExpect(status().isNotFound());
    }

    /** The ids of the page's lines, checking that its total counts the same lines (pages of one line excepted). */
    private List<Long> ids(String uri, UserPrincipal user) throws Exception {
        var request = get(uri);
        String json = mvc.perform(user == null ? request : request.with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(json, "$.items[*].id");
        if (!uri.contains("size=")) {
            assertThat(((Number) JsonPath.read(json, "$.total")).longValue()).as(uri).isEqualTo(ids.size());
        }
        return ids.stream().map(Number::longValue).toList();
    }

    @Test
    void programmeFinanceGivesTheMultiplierWithDefinitionAndSources() throws Exception {
        long report = fx.source("AVT-like report " + programme);
        fx.programmeTargetSource(programme, report, "section MULTIPLIER");
        fx.line(programme, null, regionalFunder, null, "13000000", "13000000", null, report);
        fx.line(programme, null, rijkFunder, null, "6500000", "6500000", null, report);
        fx.mobilised(programme, "198000000", report);

        mvc.perform(get("/api/programmes/" + programme + "/finance").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.multiplier.value").value(15.23))
                .andExpect(jsonPath("$.multiplier.status").value("ON_TARGET"))
                .andExpect(jsonPath("$.multiplier.target").value(8.5))
                .andExpect(jsonPath("$.totals.committed").value(19500000))
                // a category's sources are references, as the figures' are (finance.MoneySources as JSON)
                .andExpect(jsonPath("$.byCategory[*].sources[*].code").isNotEmpty())
                .andExpect(jsonPath("$.figures[?(@.key == 'coFinancing')].value").value(0.5))
                .andExpect(jsonPath("$.figures[?(@.key == 'multiplier')].definition").value(
                        Matchers.hasItem(Matchers.startsWith("Total public and private investment mobilised"))))
                .andExpect(jsonPath("$.figures[?(@.key == 'multiplier')].sources[*].title").value(
                        Matchers.hasItem("AVT-like report " + programme)))
                .andExpect(jsonPath("$.figures[?(@.key == 'multiplierTarget')].sources[0].locator").value(
                        Matchers.hasItem("section MULTIPLIER")));
    }

    @Test
    void mobilisedInvestmentsAndFunders() throws Exception {
        String location = mvc.perform(json(post("/api/mobilised-investments"), """
                        {"programmeId": %d, "description": "Private R&D", "amount": 2500000.5}"""
                        .formatted(programme)).with(as(admin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(2500000.5))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(json(put(location), """
                        {"description": "Private R&D (revised)", "amount": 3000000, "version": 0}""").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put(location), """
                        {"description": "stale", "amount": 1, "version": 0}""").with(as(admin)))
                .andExpect(status().isConflict());
        mvc.perform(json(put(location), """
                        {"description": "", "amount": -1, "version": 1}""").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(get("/api/mobilised-investments").param("programme", String.valueOf(programme)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].description").value("Private R&D (revised)"));

        String name = FinanceFixtures.unique("EFRO");
        String funder = mvc.perform(json(post("/api/funders"), """
                        {"name": "%s", "categoryCode": "EU"}""".formatted(name)).with(as(admin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.category").value("EU"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(json(post("/api/funders"), """
                        {"name": "%s", "categoryCode": "NOPE"}""".formatted(name)).with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("name", "categoryCode")));
        mvc.perform(get("/api/funders").param("category", "EU").param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name").value(Matchers.hasItem(name)));
        mvc.perform(get(funder)).andExpect(jsonPath("$.name").value(name));
    }
}
