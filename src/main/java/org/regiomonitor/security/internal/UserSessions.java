package org.regiomonitor.security.internal;

import java.time.Clock;
import static org.regiomonitor.db.Tables.SPRING_SESSION;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * Ends a user's web sessions on every instance at once: they live in PostgreSQL (Spring Session JDBC),
 * indexed by principal name (the username), and each request reads its session from there. Deleting
 * them in the caller's transaction ends them exactly when the change of rights commits.
 */
@Service
class UserSessions {

    private final DSLContext dsl;
    private final Clock clock;

    UserSessions(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The user's sessions that have not expired yet. */
    int active(String username) {
        return dsl.fetchCount(SPRING_SESSION, SPRING_SESSION.PRINCIPAL_NAME.eq(username)
                .and(SPRING_SESSION.EXPIRY_TIME.gt(clock.millis())));
    }

    /** Returns how many sessions were ended (their attributes go with them, on delete cascade). */
    int endAll(String username) {
        return dsl.deleteFrom(SPRING_SESSION).where(SPRING_SESSION.PRINCIPAL_NAME.eq(username)).execute();
    }

    /** All but the session the user is working in (null: all). */
    int endOthers(String username, String currentSessionId) {
        if (currentSessionId == null) {
            return endAll(username);
        }
        return dsl.deleteFrom(SPRING_SESSION).where(SPRING_SESSION.PRINCIPAL_NAME.eq(username))
                .and(SPRING_SESSION.SESSION_ID.ne(currentSessionId)).execute();
    }
}
