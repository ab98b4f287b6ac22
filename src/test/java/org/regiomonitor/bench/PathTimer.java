package org.regiomonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.jooq.DSLContext;
import org.regiomonitor.support.QueryCounter;

/**
 * The benchmarks' one way of measuring read paths: one request at a time over loopback after a warm-up, with
 * latency percentiles, SQL statements per request ({@link QueryCounter}), SQL time ({@link SqlTimer}), response
 * size and process CPU time, and the table that prints them (the first path is the static reference file).
 */
final class PathTimer {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** Paths slower than this (median, ms) get their slowest SQL statement printed. */
    private static final double SLOW_MS = 100;

    /** One path's figures; {@code slowest} is the slowest request's {@link Stall}. */
    record Figures(String path, int requests, double median, double p95, double p99, double max, int minStatements,
            int maxStatements, double sqlMedian, long meanBytes, double cpuMillis, double slowestMillis,
            String slowestSql, Stall slowest) {
    }

    /**
     * Where one request's time went besides its work, to explain a p95 far above the median: SQL time, the JVM's
     * stop-the-world GC pauses, JIT compilation (compiler threads, competing for the cores), the process's CPU time,
     * the time the JVM's threads waited for a core (run queue, {@code /proc/self/task/}{@code *}{@code /schedstat}),
     * and the machine's CPU pressure (time some task waited for a core, {@code /proc/pressure/cpu}); in ms. The
     * last two are -1 where Linux does not say.
     */
    record Stall(double millis, double sql, double gcPauses, double jit, double cpu, double jvmRunQueue,
            double cpuPressure) {

        @Override
        public String toString() {
            return "%.1f ms: SQL %.1f, GC pauses %.1f, JIT %.1f, process CPU %.1f, JVM threads waiting for a core %s,"
                    .formatted(millis, sql, gcPauses, jit, cpu, known(jvmRunQueue))
                    + " CPU pressure %s".formatted(known(cpuPressure));
        }

        private static String known(double value) {
            return value < 0 ? "n/a" : "%.1f".formatted(value);
        }
    }

    /** The counters a {@link Stall} is the difference of, read before and after a request. */
    private record Counters(long gcMillis, long jitMillis, long cpuNanos, long runQueueNanos, long pressureMicros) {

        private static final List<java.lang.management.GarbageCollectorMXBean> PAUSING = ManagementFactory
                .getGarbageCollectorMXBeans().stream()
                // ZGC's cycles run beside the application: not pauses. G1's "G1 Concurrent GC" counts its Remark and
                // Cleanup pauses (up to 64 ms here, when the code cache starts a cycle), so it stays.
                .filter(gc -> !gc.getName().contains("Cycles"))
                .toList();
        private static final java.lang.management.CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

        static Counters now() {
            return new Counters(PAUSING.stream().mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
                    .sum(), JIT == null ? 0 : JIT.getTotalCompilationTime(), OS.getProcessCpuTime(), readRunQueueNanos(),
                    readPressureMicros());
        }

        Stall since(Counters before, double millis, double sql) {
            return new Stall(millis, sql, gcMillis - before.gcMillis, jitMillis - before.jitMillis,
                    (cpuNanos - before.cpuNanos) / 1e6,
                    runQueueNanos < 0 || before.runQueueNanos < 0 ? -1 : (runQueueNanos - before.runQueueNanos) / 1e6,
                    pressureMicros < 0 || before.pressureMicros < 0 ? -1 : (pressureMicros - before.pressureMicros) / 1e3);
        }

        /** The time all of this process's threads spent runnable but not running (schedstat's second field). */
        private static long readRunQueueNanos() {
            java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
            if (tasks == null) {
                return -1;
            }
            long sum = 0;
            for (java.io.File task : tasks) {
                try {
                    String[] fields = java.nio.file.Files.readString(task.toPath().resolve("schedstat")).trim().split(" ");
                    sum += Long.parseLong(fields[1]);
                } catch (IOException | RuntimeException gone) {
                    // a thread that ended meanwhile
                }
            }
            return sum;
        }

        /** "some ... total=" of the machine's CPU pressure, in microseconds. */
        private static long readPressureMicros() {
            try {
                String some = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/pressure/cpu")).getFirst();
                return Long.parseLong(some.substring(some.indexOf("total=") + 6).trim());
            } catch (IOException | RuntimeException unknown) {
                return -1;
            }
        }
    }

