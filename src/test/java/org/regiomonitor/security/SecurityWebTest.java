package org.regiomonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.regiomonitor.db.Tables.API_TOKEN;
import static org.regiomonitor.db.Tables.APP_USER;
import static org.regiomonitor.db.Tables.AUDIT_EVENT;
import static org.regiomonitor.db.Tables.USER_PROGRAMME;
import static org.regiomonitor.db.Tables.USER_PROJECT;
import static org.regiomonitor.security.SecurityFixtures.programme;
import static org.regiomonitor.security.SecurityFixtures.project;
import static org.regiomonitor.security.SecurityFixtures.passwordHash;
import static org.regiomonitor.security.SecurityFixtures.unique;
import static org.regiomonitor.security.SecurityFixtures.version;
import static org.regiomonitor.support.TestUsers.principal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Log-in, CSRF, the administrator's user pages and the account pages. */
@IntegrationTest
class SecurityWebTest {

    static final String PASSWORD = "web-test-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;
    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder encoder;

    String adminName;
    RequestPostProcessor admin;
    String viewerName;
    long viewerId;
    RequestPostProcessor viewer;

    @BeforeEach
    void users() {
        adminName = unique("wadm");
        long adminId = users.createUser(adminName, null, PASSWORD, Role.ADMIN);
        admin = user(principal(adminId, adminName, Role.ADMIN));
        viewerName = unique("wvw");
        viewerId = users.createUser(viewerName, null, PASSWORD, Role.VIEWER);
        viewer = user(principal(viewerId, viewerName, Role.VIEWER));
    }

    // --- log-in, log-out, CSRF ---------------------------------------------------------------------------

    @Test
    void loginPageCarriesACsrfToken() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void formLoginAuthenticatesAndChangesTheSessionId() throws Exception {
        // Asserts a new session cookie at log-in, different from the log-in page's session.
        BrowserSession session = BrowserSession.logIn(mvc, viewerName, PASSWORD);
        session.get("/account/tokens").andExpect(status().isOk()).andExpect(content().string(containsString(viewerName)));
    }

    @Test
    void wrongPasswordsAndDisabledUsersDoNotLogIn() throws Exception {
        mvc.perform(formLogin("/login").user(viewerName).password("wrong-password-99"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.ID.eq(viewerId)).execute();
        mvc.perform(formLogin("/login").user(viewerName).password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void postsWithoutCsrfTokenAreForbidden() throws Exception {
        mvc.perform(post("/login").param("username", viewerName).param("password", PASSWORD))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
        mvc.perform(post("/logout").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").param("name", "x").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").param("username", unique("nocsrf")).with(admin))
                .andExpect(status().isForbidden());
        // HTTP Basic does not get around CSRF on the web pages either.
        mvc.perform(post("/account/tokens").param("name", "x").with(httpBasic(viewerName, PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(dsl.fetchExists(API_TOKEN, API_TOKEN.USER_ID.eq(viewerId))).isFalse();
    }

    @Test
    void logoutNeedsCsrfAndEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(viewer).with(csrf())).andExpect(redirectedUrl("/login?logout")).andExpect(unauthenticated());
    }

    // --- who may open the administrator's pages -------------------------------------------------------

    @Test
    void adminPagesSendAnonymousVisitorsToLogInAndRefuseOtherRoles() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        for (Role role : new Role[] {Role.VIEWER, Role.PROJECT_LEAD, Role.PROGRAMME_MANAGER}) {
            RequestPostProcessor someone = user(principal(viewerId, viewerName, role));
            mvc.perform(get("/admin/users").with(someone)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/" + viewerId).with(someone)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users").with(someone).with(csrf()).param("username", unique("x")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/account/tokens")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void administratorsSeeTheUserList() throws Exception {
        long programmeId = programme(dsl);
        long managerId = users.createUser(unique("wpm"), "Manager Name", PASSWORD, Role.PROGRAMME_MANAGER);
        users.assignProgramme(managerId, programmeId);
        long unrelatedId = users.createUser(unique("wun"), null, PASSWORD, Role.VIEWER);
        mvc.perform(get("/admin/users").with(admin).param("q", viewerName))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(viewerName)))
                .andExpect(content().string(containsString("/admin/users/" + viewerId + "\"")))
                .andExpect(content().string(not(containsString("/admin/users/" + unrelatedId + "\""))))
                .andExpect(content().string(not(containsString("{bcrypt}"))));
        mvc.perform(get("/admin/users").with(admin).param("role", "PROGRAMME_MANAGER").param("q", "Manager Name"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Manager Name")));
    }

    // --- create ---------------------------------------------------------------------------------------

    @Test
    void createShowsEachFieldErrorAndSavesNothing() throws Exception {
        long programmeId = programme(dsl);
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", "Not Valid!")
                        .param("role", "VIEWER")
                        .param("password", "short")
                        .param("programmeIds", String.valueOf(programmeId)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "security.user.username.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "security.password.tooShort"))
                .andExpect(model().attributeHasFieldErrorCode("form", "programmeIds",
                        "security.user.programmes.onlyForManager"))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("id=\"username-error\"")))
                .andExpect(content().string(not(containsString("value=\"short\""))));
        assertThat(dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq("Not Valid!"))).isFalse();

        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", viewerName).param("role", "VIEWER").param("password", "long-enough-password"))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "security.user.username.taken"));
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", viewerName.toUpperCase()).param("role", "VIEWER")
                        .param("password", "long-enough-password"))
                .andExpect(model().attributeHasFieldErrors("form", "username"));
    }

    @Test
    void createSavesABcryptHashAssignmentsAndAnAuditRecord() throws Exception {
        long programmeId = programme(dsl);
        String name = unique("wnew");
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", name).param("displayName", "Nieuwe Manager")
                        .param("role", "PROGRAMME_MANAGER").param("password", "long-enough-password")
                        .param("programmeIds", String.valueOf(programmeId)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        var row = dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(name)).fetchSingle();
        assertThat(row.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(encoder.matches("long-enough-password", row.getPasswordHash())).isTrue();
        assertThat(row.getRole()).isEqualTo(Role.PROGRAMME_MANAGER);
        assertThat(dsl.fetchExists(USER_PROGRAMME, USER_PROGRAMME.USER_ID.eq(row.getId())
                .and(USER_PROGRAMME.PROGRAMME_ID.eq(programmeId)))).isTrue();
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("app_user")
                .and(AUDIT_EVENT.ENTITY_ID.eq(row.getId())).and(AUDIT_EVENT.ACTION.eq("CREATE"))
                .and(AUDIT_EVENT.TABLE_NAME.eq("app_user"))
                .and(AUDIT_EVENT.USERNAME.eq(adminName)))).isTrue();
    }

