package org.regiomonitor.security;

import static org.regiomonitor.db.Tables.APP_USER;
import static org.regiomonitor.db.Tables.USER_PROGRAMME;
import static org.regiomonitor.db.Tables.USER_PROJECT;

import java.time.Instant;
import org.jooq.DSLContext;
import org.regiomonitor.audit.AuditAction;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.security.internal.ApiTokens;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates users, assigns them programmes and projects, and issues personal API tokens, for
 * start-up code, data loaders and tests. The administrator's pages and the {@code /api/users}
 * endpoints go through the validating user management, which also enforces the password rule.
 */
@Service
public class UserAdministration {

    static final String SYSTEM = "system";

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    UserAdministration(DSLContext dsl, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /** Creates an enabled user; the password is stored as a bcrypt hash. Returns the new id. */
    @Transactional
    public long createUser(String username, String displayName, String rawPassword, Role role) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(rawPassword))
                .set(APP_USER.ROLE, role)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }

    public boolean anyUserExists() {
        return dsl.fetchExists(APP_USER);
    }

    /** Sets (null: removes) the user's e-mail address, to which the workflow's mails go. */
    @Transactional
    public void setEmail(long userId, String email) {
        dsl.update(APP_USER).set(APP_USER.EMAIL, email).where(APP_USER.ID.eq(userId)).execute();
    }

    @Transactional
    public void assignProgramme(long userId, long programmeId) {
        dsl.insertInto(USER_PROGRAMME, USER_PROGRAMME.USER_ID, USER_PROGRAMME.PROGRAMME_ID)
                .values(userId, programmeId).onConflictDoNothing().execute();
    }

    @Transactional
    public void assignProject(long userId, long projectId) {
        dsl.insertInto(USER_PROJECT, USER_PROJECT.USER_ID, USER_PROJECT.PROJECT_ID)
                .values(userId, projectId).onConflictDoNothing().execute();
    }

    /** Issues a token ({@code expiresAt} null = no expiry); the returned plain text is shown once and only its hash is stored. */
    @Transactional
    public String issueApiToken(long userId, String name, Instant expiresAt) {
        ApiTokens.Issued issued = ApiTokens.issue(dsl, userId, name, expiresAt);
        audit.record(SYSTEM, AuditAction.TOKEN_CREATED, ApiTokens.ENTITY, issued.id(),
                ApiTokens.createdDetail(userId, name, expiresAt));
        return issued.token();
    }
}
