package org.regiomonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.REPORT_JOB;
import static org.regiomonitor.db.Tables.REPORT_SNAPSHOT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regiomonitor.report.internal.ProgressReport;
import org.regiomonitor.report.internal.ProgressReports;
import org.regiomonitor.report.internal.ReportDefinitions;
import org.regiomonitor.report.internal.ReportDocuments;
import org.regiomonitor.report.internal.ReportInput;
import org.regiomonitor.report.internal.ReportJobs;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark of the reports (issue 9, acceptance 2), run with {@code ./mvnw -Pbench verify -Dtest=ReportBench} (never
 * part of the normal suite). On its own embedded database with the reference data it adds a SYNTHETIC programme of
 * {@code bench.report.projects} (100) projects with results (3 results and 10 indicators each, 10 half-years of
 * updates; {@link SyntheticResults}, never shipped) and times its progress report with the NPVR signals, phase by
 * phase (read the data, write the HTML, make the PDF), {@code bench.report.runs} times after a warm-up; then all 14
 * council editions of a report on the reference programmes, made and published by the background job, from start to
 * the last file. A static file over HTTP is the reference measured in the same run. It prints figures and the targets
 * (PDF under 3 s; the 14 editions under 30 s together) and fails only when a job fails, never on timing. Output also in
 * {@code target/bench/report.txt}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "regiomonitor.bench=report")
@ActiveProfiles("test")
@Import({QueryCounter.class, SqlTimer.class})
class ReportBench {

    private static final int PROJECTS = Integer.getInteger("bench.report.projects", 100);
    private static final int RUNS = Integer.getInteger("bench.report.runs", 10);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 3);

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    ReportDefinitions definitions;
    @Autowired
    ProgressReports reports;
    @Autowired
    ReportDocuments documents;
    @Autowired
    ReportJobs jobs;
    @Autowired
    QueryCounter queries;
    @Autowired
    SqlTimer sqlTimer;

    @Test
    void reports() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(PathTimer.machine(WARMUP, RUNS)).append('\n');
        var written = new SyntheticResults(dsl).add(PROJECTS);
        long big = definitions.create(new ReportInput("Benchmark: " + PROJECTS + " projecten", "2025", List.of(
                written.programmeId()), "NPVR_MONITOR", "Voorwoord.", "Vooruitblik.", "Conclusie.", null, null),
                "benchmark");
        Locale nl = Locale.forLanguageTag("nl");

        double[] read = new double[RUNS];
        double[] html = new double[RUNS];
        double[] pdf = new double[RUNS];
        int[] statements = new int[RUNS];
        long bytes = 0;
        int pages = 0;
        for (int i = -WARMUP; i < RUNS; i++) {
            queries.reset();
            long t0 = System.nanoTime();
            ProgressReport content = reports.read(definitions.get(big), nl);
            long t1 = System.nanoTime();
            var rendered = documents.html(content, nl, Instant.now());
            long t2 = System.nanoTime();
            byte[] file = documents.pdf(rendered);
            long t3 = System.nanoTime();
            if (i >= 0) {
                read[i] = (t1 - t0) / 1e6;
                html[i] = (t2 - t1) / 1e6;
                pdf[i] = (t3 - t2) / 1e6;
                statements[i] = queries.count();
                bytes = file.length;
                try (var doc = org.apache.pdfbox.Loader.loadPDF(file)) {
                    pages = doc.getNumberOfPages();
                }
            }
        }
        PathTimer timer = new PathTimer(port, queries, sqlTimer, 10, 50);
        var staticFile = timer.measure(new PathTimer.ReadPath("static file /css/report.css", i -> "/css/report.css"));
        double[] total = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            total[i] = read[i] + html[i] + pdf[i];
        }
        out.append("Progress report of a programme with %d projects (%d results, %d indicators) and the NPVR signals: %d pages, %,d KiB%n"
                .formatted(PROJECTS, PROJECTS * 3, PROJECTS * 10, pages, bytes / 1024));
        out.append("phase                     median      p90      max   (ms, %d runs after %d warm-up)%n".formatted(RUNS, WARMUP));
        out.append(row("read the data (%d SQL)".formatted(statements[0]), read));
        out.append(row("write the HTML", html));
        out.append(row("make the PDF", pdf));
        out.append(row("whole PDF", total));
        out.append("reference: static file over HTTP, median %.1f ms; target: whole PDF under 3,000 ms%n%n"
                .formatted(staticFile.median()));

        long reference = definitions.create(new ReportInput("Investeren in Twente", "2024-H1", List.of(
                programme("AVT-2018"), programme("AVT-2023"), programme("RDT-1")), "NPVR_MONITOR", "Voorwoord.",
                "Vooruitblik.", "Conclusie.", null, null), "benchmark");
        long start = System.nanoTime();
        long job = jobs.startCouncilEditions(reference, nl, "benchmark");
        while (dsl.fetchExists(REPORT_JOB, REPORT_JOB.ID.eq(job).and(REPORT_JOB.STATUS.eq(org.regiomonitor.report.JobStatus.RUNNING)))) {
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var row = dsl.selectFrom(REPORT_JOB).where(REPORT_JOB.ID.eq(job)).fetchSingle();
        assertThat(row.getStatus()).as(row.getError()).isEqualTo(org.regiomonitor.report.JobStatus.DONE);
        var sizes = dsl.select(REPORT_SNAPSHOT.CONTENT).from(REPORT_SNAPSHOT).where(REPORT_SNAPSHOT.JOB_ID.eq(job))
                .fetch(r -> r.value1().length);
        out.append("Council editions of a report on AVT-2018, AVT-2023 and RDT-1 (%d projects), published by the background job:%n"
                .formatted(dsl.fetchCount(org.regiomonitor.db.Tables.PROJECT_PROGRAMME,
                        org.regiomonitor.db.Tables.PROJECT_PROGRAMME.PROGRAMME_ID.in(programme("AVT-2018"),
                                programme("AVT-2023"), programme("RDT-1")))));
        out.append("%d editions (%,d KiB together) in %.1f s, %.2f s each; target: 14 under 30 s together%n"
                .formatted(sizes.size(), sizes.stream().mapToLong(Integer::longValue).sum() / 1024, seconds,
                        seconds / Math.max(1, sizes.size())));

        System.out.println("\n" + out);
        Path report = Path.of("target/bench/report.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out);
    }

    private long programme(String code) {
        return dsl.select(PROGRAMME.ID).from(PROGRAMME).where(PROGRAMME.CODE.eq(code)).fetchSingle(PROGRAMME.ID);
    }

    private static String row(String label, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return "%-24s %8.1f %8.1f %8.1f%n".formatted(label, PathTimer.percentile(sorted, 50),
                PathTimer.percentile(sorted, 90), sorted[sorted.length - 1]);
    }
}
