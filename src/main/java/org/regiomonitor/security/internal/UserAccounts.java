package org.regiomonitor.security.internal;

import static org.regiomonitor.db.Tables.API_TOKEN;
import static org.regiomonitor.db.Tables.APP_USER;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.regiomonitor.security.UserPrincipal;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks users up for log-in by password or API token. */
@Service
class UserAccounts implements UserDetailsService {

    private final DSLContext dsl;

    UserAccounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public UserPrincipal loadUserByUsername(String username) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH,
                        APP_USER.ROLE, APP_USER.ENABLED)
                .from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new UserPrincipal(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /**
     * The enabled user of a valid (known, not revoked, not expired) token, recording its use in the
     * same statement. The principal carries no password hash: a token never needs it.
     */
    Optional<UserPrincipal> byApiToken(String token) {
        Instant now = Instant.now();
        return dsl.update(API_TOKEN)
                .set(API_TOKEN.LAST_USED_AT, now)
                .from(APP_USER)
                .where(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .and(API_TOKEN.TOKEN_HASH.eq(ApiTokens.hash(token)))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .and(API_TOKEN.EXPIRES_AT.isNull().or(API_TOKEN.EXPIRES_AT.gt(now)))
                .and(APP_USER.ENABLED.isTrue())
                .returningResult(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE)
                .fetchOptional(r -> new UserPrincipal(r.value1(), r.value2(), r.value3(), null,
                        r.value4(), true));
    }
}