    @Test
    void aGeneratedPasswordIsShownOnceAndWorks() throws Exception {
        String name = unique("wgen");
        var result = mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", name).param("role", "VIEWER").param("generatePassword", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("secretPassword"))
                .andReturn();
        String password = (String) result.getModelAndView().getModel().get("secretPassword");
        assertThat(result.getResponse().getContentAsString()).contains(password);
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        mvc.perform(formLogin("/login").user(name).password(password)).andExpect(authenticated());
        long id = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(name)).fetchSingle().value1();
        mvc.perform(get("/admin/users/" + id).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(password))));
    }

    // --- edit -----------------------------------------------------------------------------------------

    @Test
    void editChangesRoleAndAssignmentsAndRefusesStaleEdits() throws Exception {
        long projectId = project(dsl);
        mvc.perform(get("/admin/users/" + viewerId).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        mvc.perform(post("/admin/users/" + viewerId).with(admin).with(csrf())
                        .param("displayName", "Projectleider").param("role", "PROJECT_LEAD")
                        .param("enabled", "true").param("projectIds", String.valueOf(projectId))
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/users/" + viewerId));
        assertThat(version(dsl, viewerId)).isEqualTo(1);
        assertThat(dsl.fetchExists(USER_PROJECT, USER_PROJECT.USER_ID.eq(viewerId)
                .and(USER_PROJECT.PROJECT_ID.eq(projectId)))).isTrue();
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("app_user")
                .and(AUDIT_EVENT.ENTITY_ID.eq(viewerId)).and(AUDIT_EVENT.ACTION.eq("UPDATE")))).isTrue();

        // Someone else saved version 0 meanwhile: this edit, made on version 0, is refused.
        mvc.perform(post("/admin/users/" + viewerId).with(admin).with(csrf())
                        .param("displayName", "Stale").param("role", "VIEWER").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
        var row = dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(viewerId)).fetchSingle();
        assertThat(row.getDisplayName()).isEqualTo("Projectleider");
        assertThat(row.getRole()).isEqualTo(Role.PROJECT_LEAD);
        assertThat(row.getEnabled()).isTrue();
    }

    @Test
    void theAdministratorSetsAnEmailAddressInTheUserForm() throws Exception {
        mvc.perform(get("/admin/users/" + viewerId).with(admin))
                .andExpect(content().string(containsString("name=\"email\"")));
        mvc.perform(post("/admin/users/" + viewerId).with(admin).with(csrf())
                        .param("email", "geen-adres").param("role", "VIEWER").param("enabled", "true")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "security.user.email.invalid"));
        assertThat(version(dsl, viewerId)).isZero();
        mvc.perform(post("/admin/users/" + viewerId).with(admin).with(csrf())
                        .param("email", "kijker@example.org").param("role", "VIEWER").param("enabled", "true")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(dsl.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(viewerId)).fetchSingle().value1())
                .isEqualTo("kijker@example.org");
    }

    @Test
    void editValidationSavesNothing() throws Exception {
        long programmeId = programme(dsl);
        mvc.perform(post("/admin/users/" + viewerId).with(admin).with(csrf())
                        .param("displayName", "x".repeat(101)).param("role", "PROJECT_LEAD")
                        .param("enabled", "true").param("programmeIds", String.valueOf(programmeId))
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "displayName", "security.user.displayName.tooLong"))
                .andExpect(model().attributeHasFieldErrorCode("form", "programmeIds",
                        "security.user.programmes.onlyForManager"));
        assertThat(version(dsl, viewerId)).isZero();
        assertThat(dsl.fetchExists(USER_PROGRAMME, USER_PROGRAMME.USER_ID.eq(viewerId))).isFalse();
    }

    @Test
    void passwordResetByAdministrator() throws Exception {
        mvc.perform(post("/admin/users/" + viewerId + "/password").with(admin).with(csrf()).param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("resetForm", "password", "security.password.tooShort"));
        assertThat(encoder.matches(PASSWORD, passwordHash(dsl, viewerId))).isTrue();

        mvc.perform(post("/admin/users/" + viewerId + "/password").with(admin).with(csrf())
                        .param("password", "a-brand-new-password"))
                .andExpect(redirectedUrl("/admin/users/" + viewerId));
        assertThat(encoder.matches("a-brand-new-password", passwordHash(dsl, viewerId))).isTrue();
        assertThat(passwordHash(dsl, viewerId)).startsWith("{bcrypt}");
    }

    // --- own account ----------------------------------------------------------------------------------

    @Test
    void tokensAreShownOnceListedAndRevoked() throws Exception {
        mvc.perform(post("/account/tokens").with(viewer).with(csrf()).param("name", " ").param("expiryDays", "0"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "security.token.name.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "expiryDays", "security.token.expiryDays.range"));
        mvc.perform(post("/account/tokens").with(viewer).with(csrf()).param("name", "x").param("expiryDays", "abc"))
                .andExpect(model().attributeHasFieldErrors("form", "expiryDays"));
        assertThat(dsl.fetchExists(API_TOKEN, API_TOKEN.USER_ID.eq(viewerId))).isFalse();

        var result = mvc.perform(post("/account/tokens").with(viewer).with(csrf())
                        .param("name", "rapportage").param("expiryDays", "30"))
                .andExpect(status().isOk()).andReturn();
        String token = (String) result.getModelAndView().getModel().get("newToken");
        assertThat(token).startsWith("rm_");
        assertThat(result.getResponse().getContentAsString()).contains(token);
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(get("/account/tokens").with(viewer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("rapportage")))
                .andExpect(content().string(not(containsString(token))));

        long tokenId = dsl.select(API_TOKEN.ID).from(API_TOKEN).where(API_TOKEN.USER_ID.eq(viewerId)).fetchSingle().value1();
        // Another user cannot revoke it.
        long otherId = users.createUser(unique("wother"), null, PASSWORD, Role.VIEWER);
        mvc.perform(post("/account/tokens/" + tokenId + "/revoke").with(user(principal(otherId, "o", Role.VIEWER)))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(post("/account/tokens/" + tokenId + "/revoke").with(viewer).with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("api_token")
                .and(AUDIT_EVENT.ENTITY_ID.eq(tokenId)).and(AUDIT_EVENT.ACTION.eq("UPDATE"))
                .and(DSL.condition("jsonb_exists({0}, 'revoked_at')", AUDIT_EVENT.AFTER)))).isTrue();
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ENTITY_ID.eq(tokenId)
                .and(AUDIT_EVENT.ACTION.eq("TOKEN_REVOKED")))).isTrue();
    }

    @Test
    void ownPasswordChangeNeedsTheCurrentPassword() throws Exception {
        mvc.perform(post("/account/password").with(viewer).with(csrf())
                        .param("currentPassword", "not-the-password")
                        .param("newPassword", "another-good-password").param("confirmation", "different-password"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "security.password.currentWrong"))
                .andExpect(model().attributeHasFieldErrorCode("form", "confirmation", "security.password.mismatch"))
                .andExpect(content().string(not(containsString("another-good-password"))));
        mvc.perform(post("/account/password").with(viewer).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "tooshort").param("confirmation", "tooshort"))
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "security.password.tooShort"));
        assertThat(encoder.matches(PASSWORD, passwordHash(dsl, viewerId))).isTrue();

        mvc.perform(post("/account/password").with(viewer).with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "another-good-password").param("confirmation", "another-good-password"))
                .andExpect(redirectedUrl("/account/password"));
        assertThat(encoder.matches("another-good-password", passwordHash(dsl, viewerId))).isTrue();
        assertThat(passwordHash(dsl, viewerId)).startsWith("{bcrypt}");
    }

    @Test
    void accountPagesRender() throws Exception {
        mvc.perform(get("/account/tokens").with(viewer)).andExpect(status().isOk());
        mvc.perform(get("/account/password").with(viewer)).andExpect(status().isOk());
        mvc.perform(get("/admin/users/new").with(admin)).andExpect(status().isOk());
    }
}
