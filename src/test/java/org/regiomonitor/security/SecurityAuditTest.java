package org.regiomonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.API_TOKEN;
import static org.regiomonitor.security.SecurityFixtures.programme;
import static org.regiomonitor.security.SecurityFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.audit.AuditRecord;
import org.regiomonitor.support.AuditTrail;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A user's role, assignments and password changes are in the audit trail; password hashes never are. */
@IntegrationTest
class SecurityAuditTest {

    static final String PASSWORD = "audit-test-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;
    @Autowired
    DSLContext dsl;
    @Autowired
    AuditLog audit;

    @Test
    void aRoleChangeAndAPasswordResetAreRecordedWithoutSecrets() throws Exception {
        String admin = unique("aud");
        users.createUser(admin, null, PASSWORD, Role.ADMIN);
        String viewer = unique("vw");
        long viewerId = users.createUser(viewer, null, PASSWORD, Role.VIEWER);
        long programmeId = programme(dsl);

        mvc.perform(put("/api/users/" + viewerId).with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Manager\",\"role\":\"PROGRAMME_MANAGER\",\"enabled\":true,"
                                + "\"programmeIds\":[" + programmeId + "],\"version\":0}"))
                .andExpect(status().isOk());
        AuditTrail trail = AuditTrail.of(audit, "app_user", viewerId);
        trail.assertChange("UPDATE", "app_user", admin, Map.of("role", "VIEWER"),
                Map.of("role", "PROGRAMME_MANAGER", "display_name", "Manager"));
        trail.assertChange("CREATE", "user_programme", admin, null, Map.of("programme_id", programmeId));

        // Taking the programme away deletes the assignment; the trail keeps what it was.
        mvc.perform(put("/api/users/" + viewerId).with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Manager\",\"role\":\"PROGRAMME_MANAGER\",\"enabled\":true,"
                                + "\"programmeIds\":[],\"version\":1}"))
                .andExpect(status().isOk());
        AuditTrail.of(audit, "app_user", viewerId).assertChange("DELETE", "user_programme", admin,
                Map.of("programme_id", programmeId), null);

        mvc.perform(post("/api/users/" + viewerId + "/password").with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"generate\":true}"))
                .andExpect(status().isOk());
        AuditRecord reset = AuditTrail.of(audit, "app_user", viewerId)
                .assertChange("UPDATE", "app_user", admin, Map.of(), Map.of("password_changed", true));
        // Neither the hash nor anything derived from it is stored; the creation record has no hash either.
        assertThat(reset.before()).doesNotContainKey("password_hash");
        assertThat(reset.after()).doesNotContainKey("password_hash");
        assertThat(AuditTrail.of(audit, "app_user", viewerId).records())
                .allSatisfy(r -> assertThat(String.valueOf(r.before()) + r.after()).doesNotContain("bcrypt"));
    }

    @Test
    void usingATokenIsNoChangeButCreatingItIsAndItsHashIsNeverRecorded() throws Exception {
        long userId = users.createUser(unique("tok"), null, PASSWORD, Role.VIEWER);
        String token = users.issueApiToken(userId, "rapportage", null);
        long tokenId = dsl.select(API_TOKEN.ID).from(API_TOKEN).where(API_TOKEN.USER_ID.eq(userId)).fetchSingle().value1();
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(dsl.select(API_TOKEN.LAST_USED_AT).from(API_TOKEN).where(API_TOKEN.ID.eq(tokenId))
                .fetchSingle().value1()).isNotNull();
        // The use changes no recorded value; only its first use of the day is an event (TOKEN_USED).
        List<AuditRecord> records = AuditTrail.of(audit, "api_token", tokenId).records();
        assertThat(records).extracting(AuditRecord::action).containsExactly("TOKEN_USED", "TOKEN_CREATED", "CREATE");
        assertThat(records.getLast().after()).containsEntry("name", "rapportage").doesNotContainKey("token_hash");
    }

    @Test
    void aChangeInABrowserSessionNamesTheLoggedInUser() throws Exception {
        // The security context comes from the session in PostgreSQL here, not from a test shortcut.
        String name = unique("sess");
        long userId = users.createUser(name, null, PASSWORD, Role.VIEWER);
        BrowserSession session = BrowserSession.logIn(mvc, name, PASSWORD);
        session.post("/account/tokens", "name", "uit-de-sessie").andExpect(status().isOk());
        long tokenId = dsl.select(API_TOKEN.ID).from(API_TOKEN).where(API_TOKEN.USER_ID.eq(userId)).fetchSingle().value1();
        AuditTrail.of(audit, "api_token", tokenId).assertChange("CREATE", "api_token", name, null,
                Map.of("name", "uit-de-sessie"));
    }
}
