package org.regiomonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regiomonitor.bench.PathTimer.Figures;
import org.regiomonitor.bench.PathTimer.ReadPath;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark of the main read paths, run with {@code ./mvnw -Pbench verify} (never part of the normal
 * suite: surefire's default includes do not match {@code *Bench}, and the {@code bench} profile runs
 * only these classes). It starts the whole application on a random loopback port with its own
 * embedded PostgreSQL (the Twente reference data loads at start-up) and measures, with a plain
 * {@link HttpClient}, one request at a time after a warm-up:
 * <ol>
 * <li>the reference data as shipped;</li>
 * <li>the same plus synthetic rows ({@link SyntheticData}, clearly marked, never shipped).</li>
 * </ol>
 * For each path it prints requests, median / p95 / p99 / max latency in ms, and the SQL statements
 * per request counted by a jOOQ listener ({@link QueryCounter}), which shows whether query counts
 * stay bounded as data grows, plus the time spent in SQL ({@link SqlTimer}) to tell database from
 * rendering. For paths slower than 100 ms (median) it prints the slowest statement, and with
 * {@code -Dbench.explain=true} its {@code EXPLAIN (ANALYZE, BUFFERS)} plan. A static file is measured in the
 * same run, and every path's median is also given as a multiple of the static file's. After the
 * sequential run of the reference data, a bounded throughput run sends a fixed number of requests from
 * {@code bench.clients} concurrent clients over loopback to the dashboard, the project list and the
 * static file, and prints requests per second, p50/p95 and the process CPU time per request. It prints
 * figures only: it fails when a path does not answer 200, never on timing. Knobs (system properties):
 * {@code bench.warmup} (default 30), {@code bench.requests} (200), {@code bench.clients} (50),
 * {@code bench.throughput} (requests per path in the throughput run, 2000; 0 skips it), {@code bench.scaled}
 * (true; false skips scenario 2), {@code bench.projects} (5000), {@code bench.vouchers} (2000),
 * {@code bench.organisations} (300). The table is also written to {@code target/bench/read-paths.txt}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({QueryCounter.class, SqlTimer.class})
