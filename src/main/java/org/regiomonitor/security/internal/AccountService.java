package org.regiomonitor.security.internal;

import java.time.Clock;
import static org.regiomonitor.db.Tables.API_TOKEN;
import static org.regiomonitor.db.Tables.APP_USER;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.regiomonitor.audit.AuditAction;
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
    private final Clock clock;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final UserSessions sessions;
    private final LoginThrottle throttle;

    AccountService(DSLContext dsl, PasswordEncoder passwordEncoder, AuditLog audit, UserSessions sessions,
            LoginThrottle throttle, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
        this.throttle = throttle;
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
        Instant expiresAt = expiryDays == null ? null : clock.instant().plus(Duration.ofDays(expiryDays));
        ApiTokens.Issued issued = ApiTokens.issue(dsl, userId, cleanName, expiresAt);
        audit.record(actor, AuditAction.TOKEN_CREATED, ApiTokens.ENTITY, issued.id(),
                ApiTokens.createdDetail(userId, cleanName, expiresAt));
        return issued.token();
    }

    /** Revokes one of the user's own tokens; revoking it again changes nothing. */
    @Transactional
    public void revokeToken(long userId, long tokenId, String actor) {
        int updated = dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, clock.instant())
                .where(API_TOKEN.ID.eq(tokenId)).and(API_TOKEN.USER_ID.eq(userId)).and(API_TOKEN.REVOKED_AT.isNull())
                .execute();
        if (updated > 0) {
            audit.record(actor, AuditAction.TOKEN_REVOKED, ApiTokens.ENTITY, tokenId, Map.of("user", userId));
        } else if (!dsl.fetchExists(API_TOKEN, API_TOKEN.ID.eq(tokenId).and(API_TOKEN.USER_ID.eq(userId)))) {
            // Someone else's token looks exactly like a missing one.
            throw new NotFoundException("token", tokenId);
        }
    }

    /** Who is changing their password: their username, the session they work in and their address. */
    public record Caller(String username, String sessionId, String address) {
    }

    /**
     * Changes the user's own password; the current one must be given. The user's other sessions end (a
     * session opened by someone who knew the old password); the caller's own session stays.
     */
    @Transactional
    public void changePassword(long userId, String currentPassword, String newPassword, String confirmation,
            Caller caller) {
        String actor = caller.username();
        String hash = dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(userId)).forUpdate()
                .fetchOptional(APP_USER.PASSWORD_HASH).orElseThrow(() -> new NotFoundException("user", userId));
        List<Violation> violations = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            violations.add(new Violation("currentPassword", "security.password.required"));
        } else {
            checkCurrentPassword(userId, currentPassword, hash, caller).ifPresent(violations::add);
        }
        Passwords.check("newPassword", newPassword, actor).ifPresentOrElse(violations::add, () -> {
            if (!newPassword.equals(confirmation)) {
                violations.add(new Violation("confirmation", "security.password.mismatch"));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(newPassword))
                .where(APP_USER.ID.eq(userId)).execute();
        audit.record(actor, AuditAction.PASSWORD_CHANGED, UserManagement.ENTITY, userId, Map.of("by", "self"));
        int ended = sessions.endOthers(actor, caller.sessionId());
        if (ended > 0) {
            audit.record(actor, AuditAction.SESSIONS_ENDED, UserManagement.ENTITY, userId,
                    Map.of("sessions", ended, "reason", "password changed"));
        }
    }

    /**
     * The current password, checked under the log-in throttle: an open session is no way around it.
     * Counted and audited in their own transactions, as this one is rolled back when the check fails.
     */
    private Optional<Violation> checkCurrentPassword(long userId, String currentPassword, String hash, Caller caller) {
        String actor = caller.username();
        LoginThrottle.Attempt attempt = throttle.begin(actor, caller.address());
        if (attempt.blocked()) {
            throttle.refused(attempt);
            audit.recordEvent(actor, AuditAction.LOGIN_THROTTLED, UserManagement.ENTITY, userId,
                    ThrottledAuthenticationProvider.attemptDetail(actor, caller.address()));
            return Optional.of(new Violation("currentPassword", "security.password.blocked"));
        }
        if (!passwordEncoder.matches(currentPassword, hash)) {
            throttle.failed(attempt);
            audit.recordEvent(actor, AuditAction.LOGIN_FAILED, UserManagement.ENTITY, userId,
                    ThrottledAuthenticationProvider.attemptDetail(actor, caller.address()));
            return Optional.of(new Violation("currentPassword", "security.password.currentWrong"));
        }
        throttle.succeeded(attempt);
        return Optional.empty();
    }
}