    /** A read path; {@code uri} gets the request number, so detail pages can cycle through ids. */
    record ReadPath(String label, IntFunction<String> uri) {
    }

    private final HttpClient http;
    /** The {@code Authorization} header of every request, or null. */
    private final String authorization;
    private final int port;
    private final QueryCounter queries;
    private final SqlTimer sqlTimer;
    private final int warmup;
    private final int requests;
    /** The pool's size and the bursts of that many concurrent requests before the warm-up ({@link #onEveryConnection}). */
    private final int connections;
    private final int rounds;

    PathTimer(int port, QueryCounter queries, SqlTimer sqlTimer, int warmup, int requests) {
        this(port, queries, sqlTimer, warmup, requests, client(), null);
    }

    /** A timer whose requests go through {@code http} (e.g. with a logged-in session's cookies) with {@code authorization}. */
    PathTimer(int port, QueryCounter queries, SqlTimer sqlTimer, int warmup, int requests, HttpClient http,
            String authorization) {
        this(port, queries, sqlTimer, warmup, requests, http, authorization, 1, 0);
    }

    private PathTimer(int port, QueryCounter queries, SqlTimer sqlTimer, int warmup, int requests, HttpClient http,
            String authorization, int connections, int rounds) {
        this.connections = connections;
        this.rounds = rounds;
        this.http = http;
        this.authorization = authorization;
        this.port = port;
        this.queries = queries;
        this.sqlTimer = sqlTimer;
        this.warmup = warmup;
        this.requests = requests;
    }

    Figures measure(ReadPath path) throws IOException, InterruptedException {
        warmEveryConnection(path);
        for (int i = 0; i < warmup; i++) {
            get(path.uri().apply(i));
        }
        double[] millis = new double[requests];
        double[] sqlMillis = new double[requests];
        double slowestMillis = 0;
        String slowestSql = null;
        int minStatements = Integer.MAX_VALUE;
        int maxStatements = 0;
        long bytes = 0;
        long cpuStart = OS.getProcessCpuTime();
        Stall slowest = null;
        for (int i = 0; i < requests; i++) {
            String uri = path.uri().apply(i);
            queries.reset();
            sqlTimer.reset();
            Counters before = Counters.now();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = get(uri);
            millis[i] = (System.nanoTime() - start) / 1e6;
            sqlMillis[i] = sqlTimer.millis();
            if (slowest == null || millis[i] > slowest.millis()) {
                slowest = Counters.now().since(before, millis[i], sqlMillis[i]);
            }
            if (sqlTimer.slowestMillis() > slowestMillis) {
                slowestMillis = sqlTimer.slowestMillis();
                slowestSql = sqlTimer.slowestSql();
            }
            int statements = queries.count();
            minStatements = Math.min(minStatements, statements);
            maxStatements = Math.max(maxStatements, statements);
            bytes += response.body().length;
        }
        double cpuMillis = (OS.getProcessCpuTime() - cpuStart) / 1e6 / requests;
        Arrays.sort(millis);
        Arrays.sort(sqlMillis);
        System.out.printf("  measured %-40s median %.1f ms%n", path.label(), percentile(millis, 50));
        return new Figures(path.label(), requests, percentile(millis, 50), percentile(millis, 95),
                percentile(millis, 99), millis[millis.length - 1], minStatements, maxStatements, percentile(sqlMillis, 50),
                bytes / requests, cpuMillis, slowestMillis, slowestSql, slowest);
    }

