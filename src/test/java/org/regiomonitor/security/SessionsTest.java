package org.regiomonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.regiomonitor.db.Tables.API_TOKEN;
import static org.regiomonitor.db.Tables.APP_USER;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.SPRING_SESSION;
import static org.regiomonitor.security.SecurityFixtures.programme;
import static org.regiomonitor.security.SecurityFixtures.project;
import static org.regiomonitor.security.SecurityFixtures.unique;
import static org.regiomonitor.security.SecurityFixtures.version;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Web sessions live in PostgreSQL: they end when the user's rights are taken away, and anonymous
 * visitors get none. Every session here comes from a real form log-in.
 */
@IntegrationTest
class SessionsTest {

    static final String PASSWORD = "sessions-test-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;
    @Autowired
    DSLContext dsl;

    String adminName;
    long adminId;

    @BeforeEach
    void admin() {
        adminName = unique("sadm");
        adminId = users.createUser(adminName, null, PASSWORD, Role.ADMIN);
    }

    private int sessionsOf(String username) {
        return dsl.fetchCount(SPRING_SESSION, SPRING_SESSION.PRINCIPAL_NAME.eq(username));
    }

    /** The session can neither read a protected page nor post a form: it is anonymous again. */
    private static void assertEnded(BrowserSession session) throws Exception {
        session.get("/account/password").andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        // Its old CSRF token belonged to the ended session: the post is refused before any controller.
        session.post("/account/tokens", "name", "after-the-end").andExpect(status().isForbidden());
    }

    @Test
    void disablingAUserEndsBothOfItsBrowserSessions() throws Exception {
        String name = unique("sdis");
        long id = users.createUser(name, null, PASSWORD, Role.PROGRAMME_MANAGER);
        BrowserSession laptop = BrowserSession.logIn(mvc, name, PASSWORD);
        BrowserSession phone = BrowserSession.logIn(mvc, name, PASSWORD);
        BrowserSession admin = BrowserSession.logIn(mvc, adminName, PASSWORD);
        laptop.post("/account/tokens", "name", "before-the-end").andExpect(status().isOk());
        assertThat(sessionsOf(name)).isEqualTo(2);

        admin.post("/admin/users/" + id, "role", "PROGRAMME_MANAGER", "enabled", "false",
                "version", String.valueOf(version(dsl, id))).andExpect(redirectedUrl("/admin/users/" + id));

        assertThat(sessionsOf(name)).isZero();
        assertEnded(laptop);
        assertEnded(phone);
        assertThat(dsl.fetchCount(API_TOKEN, API_TOKEN.USER_ID.eq(id))).isEqualTo(1);
        // The administrator's own session is untouched.
        admin.get("/admin/users").andExpect(status().isOk());
    }

    @Test
    void aDemotedAdministratorCanNoLongerCreateAdministrators() throws Exception {
        String name = unique("sdem");
        long id = users.createUser(name, null, PASSWORD, Role.ADMIN);
        BrowserSession demoted = BrowserSession.logIn(mvc, name, PASSWORD);
        demoted.get("/admin/users").andExpect(status().isOk());

        // Another administrator demotes them over the API (another way in, the same rule).
        mvc.perform(put("/api/users/" + id).with(httpBasic(adminName, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"VIEWER\",\"enabled\":true,\"version\":" + version(dsl, id) + "}"))
                .andExpect(status().isOk());

        String planted = unique("splant");
        demoted.post("/admin/users", "username", planted, "role", "ADMIN", "password", "planted-admin-password-1")
                .andExpect(status().isForbidden());
        demoted.get("/admin/users").andExpect(redirectedUrl("/login"));
        assertThat(dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(planted))).isFalse();
        assertEnded(demoted);
    }

    @Test
    void changedAssignmentsEndTheSessions() throws Exception {
        String name = unique("sasg");
        long id = users.createUser(name, null, PASSWORD, Role.PROGRAMME_MANAGER);
        long programmeId = programme(dsl);
        users.assignProgramme(id, programmeId);
        BrowserSession manager = BrowserSession.logIn(mvc, name, PASSWORD);
        BrowserSession admin = BrowserSession.logIn(mvc, adminName, PASSWORD);

        admin.post("/admin/users/" + id, "role", "PROGRAMME_MANAGER", "enabled", "true",
                "version", String.valueOf(version(dsl, id))).andExpect(redirectedUrl("/admin/users/" + id));

        assertEnded(manager);
    }

