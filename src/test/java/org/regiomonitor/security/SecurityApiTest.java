package org.regiomonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.regiomonitor.db.Tables.API_TOKEN;
import static org.regiomonitor.db.Tables.APP_USER;
import static org.regiomonitor.db.Tables.AUDIT_EVENT;
import static org.regiomonitor.security.SecurityFixtures.programme;
import static org.regiomonitor.security.SecurityFixtures.project;
import static org.regiomonitor.security.SecurityFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Authentication and the user endpoints of the API. */
@IntegrationTest
class SecurityApiTest {

    static final String PASSWORD = "api-test-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;
    @Autowired
    DSLContext dsl;
    @Autowired
    QueryCounter queries;

    String admin;
    String viewer;
    long viewerId;

    @BeforeEach
    void users() {
        admin = unique("adm");
        users.createUser(admin, "Admin " + admin, PASSWORD, Role.ADMIN);
        viewer = unique("vw");
        viewerId = users.createUser(viewer, null, PASSWORD, Role.VIEWER);
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static ResultActions expectProblem(ResultActions actions, int status) throws Exception {
        return actions.andExpect(status().is(status))
                .andExpect(header().string("Content-Type", containsString(MediaType.APPLICATION_PROBLEM_JSON_VALUE)))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.detail").isString());
    }

    @Test
    void httpBasicAuthenticatesOnMe() throws Exception {
        long programmeId = programme(dsl);
        long managerId = users.createUser(unique("pm"), null, PASSWORD, Role.PROGRAMME_MANAGER);
        users.assignProgramme(managerId, programmeId);
        String manager = dsl.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ID.eq(managerId)).fetchSingle().value1();

        mvc.perform(get("/api/me").with(httpBasic(manager, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(managerId))
                .andExpect(jsonPath("$.username").value(manager))
                .andExpect(jsonPath("$.role").value("PROGRAMME_MANAGER"))
                .andExpect(jsonPath("$.programmeIds").value(hasItem((int) programmeId)))
                .andExpect(jsonPath("$.projectIds").isEmpty());
    }

    @Test
    void bearerTokenAuthenticatesOnMeAndRecordsItsUse() throws Exception {
        long projectId = project(dsl);
        long leadId = users.createUser(unique("pl"), null, PASSWORD, Role.PROJECT_LEAD);
        users.assignProject(leadId, projectId);
        String token = users.issueApiToken(leadId, "script", Instant.now().plus(1, ChronoUnit.DAYS));

        mvc.perform(bearer(get("/api/me"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(leadId))
                .andExpect(jsonPath("$.role").value("PROJECT_LEAD"))
                .andExpect(jsonPath("$.projectIds").value(hasItem((int) projectId)));
        assertThat(dsl.select(API_TOKEN.LAST_USED_AT).from(API_TOKEN).where(API_TOKEN.USER_ID.eq(leadId))
                .fetchSingle().value1()).isNotNull();
        assertThat(dsl.select(API_TOKEN.TOKEN_HASH).from(API_TOKEN).where(API_TOKEN.USER_ID.eq(leadId))
                .fetchSingle().value1()).doesNotContain(token).hasSize(64);
    }

    @Test
    void revokedExpiredUnknownAndForeignTokensAreRefusedWithProblemJson() throws Exception {
        String revoked = users.issueApiToken(viewerId, "revoked", null);
        dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, Instant.now())
                .where(API_TOKEN.USER_ID.eq(viewerId)).and(API_TOKEN.NAME.eq("revoked")).execute();
        String expired = users.issueApiToken(viewerId, "expired", Instant.now().minusSeconds(1));

        for (String token : new String[] {revoked, expired, "rm_unknown0000000000000000000000000000000000",
                "not-a-regiomonitor-token"}) {
            expectProblem(mvc.perform(bearer(get("/api/me"), token)), 401)
                    .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
            // Even reads that anonymous callers may do are refused with a bad token.
            expectProblem(mvc.perform(bearer(get("/api/openapi"), token)), 401);
        }
    }

    @Test
    void tokensOfDisabledUsersAndWrongPasswordsAreRefused() throws Exception {
        String token = users.issueApiToken(viewerId, "valid", null);
        mvc.perform(bearer(get("/api/me"), token)).andExpect(status().isOk());
        dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.ID.eq(viewerId)).execute();

        expectProblem(mvc.perform(bearer(get("/api/me"), token)), 401);
        expectProblem(mvc.perform(get("/api/me").with(httpBasic(viewer, PASSWORD))), 401);
        expectProblem(mvc.perform(get("/api/me").with(httpBasic(admin, "wrong-password-123"))), 401);
    }

    @Test
    void anonymousCallersAreUnauthorizedForMeAndForEveryWrite() throws Exception {
        expectProblem(mvc.perform(get("/api/me")), 401);
        expectProblem(mvc.perform(get("/api/users")), 401);
        String body = "{\"username\":\"x\"}";
        for (String path : new String[] {"/api/users", "/api/projects", "/api/programmes/1", "/api/no-such-thing"}) {
            expectProblem(mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)), 401)
                    .andExpect(jsonPath("$.instance").value(path));
            expectProblem(mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content(body)), 401);
            expectProblem(mvc.perform(delete(path)), 401);
        }
    }

    @Test
    void nonAdministratorsAreForbiddenOnUsers() throws Exception {
        expectProblem(mvc.perform(get("/api/users").with(httpBasic(viewer, PASSWORD))), 403);
        expectProblem(mvc.perform(get("/api/users/" + viewerId).with(httpBasic(viewer, PASSWORD))), 403);
        expectProblem(mvc.perform(post("/api/users").with(httpBasic(viewer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")), 403);
        String token = users.issueApiToken(viewerId, "t", null);
        expectProblem(mvc.perform(bearer(get("/api/users"), token)), 403);
    }

    @Test
    void administratorsListAndReadUsersWithoutPasswordHashes() throws Exception {
        queries.reset();
        mvc.perform(get("/api/users").param("q", viewer).with(httpBasic(admin, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].username").value(viewer))
                .andExpect(jsonPath("$.items[0].role").value("VIEWER"))
                .andExpect(jsonPath("$.items[0].programmeCount").value(0))
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .doesNotContain("bcrypt").doesNotContainIgnoringCase("password"));
        // log-in attempt recorded and counted, user looked up, attempt cleared; list + count
        assertThat(queries.count()).isLessThanOrEqualTo(6);

        mvc.perform(get("/api/users/" + viewerId).with(httpBasic(admin, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(viewer))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .doesNotContain("bcrypt").doesNotContainIgnoringCase("password"));
        expectProblem(mvc.perform(get("/api/users/0").with(httpBasic(admin, PASSWORD))), 404);
    }

    @Test
    void administratorsCreateUsersWithTheSameRulesAsThePages() throws Exception {
        String name = unique("new");
        mvc.perform(post("/api/users").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"role\":\"VIEWER\",\"password\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        assertThat(dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(name))).isFalse();

        mvc.perform(post("/api/users").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + viewer + "\",\"role\":\"VIEWER\",\"password\":\"long-enough-password\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));

        String created = mvc.perform(post("/api/users").with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"displayName\":\"New\",\"role\":\"VIEWER\","
                                + "\"generatePassword\":true}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/users/")))
                .andExpect(jsonPath("$.user.username").value(name))
                .andExpect(jsonPath("$.generatedPassword").isString())
                .andReturn().getResponse().getContentAsString();
        String generated = created.replaceAll(".*\"generatedPassword\":\"([^\"]+)\".*", "$1");
        assertThat(dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USERNAME.eq(name))
                .fetchSingle().value1()).startsWith("{bcrypt}");
        mvc.perform(get("/api/me").with(httpBasic(name, generated))).andExpect(status().isOk());
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("CREATE").and(AUDIT_EVENT.TABLE_NAME.eq("app_user"))
                .and(AUDIT_EVENT.USERNAME.eq(admin))
                .and(DSL.condition("{0} ->> 'username' = {1}", AUDIT_EVENT.AFTER, DSL.val(name))))).isTrue();
    }

    @Test
    void administratorsUpdateWithVersionAndStaleUpdatesAreRefused() throws Exception {
        long programmeId = programme(dsl);
        mvc.perform(put("/api/users/" + viewerId).with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Manager\",\"role\":\"PROGRAMME_MANAGER\",\"enabled\":true,"
                                + "\"programmeIds\":[" + programmeId + "],\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("PROGRAMME_MANAGER"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.programmeIds[0]").value(programmeId));

        expectProblem(mvc.perform(put("/api/users/" + viewerId).with(httpBasic(admin, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"Other\",\"role\":\"VIEWER\",\"enabled\":true,\"version\":0}")), 409);
        assertThat(dsl.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(viewerId))
                .fetchSingle().value1()).isEqualTo("Manager");

        mvc.perform(put("/api/users/" + viewerId).with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"VIEWER\",\"enabled\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        // Programmes are only for programme managers.
        mvc.perform(put("/api/users/" + viewerId).with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"VIEWER\",\"enabled\":true,\"programmeIds\":[" + programmeId
                                + "],\"version\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programmeIds"))
                .andExpect(jsonPath("$.errors[0].message").value(not(containsString("security."))));
    }
}
