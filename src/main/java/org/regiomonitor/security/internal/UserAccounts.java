package org.regiomonitor.security.internal;

import java.time.Clock;
import static org.regiomonitor.db.Tables.API_TOKEN;
import static org.regiomonitor.db.Tables.APP_USER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.regiomonitor.audit.AuditAction;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.db.tables.ApiToken;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.Formats;
import org.regiomonitor.shared.Text;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks users up for log-in by password or API token. */
@Service
class UserAccounts implements UserDetailsService {

    private final DSLContext dsl;
    private final Clock clock;
    private final AuditLog audit;

    UserAccounts(DSLContext dsl, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public UserPrincipal loadUserByUsername(String username) {
        // The log-in form and HTTP Basic reach no controller, so no 400 for a control character: no such
        // user (PostgreSQL would refuse a NUL in the query with an error).
        if (Text.hasForbiddenCharacter(username, false)) {
            throw new UsernameNotFoundException("not a valid user name");
        }
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH,
                        APP_USER.ROLE, APP_USER.ENABLED)
                .from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new UserPrincipal(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /**
     * The enabled user of a valid (known, not revoked, not expired) token, recording its use in the
     * same statement; its first use on a day goes into the audit trail. The principal carries no
     * password hash: a token never needs it.
     */
    Optional<UserPrincipal> byApiToken(String token, String clientAddress) {
        Instant now = clock.instant();
        // In PostgreSQL the FROM list sees the row as it was before this update: the previous use.
        ApiToken before = API_TOKEN.as("before");
        var used = dsl.update(API_TOKEN)
                .set(API_TOKEN.LAST_USED_AT, now)
                .from(APP_USER, before)
                .where(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .and(before.ID.eq(API_TOKEN.ID))
                .and(API_TOKEN.TOKEN_HASH.eq(ApiTokens.hash(token)))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .and(API_TOKEN.EXPIRES_AT.isNull().or(API_TOKEN.EXPIRES_AT.gt(now)))
                .and(APP_USER.ENABLED.isTrue())
                .returningResult(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE,
                        API_TOKEN.ID, before.LAST_USED_AT)
                .fetchOptional();
        used.ifPresent(r -> {
            Instant previous = r.value6();
            if (previous == null || !day(previous).equals(day(now))) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("user", r.value1());
                detail.put("address", clientAddress);
                audit.recordEvent(r.value2(), AuditAction.TOKEN_USED, ApiTokens.ENTITY, r.value5(), detail);
            }
        });
        return used.map(r -> new UserPrincipal(r.value1(), r.value2(), r.value3(), null, r.value4(), true));
    }

    private static LocalDate day(Instant t) {
        return t.atZone(Formats.ZONE).toLocalDate();
    }
}
