package org.regiomonitor.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionDefinition;

/**
 * Tells the database who is changing data: every read-write transaction starts by setting the
 * transaction-local {@code regiomonitor.actor} to the logged-in user, which the audit trigger
 * writes into each record. Without a logged-in user the trigger records "system".
 * <p>
 * Read-only transactions skip the statement: they change nothing, and pages stay one statement cheaper.
 * The statement runs on the JDBC connection directly, so it is not one of the jOOQ statements that
 * the query-count tests count.
 */
class ActorTransactionManager extends JdbcTransactionManager {

    ActorTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        if (definition.isReadOnly()) {
            return;
        }
        String actor = currentActor();
        if (actor == null) {
            return;
        }
        try (PreparedStatement stmt = con.prepareStatement("select set_config('regiomonitor.actor', ?, true)")) {
            stmt.setString(1, actor);
            stmt.execute();
        }
    }

    /** The logged-in user's name, or null for the system (start-up tasks, anonymous requests). */
    static String currentActor() {
        // Reading the context may load the session; the session store has its own transaction manager
        // (AuditConfiguration), so that load does not come back here.
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth.getName();
    }
}
