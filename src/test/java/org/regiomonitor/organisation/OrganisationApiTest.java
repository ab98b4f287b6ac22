package org.regiomonitor.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.voucher.OrgVoucherTestData;
import org.regiomonitor.voucher.OrgVoucherTestData.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OrganisationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;

    OrgVoucherTestData data;
    TestUser admin;

    @BeforeEach
    void setUp() {
        data = new OrgVoucherTestData(dsl, users);
        admin = data.user(Role.ADMIN);
    }

    private static String body(String name, String kind, String website, Integer version) {
        return """
                {"name": %s, "kind": %s, "website": %s, "description": "Onderzoek", "published": true%s}
                """.formatted(json(name), json(kind), json(website), version == null ? "" : ", \"version\": " + version);
    }

    private static String json(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    @Test
    void createReadUpdateAndStaleUpdate() throws Exception {
        String name = "Api org " + OrgVoucherTestData.word();
        String location = mvc.perform(post("/api/organisations").with(admin.basic())
                        .contentType(MediaType.APPLICATION_JSON).content(body(name, "EDUCATION", "http://uni.example", null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisation.name").value(name))
                .andExpect(jsonPath("$.organisation.version").value(0))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).matches("/api/organisations/\\d+");

        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation.kind").value("EDUCATION"))
                .andExpect(jsonPath("$.projects").isArray());

        mvc.perform(put(location).with(admin.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(name + " 2", "EDUCATION", null, 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation.name").value(name + " 2"))
                .andExpect(jsonPath("$.organisation.version").value(1));

        // version 0 is now stale
        mvc.perform(put(location).with(admin.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(name + " 3", "EDUCATION", null, 0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:regiomonitor:problem:stale-edit"));
        mvc.perform(get(location)).andExpect(jsonPath("$.organisation.name").value(name + " 2"));

        // no version at all is a field error
        mvc.perform(put(location).with(admin.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(name + " 4", "EDUCATION", null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("version")));
    }

    @Test
    void anOrganisationsItemHoldsItsFirstProjectsWithTheCountAndTheListOfAll() throws Exception {
        String tag = OrgVoucherTestData.word();
        long organisation = data.organisation("Api veel projecten " + tag, null, true);
        int projects = 53;
        for (int i = 1; i <= projects; i++) {
            long project = data.project("Api deelname %s %02d".formatted(tag, i), null, true, null);
            if (i == 1) {
                data.lead(project, organisation);
            }
            data.partner(project, organisation, "IMPLEMENTING");
        }
        data.partner(data.project("Api deelname verborgen " + tag, null, false, null), organisation, "IMPLEMENTING");

        String location = "/api/organisations/" + organisation;
        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(jsonPath("$.projects.length()").value(50))
                .andExpect(jsonPath("$.projects[0].title").value("Api deelname " + tag + " 01"))
                .andExpect(jsonPath("$.projects[0].roles").value(contains("LEAD", "IMPLEMENTING")))
                .andExpect(jsonPath("$.projects[49].title").value("Api deelname " + tag + " 50"))
                .andExpect(jsonPath("$.projectCount").value(projects))
                .andExpect(jsonPath("$.allProjects").value("/api/projects?organisation=" + organisation));
        // the list holds all of them, its first page the same as the item's
        mvc.perform(get("/api/projects").param("organisation", String.valueOf(organisation)).param("page", "1"))
                .andExpect(jsonPath("$.total").value(projects))
                .andExpect(jsonPath("$.items[0].title").value("Api deelname " + tag + " 51"));
        mvc.perform(get(location).with(data.user(Role.VIEWER).basic()))
                .andExpect(jsonPath("$.projectCount").value(projects + 1));
    }

    @Test
    void duplicateNameIsAFieldError() throws Exception {
        String name = "Api dubbel " + OrgVoucherTestData.word();
        data.organisation(name, null, true);
        int before = dsl.fetchCount(ORGANISATION);
        mvc.perform(post("/api/organisations").with(admin.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, "BUSINESS", null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").exists());
        assertThat(dsl.fetchCount(ORGANISATION)).isEqualTo(before);
    }

    @Test
    void invalidPayloadListsFieldErrorsAndWritesNothing() throws Exception {
        int before = dsl.fetchCount(ORGANISATION);
        mvc.perform(post("/api/organisations").with(admin.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("", null, "javascript:alert(1)", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("name", "kind", "website")));
        assertThat(dsl.fetchCount(ORGANISATION)).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsAndProgrammeManagersMayWrite() throws Exception {
        String name = "Api rechten " + OrgVoucherTestData.word();
        mvc.perform(post("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, "BUSINESS", null, null)))
                .andExpect(status().isUnauthorized());
        for (Role role : new Role[] {Role.VIEWER, Role.PROJECT_LEAD}) {
            mvc.perform(post("/api/organisations").with(data.user(role).basic())
                            .contentType(MediaType.APPLICATION_JSON).content(body(name, "BUSINESS", null, null)))
                    .andExpect(status().isForbidden());
        }
        long id = data.organisation(name, null, true);
        mvc.perform(put("/api/organisations/" + id).with(data.user(Role.PROJECT_LEAD).basic())
                        .contentType(MediaType.APPLICATION_JSON).content(body(name + " x", "BUSINESS", null, 0)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/organisations/" + id).with(data.user(Role.PROGRAMME_MANAGER).basic())
                        .contentType(MediaType.APPLICATION_JSON).content(body(name + " x", "BUSINESS", null, 0)))
                .andExpect(status().isOk());
    }

    @Test
    void listPagesAndFilters() throws Exception {
        String tag = OrgVoucherTestData.word();
        for (int i = 0; i < 3; i++) {
            data.organisation("Lijst " + i + " " + tag, null, true);
        }
        data.organisation("Lijst verborgen " + tag, null, false);
        mvc.perform(get("/api/organisations").param("q", tag).param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].name").value("Lijst 0 " + tag));
        mvc.perform(get("/api/organisations").param("q", tag).param("page", "1").param("size", "2"))
                .andExpect(jsonPath("$.items[0].name").value("Lijst 2 " + tag));
        mvc.perform(get("/api/organisations").param("q", tag).with(data.user(Role.VIEWER).basic()))
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(get("/api/organisations").param("q", tag).param("kind", "GOVERNMENT"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/organisations/999999999")).andExpect(status().isNotFound());
    }
}
