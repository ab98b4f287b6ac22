package org.regiomonitor.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_LINK;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_STATUS_CHANGE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.portfolio.internal.ProjectReader;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The project API: same rules and rights as the web pages, errors as problem details. */
@IntegrationTest
class ProjectApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    ProjectReader reader;
    @Autowired
    QueryCounter queries;
    @Autowired
    JsonMapper json;

    PortfolioFixtures fx;
    long programme;
    long theme;
    long lead;
    UserPrincipal admin;

    @BeforeEach
    void setUp() {
        fx = new PortfolioFixtures(context);
        programme = fx.programme(true);
        theme = fx.theme(programme);
        lead = fx.organisation();
        admin = fx.user(Role.ADMIN);
    }

    private Map<String, Object> body(String title, Integer version) {
        java.util.HashMap<String, Object> b = new java.util.HashMap<>();
        b.put("title", title);
        b.put("summary", "Via de API");
        b.put("leadOrganisationId", lead);
        b.put("programmeIds", List.of(programme));
        b.put("themeIds", List.of(theme));
        b.put("startDate", "2024-01-01");
        b.put("endDate", "2025-12-31");
        b.put("published", true);
        b.put("links", List.of(Map.of("label", "Site", "url", "https://example.org/api")));
        if (version != null) {
            b.put("version", version);
        }
        return b;
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, Object body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(UserPrincipal u) {
        return httpBasic(u.username(), PortfolioFixtures.PASSWORD);
    }

    @Test
    void createReadAndUpdate() throws Exception {
        String title = PortfolioFixtures.unique("Api-project");
        String location = mvc.perform(json(post("/api/projects"), body(title, null)).with(as(admin)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/projects/")))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.status").value("APPLICATION"))
                .andExpect(jsonPath("$.partners[0].role").value("LEAD"))
                .andExpect(jsonPath("$.history[0].changedBy").value(admin.username()))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get(location)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        mvc.perform(json(put(location), body(title + " bijgewerkt", 0)).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title + " bijgewerkt"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(get("/api/projects").param("programme", String.valueOf(programme)).param("q", "bijgewerkt"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void anInvalidPayloadWritesNothingAndNamesEveryField() throws Exception {
        long otherTheme = fx.theme(fx.programme(true));
        Map<String, Object> bad = body("", null);
        bad.put("themeIds", List.of(otherTheme));
        bad.put("startDate", "2025-01-01");
        bad.put("endDate", "2024-01-01");
        bad.put("partners", List.of(Map.of("organisationId", lead + 1_000_000, "role", "KNOWLEDGE"),
                Map.of("role", "IMPLEMENTING")));
        bad.put("links", List.of(Map.of("label", "x", "url", "mailto:someone@example.org")));
        int projects = dsl.fetchCount(PROJECT);
        int partners = dsl.fetchCount(PROJECT_PARTNER);
        int links = dsl.fetchCount(PROJECT_LINK);

        mvc.perform(json(post("/api/projects"), bad).with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "themeIds", "endDate",
                        "partners[0].organisationId", "partners[1].organisationId", "links[0].url")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Het einde ligt vóór het begin.")));

        assertThat(dsl.fetchCount(PROJECT)).isEqualTo(projects);
        assertThat(dsl.fetchCount(PROJECT_PARTNER)).isEqualTo(partners);
        assertThat(dsl.fetchCount(PROJECT_LINK)).isEqualTo(links);
    }

    @Test
    void anUpdateWithoutVersionOrWithAStaleOneIsRefused() throws Exception {
        long id = fx.project(PortfolioFixtures.unique("Api-stale"), programme, theme, true);
        mvc.perform(json(put("/api/projects/{id}", id), body("Zonder versie", null)).with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("version")));
        mvc.perform(json(put("/api/projects/{id}", id), body("Eerste", 0)).with(as(admin)))
                .andExpect(status().isOk());
        mvc.perform(json(put("/api/projects/{id}", id), body("Tweede", 0)).with(as(admin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:regiomonitor:problem:stale-edit"));
        assertThat(reader.detail(id, true).orElseThrow().title()).isEqualTo("Eerste");
    }

    @Test
    void rightsAreTheSameAsOnTheWeb() throws Exception {
        long mine = fx.project(PortfolioFixtures.unique("Api-mijn"), programme, theme, true);
        long theirs = fx.project(PortfolioFixtures.unique("Api-ander"), programme, theme, true);
        UserPrincipal projectLead = fx.projectLead(mine);
        UserPrincipal viewer = fx.user(Role.VIEWER);
        long otherProgramme = fx.programme(true);
        UserPrincipal otherManager = fx.programmeManager(otherProgramme);

        mvc.perform(json(put("/api/projects/{id}", theirs), body("Gekaapt", 0)).with(as(projectLead)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/projects/{id}/status", theirs), Map.of("status", "UNDER_ASSESSMENT", "version", 0))
                .with(as(projectLead))).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/projects/{id}", theirs), body("Gekaapt", 0)).with(as(viewer)))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/projects/{id}", theirs), body("Gekaapt", 0)).with(as(otherManager)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/projects"), body("Gekaapt", null)).with(as(projectLead)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/projects"), body("Gekaapt", null)).with(as(otherManager)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/projects"), body("Anoniem", null))).andExpect(status().isUnauthorized());
        assertThat(dsl.fetchCount(PROJECT, PROJECT.TITLE.eq("Gekaapt").or(PROJECT.TITLE.eq("Anoniem")))).isZero();

        mvc.perform(json(put("/api/projects/{id}", mine), body("Mijn titel", 0)).with(as(projectLead)))
                .andExpect(status().isOk());
        // ...but not into another programme.
        Map<String, Object> move = body("Mijn titel", 1);
        move.put("programmeIds", List.of(programme, otherProgramme));
        mvc.perform(json(put("/api/projects/{id}", mine), move).with(as(projectLead)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallersSeeNoUnpublishedProject() throws Exception {
        String hidden = PortfolioFixtures.unique("Api-geheim");
        long hiddenId = fx.project(hidden, programme, theme, false);
        long shownId = fx.project(PortfolioFixtures.unique("Api-open"), programme, theme, true);

        mvc.perform(get("/api/projects").param("programme", String.valueOf(programme)))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) shownId)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) hiddenId))));
        mvc.perform(get("/api/projects/{id}", hiddenId))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
        mvc.perform(get("/api/projects/{id}", hiddenId).with(as(fx.user(Role.VIEWER))))
                .andExpect(status().isOk());
    }

    @Test
    void statusTransitionsThroughTheApi() throws Exception {
        long id = fx.project(PortfolioFixtures.unique("Api-status"), programme, theme, true);
        UserPrincipal manager = fx.programmeManager(programme);

        mvc.perform(json(post("/api/projects/{id}/status", id), Map.of("status", "COMPLETED", "version", 0))
                        .with(as(manager)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value("Van ‘Aanvraag’ kan een project niet naar ‘Afgerond’."));
        mvc.perform(json(post("/api/projects/{id}/status", id),
                        Map.of("status", "UNDER_ASSESSMENT", "version", 0, "changedOn", "2024-05-01", "note", "API"))
                        .with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_ASSESSMENT"))
                .andExpect(jsonPath("$.history[1].changedOn").value("2024-05-01"))
                .andExpect(jsonPath("$.history[1].changedBy").value(manager.username()));
        mvc.perform(json(post("/api/projects/{id}/status", id), Map.of("status", "APPROVED", "version", 0))
                        .with(as(manager)))
                .andExpect(status().isConflict());
        assertThat(dsl.fetchCount(PROJECT_STATUS_CHANGE, PROJECT_STATUS_CHANGE.PROJECT_ID.eq(id))).isEqualTo(2);
    }

    @Test
    void filtersAndPagingAndABoundedNumberOfQueries() throws Exception {
        long listProgramme = fx.programme(true);
        long listTheme = fx.theme(listProgramme);
        long municipality = fx.municipality();
        for (int i = 0; i < 12; i++) {
            fx.projectWithPartners(PortfolioFixtures.unique("Api-lijst"), listProgramme, listTheme, 3,
                    i % 2 == 0 ? List.of(municipality) : List.of());
        }
        queries.reset();
        mvc.perform(get("/api/projects").param("theme", String.valueOf(listTheme)).param("size", "5")
                        .param("page", "1").param("sort", "title").param("dir", "desc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(12))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items.length()").value(5));
        assertThat(queries.count()).isLessThanOrEqualTo(3);

        mvc.perform(get("/api/projects").param("municipality", fx.areaCode(municipality)).param("size", "4"))
                .andExpect(jsonPath("$.total").value(6))
                .andExpect(jsonPath("$.items.length()").value(4));
        // a page past the end has no rows to carry it: the count stays right, stored or not
        mvc.perform(get("/api/projects").param("municipality", fx.areaCode(municipality)).param("page", "3"))
                .andExpect(jsonPath("$.total").value(6))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/projects").param("theme", String.valueOf(listTheme)).param("page", "3"))
                .andExpect(jsonPath("$.total").value(12))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/projects").param("status", "NONSENSE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/projects").param("size", "1000"))
                .andExpect(jsonPath("$.size").value(200));
    }

    @Test
    void theEndpointsAreDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/projects/{id}/status'].post.summary",
                        endsWith("next lifecycle status")))
                .andExpect(jsonPath("$.paths['/api/programmes/{id}/themes'].get").exists())
                .andExpect(jsonPath("$.paths['/api/themes/{id}'].put").exists());
    }
}
