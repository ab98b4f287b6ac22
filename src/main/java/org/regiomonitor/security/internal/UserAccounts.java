package org.regiomonitor.security.internal;

import static org.regiomonitor.db.Tables.API_TOKEN;
import static org.regiomonitor.db.Tables.APP_USER;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.regiomonitor.security.Role;
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
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional()
                .map(UserAccounts::principal)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The user of a valid (known, not revoked, not expired) token; records its use. */
    Optional<UserPrincipal> byApiToken(String token) {
        Instant now = Instant.now();
        return dsl.update(API_TOKEN)
                .set(API_TOKEN.LAST_USED_AT, now)
                .where(API_TOKEN.TOKEN_HASH.eq(ApiTokens.hash(token)))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .and(API_TOKEN.EXPIRES_AT.isNull().or(API_TOKEN.EXPIRES_AT.gt(now)))
                .returning(API_TOKEN.USER_ID)
                .fetchOptional(API_TOKEN.USER_ID)
                .flatMap(userId -> dsl.selectFrom(APP_USER)
                        .where(APP_USER.ID.eq(userId)).and(APP_USER.ENABLED).fetchOptional())
                .map(UserAccounts::principal);
    }

    private static UserPrincipal principal(Record r) {
        return new UserPrincipal(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                r.get(APP_USER.PASSWORD_HASH), Role.valueOf(r.get(APP_USER.ROLE)), r.get(APP_USER.ENABLED));
    }
}