class ReadPathBench {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 50);
    private static final int THROUGHPUT = Integer.getInteger("bench.throughput", 2000);
    private static final boolean SCALED = Boolean.parseBoolean(System.getProperty("bench.scaled", "true"));
    /** Every page's median is also given as a multiple of this static file's. */
    private static final String STATIC_FILE = "/css/app.css";
    private static final SyntheticData.Size SCALE = SyntheticData.Size.twente(Integer.getInteger("bench.projects", 5000),
            Integer.getInteger("bench.vouchers", 2000), Integer.getInteger("bench.organisations", 300));
    /** Project detail pages cycle through this many published projects, spread over the id range. */
    private static final int DETAIL_SAMPLE = 20;
    private static final boolean EXPLAIN = Boolean.getBoolean("bench.explain");

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Autowired
    QueryCounter queries;

    @Autowired
    SqlTimer sqlTimer;

    private PathTimer timer;

    @Test
    void readPaths() throws Exception {
        timer = new PathTimer(port, queries, sqlTimer, WARMUP, REQUESTS);
        StringBuilder out = new StringBuilder();
        out.append("Regiomonitor read-path benchmark, ").append(ZonedDateTime.now()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        out.append(PathTimer.machine(WARMUP, REQUESTS)).append('\n');

        out.append(scenario("1. Reference data as shipped"));
        if (THROUGHPUT > 0) {
            out.append(throughput());
        }
        if (SCALED) {
            out.append(scaled());
        }

        System.out.println("\n" + out);
        Path file = Path.of("target", "bench", "read-paths.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private String scaled() throws IOException, InterruptedException {
        StringBuilder out = new StringBuilder();
        long start = System.nanoTime();
        Map<String, Integer> added = new SyntheticData(dsl).add(SCALE);
        dsl.execute("analyze"); // what autovacuum would soon do after a bulk load
        out.append("Synthetic rows added in ").append((System.nanoTime() - start) / 1_000_000).append(" ms: ")
                .append(added).append("\n\n");

        out.append(scenario("2. Scaled up with synthetic rows (" + SCALE.projects() + " projects, "
                + SCALE.vouchers() + " vouchers)"));
        return out.toString();
    }

    private String scenario(String title) throws IOException, InterruptedException {
        long programme = dsl.select(PROGRAMME.ID).from(PROGRAMME).where(PROGRAMME.CODE.eq("AVT-2023"))
                .fetchSingle(PROGRAMME.ID);
        List<Long> published = dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.PUBLISHED).orderBy(PROJECT.ID)
                .fetch(PROJECT.ID);
        assertThat(published).isNotEmpty();
        long[] detailIds = new long[Math.min(DETAIL_SAMPLE, published.size())];
        for (int i = 0; i < detailIds.length; i++) {
            detailIds[i] = published.get((int) ((long) i * published.size() / detailIds.length));
        }

        List<ReadPath> paths = List.of(
                new ReadPath("GET " + STATIC_FILE + " (static)", n -> STATIC_FILE),
                new ReadPath("GET /", n -> "/"),
                new ReadPath("GET /projects?size=50", n -> "/projects?page=0&size=50"),
                new ReadPath("GET /projects?programme=AVT-2023", n -> "/projects?programme=" + programme + "&size=50"),
                new ReadPath("GET /projects?q=talent", n -> "/projects?q=talent&size=50"),
                // a filter that few projects match (one synthetic title), where an index pays most
                new ReadPath("GET /projects?q=00042", n -> "/projects?q=00042&size=50"),
                new ReadPath("GET /organisations?q=techniek", n -> "/organisations?q=techniek"),
                new ReadPath("GET /projects/{id} (" + detailIds.length + " ids)",
                        n -> "/projects/" + detailIds[n % detailIds.length]),
                new ReadPath("GET /programmes/AVT-2023/finance", n -> "/programmes/" + programme + "/finance"),
                new ReadPath("GET /areas/GM0153", n -> "/areas/GM0153"),
                new ReadPath("GET /search?q=innovatie", n -> "/search?q=innovatie"),
                new ReadPath("GET /api/projects?size=200", n -> "/api/projects?size=200"),
                new ReadPath("GET /api/areas/geojson?region=CR12", n -> "/api/areas/geojson?region=CR12"));

        List<Figures> figures = new ArrayList<>();
        for (ReadPath path : paths) {
            figures.add(timer.measure(path));
        }
        String table = PathTimer.table(title + "\nrows: " + SyntheticData.counts(dsl), figures, dsl, EXPLAIN);
        System.out.print(table);
        return table;
    }

    /**
     * Bounded throughput run over loopback: per path, {@link #CLIENTS} clients send {@link #THROUGHPUT}
     * requests in all, each client its next request as soon as its last one is answered. CPU ms/req is the
     * process CPU time (server and the benchmark's own client; PostgreSQL runs in its own process) per
     * request.
     */
    private String throughput() throws Exception {
        StringBuilder table = new StringBuilder("Throughput: reference data, ").append(CLIENTS)
                .append(" concurrent clients, ").append(THROUGHPUT).append(" requests per path\n");
        String format = "%-40s %7s %9s %8s %8s %8s %11s %8s%n";
        table.append(format.formatted("path", "reqs", "req/s", "p50", "p95", "max", "CPU ms/req", "x static"));
        double staticCpu = 0;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (String uri : List.of(STATIC_FILE, "/", "/projects")) {
                double[] millis = new double[THROUGHPUT];
                AtomicInteger next = new AtomicInteger();
                long cpuStart = PathTimer.processCpuNanos();
                long start = System.nanoTime();
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    running.add(clients.submit(() -> {
                        for (int i = next.getAndIncrement(); i < THROUGHPUT; i = next.getAndIncrement()) {
                            long sent = System.nanoTime();
                            timer.get(uri);
                            millis[i] = (System.nanoTime() - sent) / 1e6;
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuMillis = (PathTimer.processCpuNanos() - cpuStart) / 1e6;
                Arrays.sort(millis);
                double cpu = cpuMillis / THROUGHPUT;
                staticCpu = uri.equals(STATIC_FILE) ? cpu : staticCpu;
                table.append(format.formatted("GET " + uri, THROUGHPUT, PathTimer.ms(THROUGHPUT / seconds),
                        PathTimer.ms(PathTimer.percentile(millis, 50)), PathTimer.ms(PathTimer.percentile(millis, 95)),
                        PathTimer.ms(millis[millis.length - 1]), PathTimer.ms(cpu), PathTimer.ms(cpu / staticCpu)));
            }
        } finally {
            clients.shutdownNow();
        }
        table.append("(latencies in ms, from sending a request to its last byte; x static = CPU ms/req as a multiple"
                + " of the static file's)\n\n");
        System.out.print(table);
        return table.toString();
    }
}
