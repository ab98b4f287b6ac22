package org.regiomonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.API_TOKEN;
import static org.regiomonitor.db.Tables.AUDIT_EVENT;
import static org.regiomonitor.security.SecurityFixtures.from;
import static org.regiomonitor.security.SecurityFixtures.programme;
import static org.regiomonitor.security.SecurityFixtures.unique;
import static org.regiomonitor.security.SecurityFixtures.version;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.audit.AuditAction;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Log-in, token, rights and refusal events reach the audit trail, with no password in it. */
@IntegrationTest
class SecurityEventsAuditTest {

    static final String PASSWORD = "audit-test-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;
    @Autowired
    DSLContext dsl;

    String adminName;

    @BeforeEach
    void admin() {
        adminName = unique("aadm");
        users.createUser(adminName, null, PASSWORD, Role.ADMIN);
    }

    /** Audit rows of {@code action} whose text (all columns, whatever their shape) holds every fragment. */
    private int audited(AuditAction action, Object... fragments) {
        Condition where = AUDIT_EVENT.ACTION.eq(action.name());
        for (Object f : fragments) {
            where = where.and(DSL.condition("audit_event::text like {0}", "%" + f + "%"));
        }
        return dsl.fetchCount(AUDIT_EVENT, where);
    }

    @Test
    void logInFailedLogInThrottlingAndLogOutAreRecordedWithoutThePassword() throws Exception {
        String name = unique("alog");
        users.createUser(name, null, PASSWORD, Role.VIEWER);
        String address = "203.0.113.9";
        for (int i = 1; i <= 10; i++) {
            mvc.perform(post("/login").param("username", name).param("password", "guessed-secret-" + i).with(csrf())
                    .with(from(address))).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", name).param("password", PASSWORD).with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/login?blocked"));
        assertThat(audited(AuditAction.LOGIN_FAILED, name, address)).isEqualTo(10);
        assertThat(audited(AuditAction.LOGIN_THROTTLED, name, address)).isEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_EVENT, DSL.condition("audit_event::text like {0}", "%guessed-secret%")))
                .isZero();
        assertThat(dsl.fetchCount(AUDIT_EVENT, DSL.condition("audit_event::text like {0}", "%" + PASSWORD + "%")))
                .isZero();

        String other = unique("alog");
        users.createUser(other, null, PASSWORD, Role.VIEWER);
        BrowserSession session = BrowserSession.logIn(mvc, other, PASSWORD);
        assertThat(audited(AuditAction.LOGIN, other, "127.0.0.1")).isEqualTo(1);
        session.post("/logout").andExpect(redirectedUrl("/login?logout"));
        assertThat(audited(AuditAction.LOGOUT, other)).isEqualTo(1);
    }

    @Test
    void tokensAreRecordedWhenCreatedFirstUsedEachDayAndRevoked() throws Exception {
        String name = unique("atok");
        long userId = users.createUser(name, null, PASSWORD, Role.VIEWER);
        BrowserSession session = BrowserSession.logIn(mvc, name, PASSWORD);
        String token = (String) session.post("/account/tokens", "name", "nightly-report").andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("newToken");
        long tokenId = dsl.select(API_TOKEN.ID).from(API_TOKEN).where(API_TOKEN.USER_ID.eq(userId)).fetchSingle().value1();
        assertThat(audited(AuditAction.TOKEN_CREATED, name, "nightly-report")).isEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_EVENT, DSL.condition("audit_event::text like {0}", "%" + token + "%"))).isZero();

        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        }
        Condition used = AUDIT_EVENT.ACTION.eq(AuditAction.TOKEN_USED.name()).and(AUDIT_EVENT.ENTITY_ID.eq(tokenId));
        assertThat(dsl.fetchCount(AUDIT_EVENT, used)).as("first use of the day only").isEqualTo(1);
        // Its last use was yesterday: today's first use is recorded again.
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, Instant.now().minus(Duration.ofDays(1)))
                .where(API_TOKEN.ID.eq(tokenId)).execute();
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(dsl.fetchCount(AUDIT_EVENT, used)).isEqualTo(2);

        session.post("/account/tokens/" + tokenId + "/revoke").andExpect(redirectedUrl("/account/tokens"));
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(AuditAction.TOKEN_REVOKED.name())
                .and(AUDIT_EVENT.ENTITY_ID.eq(tokenId)))).isEqualTo(1);
    }

    @Test
    void changesOfRoleAssignmentsAndPasswordAndTheEndedSessionsAreRecorded() throws Exception {
        String name = unique("arig");
        long id = users.createUser(name, null, PASSWORD, Role.VIEWER);
        long programmeId = programme(dsl);
        BrowserSession user = BrowserSession.logIn(mvc, name, PASSWORD);
        BrowserSession admin = BrowserSession.logIn(mvc, adminName, PASSWORD);

        admin.post("/admin/users/" + id, "role", "PROGRAMME_MANAGER", "enabled", "true",
                "programmeIds", String.valueOf(programmeId), "version", String.valueOf(version(dsl, id)))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(audited(AuditAction.ROLE_CHANGED, adminName, name, "VIEWER", "PROGRAMME_MANAGER")).isEqualTo(1);
        assertThat(audited(AuditAction.ASSIGNMENTS_CHANGED, adminName, name, programmeId)).isEqualTo(1);
        assertThat(audited(AuditAction.SESSIONS_ENDED, adminName, name)).isEqualTo(1);
        user.get("/account/password").andExpect(redirectedUrl("/login"));

        BrowserSession again = BrowserSession.logIn(mvc, name, PASSWORD);
        again.post("/account/password", "currentPassword", PASSWORD, "newPassword", "audit-new-password-2",
                "confirmation", "audit-new-password-2").andExpect(redirectedUrl("/account/password"));
        admin.post("/admin/users/" + id + "/password", "password", "audit-reset-password-3")
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(AuditAction.PASSWORD_CHANGED.name())
                .and(AUDIT_EVENT.ENTITY_ID.eq(id)))).isEqualTo(2);
        assertThat(audited(AuditAction.PASSWORD_CHANGED, adminName, "administrator")).isEqualTo(1);
        assertThat(audited(AuditAction.SESSIONS_ENDED, adminName, name, "password reset")).isEqualTo(1);
    }

    @Test
    void refusedWritesAreRecordedOnTheWebAndTheApiButRefusedReadsAreNot() throws Exception {
        String name = unique("aden");
        users.createUser(name, null, PASSWORD, Role.VIEWER);
        BrowserSession viewer = BrowserSession.logIn(mvc, name, PASSWORD);

        viewer.post("/admin/users", "username", unique("x"), "role", "ADMIN", "password", "planted-password-11")
                .andExpect(status().isForbidden());
        assertThat(audited(AuditAction.ACCESS_DENIED, name, "POST", "/admin/users")).isEqualTo(1);
        viewer.post("/programmes", "code", "X", "name", "X").andExpect(status().isForbidden());
        assertThat(audited(AuditAction.ACCESS_DENIED, name, "POST", "/programmes")).isEqualTo(1);

        mvc.perform(post("/api/programmes").with(httpBasic(name, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"X\",\"name\":\"X\"}")).andExpect(status().isForbidden());
        assertThat(audited(AuditAction.ACCESS_DENIED, name, "POST", "/api/programmes")).isEqualTo(1);

        viewer.get("/admin/users").andExpect(status().isForbidden());
        assertThat(audited(AuditAction.ACCESS_DENIED, name, "GET")).isZero();
    }
}
