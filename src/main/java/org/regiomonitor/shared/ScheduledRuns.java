package org.regiomonitor.shared;

import static org.regiomonitor.db.Tables.SCHEDULED_RUN;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The one way a scheduled job runs at most once per due time across all instances on the database. Every instance's
 * scheduler fires; each inserts the row (job, due) of {@code scheduled_run} and keeps that transaction open on a
 * connection of its own while the job works (in its own transactions, on other connections):
 * <ul>
 * <li>an instance that fires while another runs waits on the uncommitted row, then finds it and skips;</li>
 * <li>one that fires later (clocks seconds apart, a slow start) finds the committed row and skips: the row, not a lock
 * alone, is what makes it once per due time;</li>
 * <li>when the running instance dies, PostgreSQL rolls its claim back as the connection drops, and a waiting (or
 * later) instance claims the due time and runs the job instead. A job must therefore tolerate being run again after
 * a partial run: it records what it did as it goes (the reminders claim each mail's row before sending it).</li>
 * </ul>
 * A run that throws is recorded with its error and not repeated for that due time. The due time is the job's own
 * name for the run (the same on every instance: a fire time or a day, never the instance's "now").
 */
@Component
public class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final Clock clock;

    ScheduledRuns(DataSource dataSource, DSLContext dsl, Clock clock) {
        this.dataSource = dataSource;
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Runs the work unless another instance ran or runs the job for this due time; returns whether it ran here. */
    public boolean once(String job, Instant due, Runnable work) {
        // A connection outside Spring's transactions: the claim's transaction must not be the work's.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                DSLContext claim = dsl.configuration().derive(connection).dsl();
                if (claim.insertInto(SCHEDULED_RUN).set(SCHEDULED_RUN.JOB, job).set(SCHEDULED_RUN.DUE, due)
                        .onConflictDoNothing().execute() == 0) {
                    connection.rollback();
                    log.debug("Scheduled job {} due {}: run by another instance", job, due);
                    return false;
                }
                RuntimeException failure = null;
                try {
                    work.run();
                } catch (RuntimeException e) {
                    failure = e;
                }
                claim.update(SCHEDULED_RUN).set(SCHEDULED_RUN.FINISHED_AT, clock.instant())
                        .set(SCHEDULED_RUN.ERROR, failure == null ? null : describe(failure))
                        .where(SCHEDULED_RUN.JOB.eq(job)).and(SCHEDULED_RUN.DUE.eq(due)).execute();
                connection.commit();
                if (failure != null) {
                    throw failure;
                }
                return true;
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback(); // no-op after the commit; releases the claim if anything above threw
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Scheduled job " + job + " could not be claimed", e);
        }
    }

    private static String describe(RuntimeException e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