    /**
     * The table of the figures under the heading; the first figures are the static file's, the reference of the
     * "x static" columns. Paths slower than {@link #SLOW_MS} get their slowest statement, and with {@code explain}
     * its {@code EXPLAIN (ANALYZE, BUFFERS)} plan.
     */
    static String table(String heading, List<Figures> figures, DSLContext dsl, boolean explain) {
        StringBuilder table = new StringBuilder(heading).append('\n');
        String format = "%-40s %5s %8s %8s %8s %8s %7s %7s %9s %8s %7s %8s%n";
        table.append(format.formatted("path", "reqs", "median", "p95", "p99", "max", "SQL/req", "SQL ms", "KiB/resp",
                "x static", "CPU ms", "x static"));
        Figures staticFile = figures.getFirst();
        for (Figures f : figures) {
            String statements = f.minStatements() == f.maxStatements() ? String.valueOf(f.minStatements())
                    : f.minStatements() + "-" + f.maxStatements();
            table.append(format.formatted(f.path(), f.requests(), ms(f.median()), ms(f.p95()), ms(f.p99()),
                    ms(f.max()), statements, ms(f.sqlMedian()), f.meanBytes() / 1024,
                    ms(f.median() / staticFile.median()), ms(f.cpuMillis()), ms(f.cpuMillis() / staticFile.cpuMillis())));
        }
        table.append("(latencies in ms; SQL ms = median time spent in jOOQ statements per request; CPU ms = process CPU"
                + " time per request (server and client; PostgreSQL is another process); x static = the column"
                + " before as a multiple of the static file's)\n");
        for (Figures f : figures) {
            if (f.slowest() != null && f.p95() > 2 * f.median() && f.p95() > 20) {
                table.append("outlier ").append(f.path()).append(": p95 %.1f, median %.1f; slowest request ".formatted(
                        f.p95(), f.median())).append(f.slowest()).append('\n');
            }
        }
        for (Figures f : figures) {
            if (f.median() > SLOW_MS && f.slowestSql() != null) {
                table.append("slow path ").append(f.path()).append(": slowest statement ").append(ms(f.slowestMillis()))
                        .append(" ms: ").append(abbreviate(f.slowestSql(), 400)).append('\n');
                if (explain) {
                    dsl.fetch("explain (analyze, buffers) " + f.slowestSql())
                            .forEach(r -> table.append("    ").append(r.get(0)).append('\n'));
                }
            }
        }
        table.append('\n');
        return table.toString();
    }

    /** The benchmarks' HTTP client: HTTP/1.1 over loopback, no cookies, redirects not followed. */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The same timer with other numbers of requests, and no concurrent warm-up (for slow paths and downloads). */
    PathTimer withRequests(int warmupRequests, int measuredRequests) {
        return new PathTimer(port, queries, sqlTimer, warmupRequests, measuredRequests, http, authorization);
    }

    /**
     * The same timer, warming each path up first with {@code rounds} bursts of {@code poolSize} concurrent requests, so
     * that every connection of the pool has served it as often as a running server's have. Sequential requests do not
     * keep to one connection: Tomcat hands them to its threads in turn, and each thread takes the connection it used
     * last. A connection new to a page costs more on two counts: its PostgreSQL backend takes a page fault on every
     * shared buffer it touches for the first time (slow on these virtual machines: the municipality page's money lines
     * took 54 ms on a new connection, 930 faults, and 11 ms after), and a statement is planned on every run until the
     * driver has prepared it (5th run) and PostgreSQL has settled on a generic plan (5 runs later).
     */
    PathTimer onEveryConnection(int poolSize, int rounds) {
        return new PathTimer(port, queries, sqlTimer, warmup, requests, http, authorization, poolSize, rounds);
    }

    private void warmEveryConnection(ReadPath path) throws IOException, InterruptedException {
        for (int round = 0; round < rounds && connections > 1; round++) {
            burst(path);
        }
    }

    private void burst(ReadPath path) throws IOException, InterruptedException {
        try (var parallel = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<byte[]>>> sent = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                String uri = path.uri().apply(i);
                sent.add(parallel.submit(() -> get(uri)));
            }
            for (var response : sent) {
                try {
                    response.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new AssertionError(e.getCause());
                }
            }
        }
    }

    HttpResponse<byte[]> get(String uri) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + uri))
                .timeout(Duration.ofSeconds(120)).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder.build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        // A benchmark of error pages would measure nothing useful.
        assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
        return response;
    }

    /** Process CPU time so far, in ns (server and client; PostgreSQL is another process). */
    static long processCpuNanos() {
        return OS.getProcessCpuTime();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static String abbreviate(String sql, int max) {
        String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + " ...";
    }

    static String ms(double value) {
        return "%.1f".formatted(value);
    }

    /** The machine line every benchmark prints under its title. */
    static String machine(int warmup, int requests) {
        return "JDK " + Runtime.version() + " (" + System.getProperty("java.vm.name") + "), "
                + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + ' '
                + System.getProperty("os.arch") + "; sequential requests over loopback, warm-up " + warmup + ", measured "
                + requests + " per path\n";
    }
}