    @Test
    void aPasswordResetEndsSessionsAndRevokesTokensUnlessKept() throws Exception {
        String name = unique("sres");
        long id = users.createUser(name, null, PASSWORD, Role.PROJECT_LEAD);
        String token = users.issueApiToken(id, "script", null);
        BrowserSession lead = BrowserSession.logIn(mvc, name, PASSWORD);
        BrowserSession admin = BrowserSession.logIn(mvc, adminName, PASSWORD);
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        admin.post("/admin/users/" + id + "/password", "password", "a-fresh-reset-password-7")
                .andExpect(redirectedUrl("/admin/users/" + id));

        assertEnded(lead);
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(dsl.fetchExists(API_TOKEN, API_TOKEN.USER_ID.eq(id).and(API_TOKEN.REVOKED_AT.isNull()))).isFalse();

        // Keeping the tokens: the script goes on, the browser sessions still end.
        String kept = users.issueApiToken(id, "kept", null);
        BrowserSession again = BrowserSession.logIn(mvc, name, "a-fresh-reset-password-7");
        admin.post("/admin/users/" + id + "/password", "password", "another-reset-password-8", "keepTokens", "true")
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertEnded(again);
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + kept)).andExpect(status().isOk());

        // The API's reset does the same; keepTokens is optional.
        BrowserSession third = BrowserSession.logIn(mvc, name, "another-reset-password-8");
        mvc.perform(post("/api/users/" + id + "/password").with(httpBasic(adminName, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"generate\":true}"))
                .andExpect(status().isOk());
        assertEnded(third);
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + kept)).andExpect(status().isUnauthorized());
    }

    @Test
    void changingOnesOwnPasswordEndsOnlyTheOtherSessions() throws Exception {
        String name = unique("sown");
        users.createUser(name, null, PASSWORD, Role.VIEWER);
        BrowserSession here = BrowserSession.logIn(mvc, name, PASSWORD);
        BrowserSession elsewhere = BrowserSession.logIn(mvc, name, PASSWORD);

        here.post("/account/password", "currentPassword", PASSWORD, "newPassword", "my-own-new-password-5",
                "confirmation", "my-own-new-password-5").andExpect(redirectedUrl("/account/password"));

        here.get("/account/password").andExpect(status().isOk());
        assertEnded(elsewhere);
    }

    @Test
    void anAdministratorSeesAUsersOpenSessionsAndEndsThem() throws Exception {
        String name = unique("send");
        long id = users.createUser(name, null, PASSWORD, Role.VIEWER);
        BrowserSession laptop = BrowserSession.logIn(mvc, name, PASSWORD);
        BrowserSession phone = BrowserSession.logIn(mvc, name, PASSWORD);
        BrowserSession admin = BrowserSession.logIn(mvc, adminName, PASSWORD);
        admin.get("/admin/users/" + id).andExpect(status().isOk())
                .andExpect(content().string(containsString("Open sessies in de browser: 2")));

        admin.post("/admin/users/" + id + "/sessions/end").andExpect(redirectedUrl("/admin/users/" + id));
        assertEnded(laptop);
        assertEnded(phone);
        admin.get("/admin/users/" + id).andExpect(content().string(containsString("Open sessies in de browser: 0")));

        // The same over the API.
        BrowserSession tablet = BrowserSession.logIn(mvc, name, PASSWORD);
        mvc.perform(delete("/api/users/" + id + "/sessions").with(httpBasic(adminName, PASSWORD)))
                .andExpect(status().isNoContent());
        assertEnded(tablet);
    }

    // --- anonymous visitors -----------------------------------------------------------------------------

    @Test
    void anonymousPageViewsCreateNoSession() throws Exception {
        long projectId = project(dsl);
        dsl.update(PROJECT).set(PROJECT.PUBLISHED, true).where(PROJECT.ID.eq(projectId)).execute();
        int before = dsl.fetchCount(SPRING_SESSION);
        for (String url : new String[] {"/", "/projects", "/projects/" + projectId, "/programmes", "/organisations",
                "/?lang=en", "/search?q=twente", "/api/projects"}) {
            MvcResult result = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
            assertThat(result.getResponse().getCookie(BrowserSession.COOKIE)).as(url).isNull();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as(url)
                    .noneMatch(c -> c.startsWith(BrowserSession.COOKIE + "="));
        }
        assertThat(dsl.fetchCount(SPRING_SESSION)).isEqualTo(before);

        // Not vacuous: the log-in page (whose form needs a CSRF token) does start a session.
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", containsString(BrowserSession.COOKIE + "=")));
        assertThat(dsl.fetchCount(SPRING_SESSION)).isEqualTo(before + 1);
    }

    @Test
    void theApiStaysStatelessEvenForABrowserWithASession() throws Exception {
        String name = unique("sapi");
        users.createUser(name, null, PASSWORD, Role.VIEWER);
        BrowserSession browser = BrowserSession.logIn(mvc, name, PASSWORD);
        // The session cookie means nothing to the API: it needs its own credentials.
        browser.get("/api/me").andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic(name, PASSWORD))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty());
    }

    // --- cookies and HTTPS ----------------------------------------------------------------------------

    @Test
    void theSessionCookieIsLaxHttpOnlyAndSecureOverHttpsWithHsts() throws Exception {
        mvc.perform(get("/login")).andExpect(header().string("Set-Cookie", containsString("SameSite=Lax")))
                .andExpect(header().string("Set-Cookie", containsString("HttpOnly")))
                .andExpect(header().string("Set-Cookie", not(containsString("Secure"))))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/login").secure(true)).andExpect(header().string("Set-Cookie", containsString("Secure")))
                .andExpect(header().string("Set-Cookie", containsString("SameSite=Lax")))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
    }

    @Test
    void loggingOutEndsTheSessionInTheDatabase() throws Exception {
        String name = unique("sout");
        users.createUser(name, null, PASSWORD, Role.VIEWER);
        BrowserSession browser = BrowserSession.logIn(mvc, name, PASSWORD);
        assertThat(sessionsOf(name)).isEqualTo(1);
        browser.post("/logout").andExpect(redirectedUrl("/login?logout"));
        assertThat(sessionsOf(name)).isZero();
        browser.get("/account/password").andExpect(redirectedUrl("/login"));
    }
}
