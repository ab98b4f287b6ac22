package org.regiomonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regiomonitor.bench.PathTimer.Figures;
import org.regiomonitor.bench.PathTimer.ReadPath;
import org.regiomonitor.results.Aggregation;
import org.regiomonitor.results.RollUps;
import org.regiomonitor.results.RollUps.Figure;
import org.regiomonitor.results.RollUps.Window;
import org.regiomonitor.results.internal.ProgrammeTotals;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.results.internal.UpdateService;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark of the results read paths (issue 7, acceptance 6), run with
 * {@code ./mvnw -Pbench verify -Dtest=ResultsBench} (never part of the normal suite). It starts the whole application
 * on its own embedded PostgreSQL, adds a SYNTHETIC results programme ({@link SyntheticResults}: 1,000 projects x 10
 * indicators x 10 periods with approved, corrected, open and returned updates and disaggregations; never shipped)
 * and measures, one anonymous request at a time after a warm-up, the programme's results page and the results API
 * (roll-ups and lists), with a static file as reference ({@link PathTimer}). Then it times the roll-up engine's
 * SQL ({@link RollUps#figures}) against a hand-written single SQL aggregate of the same figures, after asserting
 * that both give the same figures. It prints figures and whether the targets (median under 100 ms, p95 under
 * 250 ms) were met; it fails on a wrong figure, a non-200 answer or a statement count that grows with the requests,
 * never on timing. Knobs: {@code bench.warmup} (10), {@code bench.requests} (50), {@code bench.results.projects}
 * (1000), {@code bench.sql.runs} (20), {@code bench.explain} (false: print {@code EXPLAIN (ANALYZE, BUFFERS)} of the
 * engine's and the hand-written statement), {@code bench.hold} (0: seconds to wait after loading, to look at the
 * database with psql; fix its port with {@code regiomonitor.embedded-postgres.port}). The output is also written to {@code target/bench/results.txt}.
 */
@Tag("bench")
// The property keeps this context (and so its database) apart from ReadPathBench's.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "regiomonitor.bench=results")
@ActiveProfiles("test")
@Import({QueryCounter.class, SqlTimer.class})
class ResultsBench {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 50);
    private static final int PROJECTS = Integer.getInteger("bench.results.projects", 1000);
    private static final int SQL_RUNS = Integer.getInteger("bench.sql.runs", 20);
    private static final boolean EXPLAIN = Boolean.getBoolean("bench.explain");
    private static final int HOLD = Integer.getInteger("bench.hold", 0);
    private static final int APPROVALS = Integer.getInteger("bench.approvals", 5);
    private static final String STATIC_FILE = "/css/app.css";
    private static final double TARGET_MEDIAN = 100;
    private static final double TARGET_P95 = 250;

    /**
     * The programme's figures per lower-case catalogue code and period, by hand: per-period values summed over the
     * periods inside the window; cumulative ones the latest counted value per indicator at or before the window's
     * end, summed; percentages as sums of numerators and denominators. Counted: approved and not superseded by an
     * approved correction; published projects of the programme; catalogue indicators only.
     */
    static final String HAND_WRITTEN = """
            with w as (
              select id, start_date, end_date from reporting_period where programme_id = ?
            ), s as (
              select i.id as indicator_id, lower(ci.code) as code, i.cumulative
              from indicator i
              join catalogue_indicator ci on ci.id = i.catalogue_indicator_id
              join result r on r.id = i.result_id
              join project pj on pj.id = r.project_id
              where pj.published and i.measure <> 'QUALITATIVE'
                and r.project_id in (select project_id from project_programme where programme_id = ?)
            ), v as (
              select u.indicator_id, u.value, u.numerator, u.denominator, rp.start_date, rp.end_date
              from result_update u join reporting_period rp on rp.id = u.period_id
              where u.status = 'APPROVED'
                and not exists (select 1 from result_update c where c.supersedes_id = u.id and c.status = 'APPROVED')
            ), counted as (
              select w.id as window_id, s.code, v.value, v.numerator, v.denominator
              from w join v on v.start_date >= w.start_date and v.end_date <= w.end_date
              join s on s.indicator_id = v.indicator_id and not s.cumulative
              union all
              select * from (
                select distinct on (w.id, s.indicator_id) w.id, s.code, v.value, v.numerator, v.denominator
                from w join v on v.end_date <= w.end_date
                join s on s.indicator_id = v.indicator_id and s.cumulative
                order by w.id, s.indicator_id, v.end_date desc) latest
            )
            select code, window_id::varchar, sum(value), sum(numerator), sum(denominator)
            from counted group by code, window_id order by code, window_id
            """;

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Autowired
    QueryCounter queries;

    @Autowired
    SqlTimer sqlTimer;

    @Autowired
    RollUps rollUps;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ProgrammeTotals programmeTotals;

    @Autowired
    UpdateService updates;

    @Autowired
    UserAdministration users;

    @Test
    void results() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("Regiomonitor results benchmark (issue 7), ").append(ZonedDateTime.now()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        out.append(PathTimer.machine(WARMUP, REQUESTS)).append('\n');

        long start = System.nanoTime();
        SyntheticResults.Written data = new SyntheticResults(dsl).add(PROJECTS);
        dsl.execute("analyze"); // what autovacuum would soon do after a bulk load
        out.append("Synthetic results rows added in ").append((System.nanoTime() - start) / 1_000_000).append(" ms: ")
                .append(data.rows()).append('\n');
        out.append("counted (approved, not superseded) updates: ").append(dsl.fetchValue("""
                select count(*) from result_update u where u.status = 'APPROVED' and not exists
                (select 1 from result_update c where c.supersedes_id = u.id and c.status = 'APPROVED')""")).append("\n\n");

        if (HOLD > 0) { // time to look at the loaded database with psql (fix its port: regiomonitor.embedded-postgres.port)
            System.out.println("Holding the loaded database for " + HOLD + " s");
            Thread.sleep(HOLD * 1000L);
        }
        out.append(paths(data));
        out.append(sqlComparison(data.programmeId()));
        out.append(approvals(data.programmeId()));

        System.out.println("\n" + out);
        Path file = Path.of("target", "bench", "results.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private String paths(SyntheticResults.Written data) throws IOException, InterruptedException {
        long programme = data.programmeId();
        List<Long> projects = data.sampleProjects();
        List<Long> indicators = data.sampleIndicators();
        String code = SyntheticResults.PROGRAMME_CODE;
        List<ReadPath> paths = List.of(
                new ReadPath("GET " + STATIC_FILE + " (static)", n -> STATIC_FILE),
                new ReadPath("GET /programmes/" + code + "/results", n -> "/programmes/" + code + "/results"),
                new ReadPath("GET /api/programmes/{id}/roll-ups", n -> "/api/programmes/" + programme + "/roll-ups"),
                new ReadPath("GET /api/roll-ups?from&to&programme", n -> "/api/roll-ups?from=2021-01-01&to=2025-12-31"
                        + "&programme=" + programme),
                new ReadPath("GET /api/programmes/{id}/catalogue", n -> "/api/programmes/" + programme + "/catalogue"),
                new ReadPath("GET /api/programmes/{id}/periods", n -> "/api/programmes/" + programme + "/periods"),
                new ReadPath("GET /projects/{id}/results (20 ids)",
                        n -> "/projects/" + projects.get(n % projects.size()) + "/results"),
                new ReadPath("GET /api/projects/{id}/results (20 ids)",
                        n -> "/api/projects/" + projects.get(n % projects.size()) + "/results"),
                new ReadPath("GET /api/projects/{id}/roll-ups (20 ids)",
                        n -> "/api/projects/" + projects.get(n % projects.size()) + "/roll-ups"),
                new ReadPath("GET /api/indicators/{id}/updates (" + indicators.size() + ")",
                        n -> "/api/indicators/" + indicators.get(n % indicators.size()) + "/updates"));
        PathTimer timer = new PathTimer(port, queries, sqlTimer, WARMUP, REQUESTS);
        List<Figures> figures = new ArrayList<>();
        for (ReadPath path : paths) {
            figures.add(timer.measure(path));
        }
        StringBuilder table = new StringBuilder(PathTimer.table("Results read paths, anonymous visitor (programme "
                + code + ", " + PROJECTS + " synthetic projects)", figures, dsl, EXPLAIN));
        table.append("targets (median < ").append((int) TARGET_MEDIAN).append(" ms, p95 < ").append((int) TARGET_P95)
                .append(" ms):");
        for (Figures f : figures.subList(1, figures.size())) {
            boolean met = f.median() < TARGET_MEDIAN && f.p95() < TARGET_P95;
            table.append("\n  ").append(met ? "met     " : "NOT MET ").append(f.path());
            // A bounded number of queries: the same for every request of a path, whatever the data.
            assertThat(f.maxStatements()).as("statements per request of %s", f.path()).isEqualTo(f.minStatements());
        }
        table.append("\n\n");
        System.out.print(table);
        return table.toString();
    }

    /**
     * CPU ms per run of each statement in the PostgreSQL backend process (user + system time from /proc, 10 ms ticks,
     * over {@link #SQL_RUNS} runs), all on one connection with parallel query off so that no worker's time is missed.
     */
    private double[] backendCpuMillis(List<Supplier<Object>> statements) {
        return new TransactionTemplate(transactions).execute(status -> {
            dsl.execute("set local max_parallel_workers_per_gather = 0");
            long pid = dsl.fetchSingle("select pg_backend_pid()").get(0, Long.class);
            double[] millis = new double[statements.size()];
            for (int s = 0; s < statements.size(); s++) {
                statements.get(s).get();
                long before = cpuTicks(pid);
                for (int run = 0; run < SQL_RUNS; run++) {
                    statements.get(s).get();
                }
                millis[s] = (cpuTicks(pid) - before) * 10.0 / SQL_RUNS;
            }
            return millis;
        });
    }

    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The engine's statement against the hand-written aggregate: equal figures first (asserted), then the SQL time of
     * each ({@link SqlTimer}: from the start of the statement to the end of fetching), alternating, after a warm-up,
     * and the CPU time of the PostgreSQL backend for each.
     */
    private String sqlComparison(long programme) {
        List<Window> windows = dsl.selectFrom(REPORTING_PERIOD).where(REPORTING_PERIOD.PROGRAMME_ID.eq(programme))
                .orderBy(REPORTING_PERIOD.START_DATE)
                .fetch(r -> new Window(String.valueOf(r.getId()), r.getStartDate(), r.getEndDate()));
        RollUps.Scope scope = rollUps.programme(programme, false);

        List<Figure> engine = rollUps.figures(scope, windows);
        Map<String, BigDecimal[]> hand = new TreeMap<>();
        dsl.fetch(HAND_WRITTEN, programme, programme).forEach(r -> hand.put(r.get(0, String.class) + "|" + r.get(1,
                String.class), new BigDecimal[] {r.get(2, BigDecimal.class), r.get(3, BigDecimal.class),
                    r.get(4, BigDecimal.class)}));
        Map<String, BigDecimal[]> rolled = new TreeMap<>();
        for (Figure f : engine) {
            boolean ratio = f.aggregation() == Aggregation.RATIO_OF_SUMS || f.aggregation() == Aggregation.RATIO_OF_LATEST;
            rolled.put(f.group() + "|" + f.window(), new BigDecimal[] {ratio ? null : f.value(), f.numerator(),
                f.denominator()});
        }
        assertThat(rolled.keySet()).as("figures (catalogue code | period)").isEqualTo(hand.keySet());
        assertThat(rolled).hasSize(10 * SyntheticResults.PERIODS);
        rolled.forEach((key, figure) -> {
            for (int i = 0; i < 3; i++) {
                BigDecimal expected = hand.get(key)[i];
                if (expected == null) {
                    assertThat(figure[i]).as("%s column %d", key, i).isNull();
                } else {
                    assertThat(figure[i]).as("%s column %d", key, i).isEqualByComparingTo(expected);
                }
            }
        });

        double[][] times = new double[3][SQL_RUNS];
        List<Supplier<Object>> statements = List.of(() -> rollUps.figures(scope, windows),
                () -> dsl.fetch(HAND_WRITTEN, programme, programme), () -> rollUps.byMunicipality(scope, windows));
        for (int run = -3; run < SQL_RUNS; run++) {
            for (int s = 0; s < statements.size(); s++) {
                sqlTimer.reset();
                statements.get(s).get();
                if (run >= 0) {
                    times[s][run] = sqlTimer.millis();
                }
            }
        }
        double[] cpu = backendCpuMillis(statements);
        StringBuilder table = new StringBuilder("Roll-up SQL against a hand-written single SQL aggregate of the same ")
                .append(engine.size()).append(" figures (10 catalogue indicators x ").append(SyntheticResults.PERIODS)
                .append(" periods; asserted equal), ").append(SQL_RUNS).append(" runs each after 3 warm-up\n");
        String format = "%-52s %8s %8s %8s %12s%n";
        table.append(format.formatted("statement", "median", "p95", "max", "backend CPU"));
        String[] labels = {"RollUps.figures (the engine, one statement)", "hand-written SQL aggregate",
            "RollUps.byMunicipality (engine, for reference)"};
        for (int s = 0; s < labels.length; s++) {
            Arrays.sort(times[s]);
            table.append(format.formatted(labels[s], PathTimer.ms(PathTimer.percentile(times[s], 50)),
                    PathTimer.ms(PathTimer.percentile(times[s], 95)), PathTimer.ms(times[s][SQL_RUNS - 1]),
                    PathTimer.ms(cpu[s])));
        }
        table.append("(SQL ms: from the start of the statement to the end of fetching its rows; backend CPU: CPU time of the"
                + " PostgreSQL backend per run, without parallel workers, so that the machine's load does not count)\n");
        if (EXPLAIN) {
            sqlTimer.reset();
            rollUps.figures(scope, windows);
            table.append("EXPLAIN of the engine's statement:\n");
            dsl.fetch("explain (analyze, buffers) " + sqlTimer.slowestSql())
                    .forEach(r -> table.append("    ").append(r.get(0)).append('\n'));
            table.append("EXPLAIN of the hand-written statement:\n");
            dsl.fetch("explain (analyze, buffers) " + HAND_WRITTEN, programme, programme)
                    .forEach(r -> table.append("    ").append(r.get(0)).append('\n'));
        }
        table.append('\n');
        System.out.print(table);
        return table.toString();
    }

    /**
     * What a write costs now that the programme's totals are stored in the transaction that moves them: the time of
     * one approval (the service call, commit included, which recomputes the programme), and of the recompute alone.
     */
    private String approvals(long programme) {
        String name = "bench-admin-" + System.nanoTime();
        var admin = TestUsers.authentication(TestUsers.principal(users.createUser(name, name, "bench-password-1",
                Role.ADMIN), name, Role.ADMIN));
        List<Long> open = dsl.fetch("""
                select u.id from result_update u join indicator i on i.id = u.indicator_id
                join result r on r.id = i.result_id join project_programme pp on pp.project_id = r.project_id
                where pp.programme_id = ? and u.status in ('SUBMITTED', 'RESUBMITTED') order by u.id limit ?""",
                programme, APPROVALS).getValues(0, Long.class);
        double[] approve = new double[open.size()];
        for (int n = 0; n < open.size(); n++) {
            long id = open.get(n);
            int version = dsl.fetchSingle("select version from result_update where id = ?", id).get(0, Integer.class);
            long start = System.nanoTime();
            updates.approve(id, new ReviewInput(null, version), admin);
            approve[n] = (System.nanoTime() - start) / 1e6;
        }
        double[] recompute = new double[APPROVALS];
        for (int n = 0; n < APPROVALS; n++) {
            long start = System.nanoTime();
            new TransactionTemplate(transactions).executeWithoutResult(s -> {
                dsl.execute("update programme_result_state set dirty = true where programme_id = ?", programme);
                programmeTotals.recomputeDirty();
            });
            recompute[n] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(approve);
        Arrays.sort(recompute);
        String format = "%-52s %5s %8s %8s%n";
        String table = "Writes: the programme's totals are recomputed in the transaction that moves them\n"
                + format.formatted("write", "n", "median", "max")
                + format.formatted("approve one update (service call, commit included)", approve.length,
                        PathTimer.ms(PathTimer.percentile(approve, 50)), PathTimer.ms(approve[approve.length - 1]))
                + format.formatted("recompute the programme alone (both views)", recompute.length,
                        PathTimer.ms(PathTimer.percentile(recompute, 50)), PathTimer.ms(recompute[recompute.length - 1]))
                + "\n";
        System.out.print(table);
        return table;
    }
}
