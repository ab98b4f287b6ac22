package org.regiomonitor.security.internal;

import static org.regiomonitor.db.Tables.API_TOKEN;
import static org.regiomonitor.db.Tables.APP_USER;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.Text;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every logged-in user does with their own account: API tokens and their password. */
@Service
public class AccountService {

    public static final int TOKEN_NAME_MAX = 100;
    public static final int TOKEN_MAX_DAYS = 3650;

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    AccountService(DSLContext dsl, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /** Issues a token for the user; {@code expiryDays} null means it does not expire. Returns the plain token, to show once. */
    @Transactional
    public String createToken(long userId, String name, Integer expiryDays, String actor) {
        List<Violation> violations = new ArrayList<>();
        String cleanName = name == null ? "" : Text.strip(name);
        if (cleanName.isEmpty()) {
            violations.add(new Violation("name", "security.token.name.required"));
        } else if (cleanName.length() > TOKEN_NAME_MAX) {
            violations.add(new Violation("name", "security.token.name.tooLong", TOKEN_NAME_MAX));
        }
        if (expiryDays != null && (expiryDays < 1 || expiryDays > TOKEN_MAX_DAYS)) {
            violations.add(new Violation("expiryDays", "security.token.expiryDays.range", 1, TOKEN_MAX_DAYS));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant expiresAt = expiryDays == null ? null : Instant.now().plus(Duration.ofDays(expiryDays));
        ApiTokens.Issued issued = ApiTokens.issue(dsl, userId, cleanName, expiresAt);
        audit.record(actor, "token.create", "api_token", issued.id(), "name=" + cleanName + ", expires=" + expiresAt);
        return issued.token();
    }

    /** Revokes one of the user's own tokens; revoking it again changes nothing. */
    @Transactional
    public void revokeToken(long userId, long tokenId, String actor) {
        int updated = dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, Instant.now())
                .where(API_TOKEN.ID.eq(tokenId)).and(API_TOKEN.USER_ID.eq(userId)).and(API_TOKEN.REVOKED_AT.isNull())
                .execute();
        if (updated > 0) {
            audit.record(actor, "token.revoke", "api_token", tokenId, null);
        } else if (!dsl.fetchExists(API_TOKEN, API_TOKEN.ID.eq(tokenId).and(API_TOKEN.USER_ID.eq(userId)))) {
            // Someone else's token looks exactly like a missing one.
            throw new NotFoundException("token", tokenId);
        }
    }

    /** Changes the user's own password; the current one must be given. */
    @Transactional
    public void changePassword(long userId, String currentPassword, String newPassword, String confirmation,
            String actor) {
        String hash = dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(userId)).forUpdate()
                .fetchOptional(APP_USER.PASSWORD_HASH).orElseThrow(() -> new NotFoundException("user", userId));
        List<Violation> violations = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            violations.add(new Violation("currentPassword", "security.password.required"));
        } else if (!passwordEncoder.matches(currentPassword, hash)) {
            violations.add(new Violation("currentPassword", "security.password.currentWrong"));
        }
        Passwords.check("newPassword", newPassword).ifPresentOrElse(violations::add, () -> {
            if (!newPassword.equals(confirmation)) {
                violations.add(new Violation("confirmation", "security.password.mismatch"));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(newPassword))
                .where(APP_USER.ID.eq(userId)).execute();
        audit.record(actor, "user.changePassword", "app_user", userId, null);
    }
}
