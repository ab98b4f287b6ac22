package org.regiomonitor.report.internal;

import static org.regiomonitor.db.Tables.REPORT_JOB;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.regiomonitor.report.JobStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes all council editions of a report in the background and publishes each as a snapshot as soon as it is made,
 * so the files appear in the report's list while the rest is still being made; the job's row holds the progress
 * (any instance shows it). The user who started it is the actor of every snapshot (the security context travels
 * with the task). The job runs on the instance that got the request and writes a heartbeat with each edition; a job
 * whose heartbeat is older than {@link #STALE} was cut off (its instance stopped or died) and is marked interrupted
 * when any instance lists the jobs, keeping what it published so far. One edition takes about half a second, so a
 * live job never looks stale.
 */
@Service
public class ReportJobs {

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

    static final Duration STALE = Duration.ofMinutes(10);

    /** A job as shown: how far it is. */
    public record Job(long id, long reportId, String language, int total, int done, JobStatus status, String error,
            String startedBy, Instant startedAt, Instant finishedAt) {

        public boolean running() {
            return status == JobStatus.RUNNING;
        }

        public int percent() {
            return total == 0 ? 100 : done * 100 / total;
        }
    }

    private final DSLContext dsl;
    private final TaskExecutor executor;
    private final ReportDefinitions definitions;
    private final ReportCouncils councils;
    private final CouncilEditions editions;
    private final Clock clock;

    ReportJobs(DSLContext dsl, TaskExecutor applicationTaskExecutor, ReportDefinitions definitions,
            ReportCouncils councils, CouncilEditions editions, Clock clock) {
        this.dsl = dsl;
        this.executor = applicationTaskExecutor;
        this.definitions = definitions;
        this.councils = councils;
        this.editions = editions;
        this.clock = clock;
    }

    /** Starts making and publishing every council edition; returns the job at once. */
    public long startCouncilEditions(long reportId, Locale locale, String actor) {
        ReportView report = definitions.get(reportId);
        List<CouncilView> all = councils.all(reportId);
        long job = insert(reportId, locale, all.size(), actor);
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(job, report, all, locale, actor)));
        return job;
    }

    private void run(long job, ReportView report, List<CouncilView> all, Locale locale, String actor) {
        try {
            beat(job); // it may have waited for a thread
            for (CouncilView council : all) {
                editions.publish(report, council, locale, actor, job);
                progress(job);
            }
            finish(job, JobStatus.DONE, null);
        } catch (RuntimeException e) {
            log.error("Council editions of report {} failed", report.id(), e);
            finish(job, JobStatus.FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private long insert(long reportId, Locale locale, int total, String actor) {
        return dsl.insertInto(REPORT_JOB).set(REPORT_JOB.REPORT_ID, reportId).set(REPORT_JOB.KIND, "COUNCIL_EDITIONS")
                .set(REPORT_JOB.LANGUAGE, locale.getLanguage()).set(REPORT_JOB.TOTAL, total)
                .set(REPORT_JOB.STATUS, JobStatus.RUNNING).set(REPORT_JOB.STARTED_BY, actor)
                .set(REPORT_JOB.HEARTBEAT_AT, clock.instant())
                .returning(REPORT_JOB.ID).fetchSingle(REPORT_JOB.ID);
    }

    private void beat(long job) {
        dsl.update(REPORT_JOB).set(REPORT_JOB.HEARTBEAT_AT, clock.instant()).where(REPORT_JOB.ID.eq(job)).execute();
    }

    private void progress(long job) {
        dsl.update(REPORT_JOB).set(REPORT_JOB.DONE, REPORT_JOB.DONE.plus(1)).set(REPORT_JOB.HEARTBEAT_AT, clock.instant())
                .where(REPORT_JOB.ID.eq(job)).execute();
    }

    private void finish(long job, JobStatus status, String error) {
        // only a running job: one already marked interrupted stays so (its instance came back too late)
        dsl.update(REPORT_JOB).set(REPORT_JOB.STATUS, status).set(REPORT_JOB.ERROR, error)
                .set(REPORT_JOB.FINISHED_AT, Instant.now(clock))
                .where(REPORT_JOB.ID.eq(job)).and(REPORT_JOB.STATUS.eq(JobStatus.RUNNING)).execute();
    }

    /** The report's latest jobs; first marks its cut-off ones interrupted, so every instance shows them alike. */
    @Transactional
    public List<Job> ofReport(long reportId) {
        dsl.update(REPORT_JOB).set(REPORT_JOB.STATUS, JobStatus.INTERRUPTED).set(REPORT_JOB.FINISHED_AT, clock.instant())
                .where(REPORT_JOB.REPORT_ID.eq(reportId)).and(REPORT_JOB.STATUS.eq(JobStatus.RUNNING))
                .and(REPORT_JOB.HEARTBEAT_AT.lt(clock.instant().minus(STALE))).execute();
        return dsl.selectFrom(REPORT_JOB).where(REPORT_JOB.REPORT_ID.eq(reportId)).orderBy(REPORT_JOB.ID.desc())
                .limit(5).fetch(r -> new Job(r.getId(), r.getReportId(), r.getLanguage(), r.getTotal(), r.getDone(),
                        r.getStatus(), r.getError(), r.getStartedBy(), r.getStartedAt(), r.getFinishedAt()));
    }
}
