package org.regiomonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regiomonitor.db.Tables.SCHEDULED_RUN;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A scheduled job runs at most once per due time, whether the instances fire together or seconds apart, and a due
 * time claimed by an instance that dies mid-run is run by another. Threads on one database act as the instances: the
 * claim is all in PostgreSQL (the two-instance test runs it through two application contexts).
 */
@IntegrationTest
class ScheduledRunsTest {

    @Autowired
    ScheduledRuns runs;
    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext dsl;

    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** A due time no other test uses. */
    private static Instant due() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(System.nanoTime() % 1_000_000);
    }

    @Test
    void instancesFiringTogetherOrLaterRunTheDueTimeOnce() throws Exception {
        Instant due = due();
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Runnable work = () -> {
            ran.incrementAndGet();
            sleep(300); // long enough for the other to fire while this one runs
        };
        List<CompletableFuture<Boolean>> fired = List.of(1, 2, 3).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return runs.once("test-job", due, work);
                }, threads)).toList();
        start.countDown();
        assertThat(fired.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(true, false, false);
        assertThat(ran).hasValue(1);

        // an instance whose clock is behind fires after the run ended
        assertThat(runs.once("test-job", due, work)).isFalse();
        assertThat(ran).hasValue(1);
        var row = dsl.selectFrom(SCHEDULED_RUN).where(SCHEDULED_RUN.JOB.eq("test-job"), SCHEDULED_RUN.DUE.eq(due))
                .fetchSingle();
        assertThat(row.getFinishedAt()).isNotNull();
        assertThat(row.getError()).isNull();

        // the next due time is a run of its own; so is another job's
        assertThat(runs.once("test-job", due.plusSeconds(86_400), ran::incrementAndGet)).isTrue();
        assertThat(runs.once("other-test-job", due, ran::incrementAndGet)).isTrue();
        assertThat(ran).hasValue(3);
    }

    @Test
    void aDueTimeClaimedByAnInstanceThatDiesIsRunByAnother() throws Exception {
        Instant due = due();
        AtomicInteger ran = new AtomicInteger();
        // instance A (a connection of its own, not from this pool) claims the due time and is mid-run
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Connection a = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        a.setAutoCommit(false);
        try (PreparedStatement claim = a.prepareStatement("insert into scheduled_run (job, due) values (?, ?)")) {
            claim.setString(1, "test-job");
            claim.setObject(2, java.time.OffsetDateTime.ofInstant(due, java.time.ZoneOffset.UTC));
            claim.executeUpdate();
        }
        int pid;
        try (ResultSet rs = a.createStatement().executeQuery("select pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }

        // instance B fires meanwhile: it waits for A instead of skipping or running alongside
        CompletableFuture<Boolean> b = CompletableFuture.supplyAsync(() -> runs.once("test-job", due,
                ran::incrementAndGet), threads);
        assertThatThrownBy(() -> b.get(700, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(ran).hasValue(0);

        // A dies: its connection ends, PostgreSQL rolls the claim back, and B runs the due time
        dsl.execute("select pg_terminate_backend(?)", pid);
        assertThat(b.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).hasValue(1);
        assertThat(a.isValid(1)).isFalse();
        a.close();
        assertThat(dsl.fetchCount(SCHEDULED_RUN, SCHEDULED_RUN.JOB.eq("test-job").and(SCHEDULED_RUN.DUE.eq(due))
                .and(SCHEDULED_RUN.FINISHED_AT.isNotNull()))).isEqualTo(1);
    }

    @Test
    void aFailedRunIsRecordedAndNotRepeatedForItsDueTime() {
        Instant due = due();
        assertThatThrownBy(() -> runs.once("test-job", due, () -> {
            throw new IllegalStateException("mail server gone");
        })).isInstanceOf(IllegalStateException.class).hasMessage("mail server gone");
        assertThat(dsl.select(SCHEDULED_RUN.ERROR).from(SCHEDULED_RUN)
                .where(SCHEDULED_RUN.JOB.eq("test-job"), SCHEDULED_RUN.DUE.eq(due)).fetchSingle().value1())
                .isEqualTo("IllegalStateException: mail server gone");
        AtomicInteger ran = new AtomicInteger();
        assertThat(runs.once("test-job", due, ran::incrementAndGet)).isFalse();
        assertThat(ran).hasValue(0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
