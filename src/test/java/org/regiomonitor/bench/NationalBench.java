package org.regiomonitor.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.Areas;
import org.regiomonitor.bench.PathTimer.Figures;
import org.regiomonitor.bench.PathTimer.ReadPath;
import org.regiomonitor.monitor.MonitorImports;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.shared.web.AnonymousPageCache;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole-product benchmark at national scale (issue 10), run with {@code ./mvnw -Pbench verify -Dtest=NationalBench}
 * (never part of the normal suite). It starts the application on its own embedded PostgreSQL, builds the SYNTHETIC
 * national dataset ({@link NationalData}, never shipped) and measures, one request at a time over loopback after a
 * warm-up ({@link PathTimer}), every page type and API list (the GET routes of the controllers, with ids of rows of
 * the dataset): HTML pages as an anonymous visitor, again as an administrator where the page differs (unpublished
 * rows) and the administrator's own pages and forms; the API lists (default paging) and items, anonymous, and the
 * administrator's API with a personal API token; downloads and documents in a table of their own (few requests: they are the
 * whole data by design). A static file is the first row of every table. Rows over 100 ms p95 or 300 KiB are flagged
 * with their slowest statement. Then the key aggregates as raw SQL in the same run (the dashboard's money totals,
 * the project list's page, a project), and a bounded concurrent run: {@code bench.clients} anonymous clients send
 * {@code bench.concurrent} requests in all, alternately the dashboard and a project page (cycling through published
 * projects), counting non-200 answers and exceptions, once with every page rendered and once with the anonymous page
 * cache on ({@link AnonymousPageCache}; the sequential sections measure pages as rendered). It prints figures only and fails on no timing; a path that does
 * not answer 200 is listed, not fatal. Output also in {@code target/bench/national.txt}.
 *
 * <p>Knobs: {@code bench.scale} (1.0 = the issue's numbers; 0.1 for a quick run), {@code bench.warmup} (5),
 * {@code bench.requests} (30; paths whose first request takes over a second get warm-up 1 and 5 requests, over
 * five seconds 2 requests), {@code bench.clients} (50),
 * {@code bench.concurrent} (3000; 0 skips the run), {@code bench.downloads} (true), {@code bench.sql.runs} (30),
 * {@code bench.explain} (false: {@code EXPLAIN (ANALYZE, BUFFERS)} of the slowest statement of slow paths),
 * {@code bench.db} (unset: a throw-away database; a folder keeps the database and the dataset for the next run).
 */
@Tag("bench")
// The property keeps this context (and so its database) apart from the other benchmarks'.
// The IATI publisher is set so that the IATI exports answer (unset, they answer 503 by design).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"regiomonitor.bench=national",
    "regiomonitor.iati.reporting-org.ref=NL-KVK-00000000", "regiomonitor.iati.reporting-org.name=SYNTHETIC benchmark",
    "regiomonitor.iati.reporting-org.type=11", "regiomonitor.page-cache.enabled=true"})
@ActiveProfiles("test")
@Import({QueryCounter.class, SqlTimer.class})
class NationalBench {

    private static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1"));
    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 30);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 50);
    private static final int CONCURRENT = Integer.getInteger("bench.concurrent", 3000);
    /** The concurrent run sends no new request after this many seconds (when pages take seconds each). */
    private static final int CONCURRENT_SECONDS = Integer.getInteger("bench.concurrent.seconds", 180);
    private static final boolean DOWNLOADS = Boolean.parseBoolean(System.getProperty("bench.downloads", "true"));
    private static final int SQL_RUNS = Integer.getInteger("bench.sql.runs", 30);
    /** Rounds over every anonymous and administrator page before anything is measured, so the JIT has compiled them. */
    private static final int JIT_ROUNDS = Integer.getInteger("bench.jit.rounds", 5);
    /** Bursts of one request per pool connection before each path's warm-up; 11 reach PostgreSQL's generic plans. */
    private static final int POOL_ROUNDS = Integer.getInteger("bench.pool.rounds", 11);
    private static final boolean EXPLAIN = Boolean.getBoolean("bench.explain");
    /** Measures only the paths whose label matches this regular expression (and skips the raw SQL and concurrent runs). */
    private static final java.util.regex.Pattern ONLY = System.getProperty("bench.only") == null ? null
            : java.util.regex.Pattern.compile(System.getProperty("bench.only"));
    private static final String STATIC_FILE = "/css/app.css";
    /** A path whose first request takes longer than this (ms) is measured with fewer requests. */
    private static final double SLOW_PROBE_MS = 1000;
    private static final double VERY_SLOW_PROBE_MS = 5000;
    private static final double P95_LIMIT_MS = 100;
    private static final long SIZE_LIMIT_KIB = 300;
    private static final String PASSWORD = "national-bench-password-1";

    /**
     * With {@code bench.db=<folder>} the benchmark's database is kept there and the dataset built once: a later run
     * on the same folder migrates it and measures again (to compare a change without rebuilding for twenty minutes).
     */
    @DynamicPropertySource
    static void keptDatabase(DynamicPropertyRegistry registry) {
        String kept = System.getProperty("bench.db");
        if (kept != null && !kept.isBlank()) {
            registry.add("regiomonitor.embedded-postgres.data-dir", () -> Path.of(kept).toAbsolutePath().toString());
            registry.add("regiomonitor.embedded-postgres.clean", () -> "false");
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    DataSource dataSource;
    @Autowired
    QueryCounter queries;
    @Autowired
    SqlTimer sqlTimer;
    @Autowired
    UserAdministration users;
    @Autowired
    MonitorImports imports;
    @Autowired
    Areas areas;
    @Autowired
    FilterRegistrationBean<AnonymousPageCache> pageCache;

    /** A measured path, or one that did not answer 200 (then {@code figures} is null). */
    private record Row(String group, Figures figures, String failure) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    @Test
    void national() throws Exception {
        StringBuilder out = new StringBuilder("Regiomonitor national-scale benchmark (issue 10), ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n')
                .append(PathTimer.machine(WARMUP, REQUESTS)).append("load average before the build: ")
                .append(loadAverage()).append('\n');
        // the pages as rendered; the concurrent run is measured with and without the cache
        pageCache.getFilter().setEnabled(false);
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        long start = System.nanoTime();
        NationalData.Built built = new NationalData(dsl, imports, areas).build(SCALE, dir);
        out.append(built.report()).append("built in %.1f s%n%n".formatted((System.nanoTime() - start) / 1e9));
        System.out.print(out);

        String name = "national-bench-admin-" + System.currentTimeMillis(); // unique in a kept database
        long adminId = users.createUser(name, "National bench administrator", PASSWORD, Role.ADMIN);
        Ids ids = new Ids(dsl, built.results(), adminId);
        HttpClient anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        HttpClient admin = logIn(name);
        // A personal API token, as scripts use the API (HTTP Basic would hash the password on every call).
        String bearer = "Bearer " + users.issueApiToken(adminId, "national bench", java.time.Instant.now().plusSeconds(86_400));
        int pool = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        PathTimer anon = new PathTimer(port, queries, sqlTimer, WARMUP, REQUESTS, anonymous, null)
                .onEveryConnection(pool, POOL_ROUNDS);
        PathTimer adminPages = new PathTimer(port, queries, sqlTimer, WARMUP, REQUESTS, admin, null)
                .onEveryConnection(pool, POOL_ROUNDS);
        PathTimer adminApi = new PathTimer(port, queries, sqlTimer, WARMUP, REQUESTS, anonymous, bearer)
                .onEveryConnection(pool, POOL_ROUNDS);

        Path report = dir.resolve("national.txt");
        // Written after every section, so that a run cut short keeps what it measured.
        // With a few warm-up requests per path, the first paths measured ran on a JVM still compiling (the dashboard,
        // measured first, took four times the CPU of the same page for an administrator measured later).
        long jit = System.nanoTime();
        List<ReadPath> anonymousPages = htmlPages(ids);
        List<ReadPath> adminPages2 = adminHtmlPages(ids);
        for (int round = 0; round < JIT_ROUNDS; round++) {
            for (ReadPath path : anonymousPages) {
                warm(anon, path, round);
            }
            for (ReadPath path : adminPages2) {
                warm(adminPages, path, round);
            }
        }
        section(out, report, "JIT warm-up: %d rounds over every HTML page, %.1f s%n".formatted(JIT_ROUNDS,
                (System.nanoTime() - jit) / 1e9));
        section(out, report, ("Pool warm-up: before each path's warm-up, %d bursts of %d concurrent requests (one per"
                + " connection of the pool), as a running server's connections have all served its pages%n")
                .formatted(POOL_ROUNDS, pool));
        section(out, report, "load average before measuring: " + loadAverage() + "\n\n");
        // The sequential figures first and together (the acceptance's p95 is sequential), then the raw SQL, then the
        // concurrent run: measured in its wake, while the load average of 50 clients decayed, the heaviest
        // administrator's pages were 10-40 ms slower than before it, and as fast again a few minutes later.
        String html = group("1. HTML pages, anonymous visitor", anon, htmlPages(ids));
        section(out, report, html);
        section(out, report, group("3. API lists (default paging) and items, anonymous", anon, apiPaths(ids)));
        section(out, report, group("2. HTML pages, administrator (where the page differs: unpublished rows), and the"
                + " administrator's pages and forms", adminPages, adminHtmlPages(ids)));
        section(out, report, group("4. API, administrator (personal API token)", adminApi, adminApiPaths(ids)));
        if (ONLY == null) {
            section(out, report, rawSql(ids));
        }
        if (CONCURRENT > 0 && ONLY == null) {
            section(out, report, concurrent(ids, "every page rendered (anonymous page cache off)"));
            pageCache.getFilter().setEnabled(true);
            section(out, report, concurrent(ids, "anonymous page cache on, as in production"));
            pageCache.getFilter().setEnabled(false);
        }
        if (DOWNLOADS) {
            section(out, report, group("5. Downloads and documents (the whole data by design; warm-up 1, 3 requests)",
                    anon.withRequests(1, 3), downloads(ids)));
        }
        section(out, report, "Not measured: " + String.join("; ", skipped) + "\n\n");
        section(out, report, flags());
        section(out, report, "load average at the end: " + loadAverage() + "\n");
        System.out.println("\n" + out);
    }

    // ---------------------------------------------------------------- the paths

    private List<ReadPath> htmlPages(Ids ids) {
        List<ReadPath> p = new ArrayList<>(common(ids));
        p.add(path("GET /login", "/login"));
        return p;
    }

    /** The pages every visitor sees; also measured as administrator, who sees unpublished rows in them. */
    private List<ReadPath> common(Ids ids) {
        String prog = "/programmes/" + ids.bigProgramme;
        return List.of(
                path("GET /", "/"),
                path("GET /programmes", "/programmes"),
                path("GET /programmes/{largest}", prog),
                path("GET /programmes/{largest}/finance", prog + "/finance"),
                path("GET /programmes/{largest}/themes/{code}", prog + "/themes/" + ids.themeCode),
                path("GET /themes/{id} (redirect followed)", "/themes/" + ids.themeId),
                path("GET /programmes/{largest}/impact", prog + "/impact"),
                path("GET /programmes/SYN-RESULTS/results", "/programmes/" + SyntheticResults.PROGRAMME_CODE + "/results"),
                path("GET /projects", "/projects"),
                path("GET /projects?programme={largest}", "/projects?programme=" + ids.bigProgrammeId),
                path("GET /projects?q=talent", "/projects?q=talent"),
                path("GET /projects?municipality={busiest municipality}", "/projects?municipality=" + ids.municipality),
                path("GET /projects?municipality={busiest other region}", "/projects?municipality=" + ids.region),
                cycle("GET /projects/{id}", "/projects/%d", ids.projects),
                cycle("GET /projects/{id}/finance", "/projects/%d/finance", ids.projects),
                cycle("GET /projects/{id}/results", "/projects/%d/results", ids.resultProjects),
                path("GET /organisations", "/organisations"),
                cycle("GET /organisations/{id}", "/organisations/%d", ids.organisations),
                path("GET /areas", "/areas"),
                path("GET /areas/{busiest municipality}", "/areas/" + ids.municipality),
                path("GET /areas/{busiest municipality}/money-lines", "/areas/" + ids.municipality + "/money-lines"),
                path("GET /areas/{busiest municipality}/money-lines?page=100", "/areas/" + ids.municipality
                        + "/money-lines?page=100"),
                path("GET /areas/CR12 (home region)", "/areas/CR12"),
                path("GET /areas/{busiest other region}", "/areas/" + ids.region),
                path("GET /areas/{province}", "/areas/" + ids.province),
                path("GET /vouchers", "/vouchers"),
                path("GET /finance", "/finance"),
                path("GET /finance/budget-lines/{id}", "/finance/budget-lines/" + ids.budgetLine),
                path("GET /finance/funders", "/finance/funders"),
                path("GET /search?q=innovatie", "/search?q=innovatie"),
                path("GET /sources", "/sources"),
                path("GET /open-data", "/open-data"),
                path("GET /monitor", "/monitor"),
                path("GET /monitor/sets/{code}", "/monitor/sets/" + ids.indicatorSet),
                path("GET /monitor/indicators/{BENCH}?area=CR12", "/monitor/indicators/" + ids.monitorIndicator + "?area=CR12"),
                path("GET /monitor/indicators/{BENCH}?area={GM}", "/monitor/indicators/" + ids.monitorIndicator + "?area="
                        + ids.municipality),
                path("GET /monitor/compare", "/monitor/compare"),
                path("GET /monitor/cross-border", "/monitor/cross-border"),
                path("GET /npvr", "/npvr"),
                path("GET /npvr/tasks/{number}", "/npvr/tasks/" + ids.npvrTask));
    }

    private List<ReadPath> adminHtmlPages(Ids ids) {
        List<ReadPath> p = new ArrayList<>(common(ids));
        String prog = "/programmes/" + ids.bigProgramme;
        String res = "/programmes/" + SyntheticResults.PROGRAMME_CODE;
        p.addAll(List.of(
                path("GET /programmes/{unpublished}", "/programmes/" + ids.unpublishedProgramme),
                path("GET /programmes/{unpublished}/finance", "/programmes/" + ids.unpublishedProgramme + "/finance"),
                cycle("GET /projects/{unpublished id}", "/projects/%d", ids.unpublishedProjects),
                path("GET /admin/audit", "/admin/audit"),
                path("GET /admin/users", "/admin/users"),
                path("GET /admin/users/{id}", "/admin/users/" + ids.adminId),
                path("GET /admin/reference-data", "/admin/reference-data"),
                path("GET /account/tokens", "/account/tokens"),
                path("GET /account/password", "/account/password"),
                path("GET /tasks", "/tasks"),
                path("GET /tasks/review", "/tasks/review"),
                path("GET /reports", "/reports"),
                path("GET /reports/new", "/reports/new"),
                path("GET /monitor/imports", "/monitor/imports"),
                path("GET /programmes/new", "/programmes/new"),
                path("GET /programmes/{largest}/edit", prog + "/edit"),
                path("GET /programmes/{largest}/themes/new", prog + "/themes/new"),
                path("GET /themes/{id}/edit", "/themes/" + ids.themeId + "/edit"),
                path("GET /projects/new", "/projects/new"),
                cycle("GET /projects/{id}/edit", "/projects/%d/edit", ids.projects),
                cycle("GET /projects/{id}/status", "/projects/%d/status", ids.projects),
                path("GET /organisations/new", "/organisations/new"),
                path("GET /organisations/{id}/edit", "/organisations/" + ids.organisations.get(0) + "/edit"),
                path("GET /vouchers/new", "/vouchers/new"),
                path("GET /vouchers/{id}/edit", "/vouchers/" + ids.voucher + "/edit"),
                path("GET /choices/projects?q=talent (searched choice)", "/choices/projects?q=talent&name=projectIds&multiple=true"),
                path("GET /choices/organisations?q=twente (searched choice)", "/choices/organisations?q=twente&name=leadOrganisationId"),
                path("GET /finance/budget-lines/new?programme", "/finance/budget-lines/new?programme=" + ids.bigProgrammeId),
                path("GET /finance/funders/new", "/finance/funders/new"),
                path("GET /finance/funders/{id}/edit", "/finance/funders/" + ids.funder + "/edit"),
                path("GET /finance/mobilised/new?programme", "/finance/mobilised/new?programme=" + ids.bigProgrammeId),
                path("GET /finance/mobilised/{id}/edit", "/finance/mobilised/" + ids.mobilised + "/edit"),
                path("GET /programmes/SYN-RESULTS/results/setup", res + "/results/setup"),
                path("GET /programmes/SYN-RESULTS/results/setup/catalogue/new", res + "/results/setup/catalogue/new"),
                path("GET /programmes/SYN-RESULTS/results/setup/dimensions/new", res + "/results/setup/dimensions/new"),
                path("GET /catalogue-indicators/{id}/edit", "/catalogue-indicators/" + ids.catalogueIndicator + "/edit"),
                cycle("GET /projects/{id}/results/setup", "/projects/%d/results/setup", ids.resultProjects),
                path("GET /projects/{id}/results/setup/new", "/projects/" + ids.resultProjects.get(0) + "/results/setup/new"),
                path("GET /results/{id}/edit", "/results/" + ids.result + "/edit"),
                path("GET /results/{id}/indicators/new", "/results/" + ids.result + "/indicators/new"),
                path("GET /indicators/{id}/edit", "/indicators/" + ids.indicator + "/edit"),
                path("GET /indicators/{id}/updates/new", "/indicators/" + ids.indicator + "/updates/new"),
                path("GET /updates/{id}/edit", "/updates/" + ids.openUpdate + "/edit"),
                path("GET /monitor/indicators/new", "/monitor/indicators/new"),
                path("GET /monitor/indicators/{code}/edit", "/monitor/indicators/" + ids.monitorIndicator + "/edit"),
                path("GET /monitor/indicators/{code}/baselines/new", "/monitor/indicators/" + ids.monitorIndicator
                        + "/baselines/new"),
                path("GET /monitor/indicators/{code}/targets/new", "/monitor/indicators/" + ids.monitorIndicator
                        + "/targets/new"),
                path("GET /monitor/indicators/{code}/stated/new", "/monitor/indicators/" + ids.monitorIndicator
                        + "/stated/new"),
                path("GET /monitor/sets/new", "/monitor/sets/new"),
                path("GET /monitor/sets/{code}/edit", "/monitor/sets/" + ids.indicatorSet + "/edit"),
                path("GET /npvr/tasks/{number}/edit", "/npvr/tasks/" + ids.npvrTask + "/edit"),
                path("GET /npvr/milestones/{code}/edit", "/npvr/milestones/" + ids.npvrMilestone + "/edit")));
        if (ids.report != null) {
            p.add(path("GET /reports/{id}", "/reports/" + ids.report));
            p.add(path("GET /reports/{id}/edit", "/reports/" + ids.report + "/edit"));
        } else {
            skipped.add("/reports/{id}/... (no report in the dataset; ReportBench measures reports)");
        }
        skipped.add("/monitor/indicators/{code}/baselines|targets|stated/{id}/edit (no such synthetic rows; the same forms"
                + " as .../new)");
        skipped.add("/updates/{id}/attachments/{id}, /api/attachments/{id} (no attachments in the dataset)");
        skipped.add("/reports/{id}/pdf, /reports/{id}/councils/..., /reports/snapshots/... (ReportBench)");
        return p;
    }

    private List<ReadPath> apiPaths(Ids ids) {
        long rp = ids.resultProgrammeId;
        String bench = ids.monitorIndicator;
        return List.of(
                path("GET /api/programmes", "/api/programmes"),
                path("GET /api/programmes/{id}", "/api/programmes/" + ids.bigProgrammeId),
                path("GET /api/programmes/{id}/themes", "/api/programmes/" + ids.bigProgrammeId + "/themes"),
                path("GET /api/themes/{id}", "/api/themes/" + ids.themeId),
                path("GET /api/programmes/{id}/finance", "/api/programmes/" + ids.bigProgrammeId + "/finance"),
                path("GET /api/projects", "/api/projects"),
                path("GET /api/projects?municipality={busiest other region}", "/api/projects?municipality=" + ids.region),
                cycle("GET /api/projects/{id}", "/api/projects/%d", ids.projects),
                path("GET /api/organisations", "/api/organisations"),
                cycle("GET /api/organisations/{id}", "/api/organisations/%d", ids.organisations),
                path("GET /api/vouchers", "/api/vouchers"),
                path("GET /api/vouchers/summary", "/api/vouchers/summary"),
                path("GET /api/vouchers/{id}", "/api/vouchers/" + ids.voucher),
                path("GET /api/areas", "/api/areas"),
                path("GET /api/areas/{GM}", "/api/areas/" + ids.municipality),
                path("GET /api/areas/{GM}/statistics", "/api/areas/" + ids.municipality + "/statistics"),
                path("GET /api/areas/CR12/member-sum?period", "/api/areas/CR12/member-sum?period=" + ids.statisticPeriod),
                path("GET /api/areas/geojson?region=CR12", "/api/areas/geojson?region=CR12"),
                path("GET /api/budget-lines", "/api/budget-lines"),
                path("GET /api/budget-lines?municipality={busiest municipality}", "/api/budget-lines?municipality="
                        + ids.municipality),
                path("GET /api/budget-lines?municipality={busiest other region}", "/api/budget-lines?municipality="
                        + ids.region),
                path("GET /api/budget-lines/{id}", "/api/budget-lines/" + ids.budgetLine),
                path("GET /api/funders", "/api/funders"),
                path("GET /api/funders/{id}", "/api/funders/" + ids.funder),
                path("GET /api/mobilised-investments", "/api/mobilised-investments"),
                path("GET /api/mobilised-investments/{id}", "/api/mobilised-investments/" + ids.mobilised),
                path("GET /api/search?q=innovatie", "/api/search?q=innovatie"),
                path("GET /api/programmes/{id}/catalogue", "/api/programmes/" + rp + "/catalogue"),
                path("GET /api/programmes/{id}/periods", "/api/programmes/" + rp + "/periods"),
                path("GET /api/programmes/{id}/dimensions", "/api/programmes/" + rp + "/dimensions"),
                path("GET /api/catalogue-indicators/{id}", "/api/catalogue-indicators/" + ids.catalogueIndicator),
                cycle("GET /api/projects/{id}/results", "/api/projects/%d/results", ids.resultProjects),
                path("GET /api/results/{id}", "/api/results/" + ids.result),
                path("GET /api/indicators/{id}", "/api/indicators/" + ids.indicator),
                cycle("GET /api/indicators/{id}/updates", "/api/indicators/%d/updates", ids.indicators),
                path("GET /api/updates/{id}", "/api/updates/" + ids.approvedUpdate),
                path("GET /api/updates/{id}/transitions", "/api/updates/" + ids.approvedUpdate + "/transitions"),
                path("GET /api/programmes/{id}/roll-ups", "/api/programmes/" + rp + "/roll-ups"),
                path("GET /api/programmes/{id}/themes/{id}/roll-ups", "/api/programmes/" + rp + "/themes/"
                        + ids.resultTheme + "/roll-ups"),
                cycle("GET /api/projects/{id}/roll-ups", "/api/projects/%d/roll-ups", ids.resultProjects),
                path("GET /api/roll-ups?from&to&programme", "/api/roll-ups?from=2021-01-01&to=2025-12-31&programme=" + rp),
                path("GET /api/monitor/indicators", "/api/monitor/indicators"),
                path("GET /api/monitor/indicators/{code}", "/api/monitor/indicators/" + bench),
                path("GET /api/monitor/observations", "/api/monitor/observations"),
                path("GET /api/monitor/observations?indicator&area", "/api/monitor/observations?indicator=" + bench
                        + "&area=" + ids.municipality),
                path("GET /api/monitor/indicators/{code}/series?area=CR12", "/api/monitor/indicators/" + bench
                        + "/series?area=CR12"),
                path("GET /api/monitor/indicators/{code}/signals?area=CR12", "/api/monitor/indicators/" + bench
                        + "/signals?area=CR12"),
                path("GET /api/monitor/releases", "/api/monitor/releases"),
                path("GET /api/monitor/sets", "/api/monitor/sets"),
                path("GET /api/monitor/sets/{code}", "/api/monitor/sets/" + ids.indicatorSet),
                path("GET /api/monitor/indicators/{code}/baselines", "/api/monitor/indicators/" + bench + "/baselines"),
                path("GET /api/monitor/indicators/{code}/targets", "/api/monitor/indicators/" + bench + "/targets"),
                path("GET /api/monitor/indicators/{code}/stated", "/api/monitor/indicators/" + bench + "/stated"),
                path("GET /api/npvr/tasks", "/api/npvr/tasks"),
                path("GET /api/npvr/tasks/{number}", "/api/npvr/tasks/" + ids.npvrTask),
                path("GET /api/npvr/milestones", "/api/npvr/milestones"));
    }

    private List<ReadPath> adminApiPaths(Ids ids) {
        return List.of(
                path("GET /api/me", "/api/me"),
                path("GET /api/users", "/api/users"),
                path("GET /api/users/{id}", "/api/users/" + ids.adminId),
                path("GET /api/audit", "/api/audit"),
                path("GET /api/admin/reference-data", "/api/admin/reference-data"),
                path("GET /api/projects (with unpublished)", "/api/projects"),
                path("GET /api/budget-lines (with unpublished)", "/api/budget-lines"));
    }

    private List<ReadPath> downloads(Ids ids) {
        String prog = "/programmes/" + ids.bigProgramme;
        skipped.add("the .xlsx twins of the CSV downloads other than the budget lines' (same query, another writer)");
        return List.of(
                path("GET /projects.csv", "/projects.csv"),
                path("GET /api/projects.csv", "/api/projects.csv"),
                path("GET /organisations.csv", "/organisations.csv"),
                path("GET /vouchers.csv", "/vouchers.csv"),
                path("GET /finance/budget-lines.csv", "/finance/budget-lines.csv"),
                path("GET /finance/budget-lines.csv?programme&includeProjects", "/finance/budget-lines.csv?programme="
                        + ids.bigProgrammeId + "&includeProjects=true"),
                path("GET /finance/budget-lines.xlsx", "/finance/budget-lines.xlsx"),
                path("GET /api/budget-lines.csv", "/api/budget-lines.csv"),
                path("GET /programmes/SYN-RESULTS/results.csv", "/programmes/" + SyntheticResults.PROGRAMME_CODE
                        + "/results.csv"),
                path("GET /monitor/observations.csv?indicator", "/monitor/observations.csv?indicator="
                        + ids.monitorIndicator),
                path("GET /api/monitor/indicators/{code}/series.csv?area=CR12", "/api/monitor/indicators/"
                        + ids.monitorIndicator + "/series.csv?area=CR12"),
                path("GET /open-data/catalog.jsonld", "/open-data/catalog.jsonld"),
                path("GET /iati/activities.xml", "/iati/activities.xml"),
                path("GET " + prog + "/iati.xml", prog + "/iati.xml"),
                // a median-sized programme: the largest one's PDF takes minutes at this scale (see the HTML impact page)
                path("GET /programmes/{median}/impact.pdf", "/programmes/" + ids.medianProgramme + "/impact.pdf"));
    }

    private static ReadPath path(String label, String uri) {
        return new ReadPath(label, n -> uri);
    }

    private static ReadPath cycle(String label, String format, List<Long> ids) {
        IntFunction<String> uri = n -> format.formatted(ids.get(n % ids.size()));
        return new ReadPath(label + " (" + ids.size() + " ids)", uri);
    }

    // ---------------------------------------------------------------- measuring

    /** Measures the paths one after the other, the static file first; a path that fails is listed, not fatal. */
    private String group(String title, PathTimer timer, List<ReadPath> paths) throws IOException, InterruptedException {
        List<Figures> figures = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        figures.add(timer.measure(path("GET " + STATIC_FILE + " (static)", STATIC_FILE)));
        for (ReadPath path : paths) {
            if (ONLY != null && !ONLY.matcher(path.label()).find()) {
                continue;
            }
            try {
                long probe = System.nanoTime();
                timer.get(path.uri().apply(0));
                double probeMs = (System.nanoTime() - probe) / 1e6;
                // Slow paths get fewer requests, so that a run ends in bounded time whatever the pages cost.
                PathTimer chosen = probeMs > VERY_SLOW_PROBE_MS ? timer.withRequests(0, 2)
                        : probeMs > SLOW_PROBE_MS ? timer.withRequests(1, 5) : timer;
                Figures f = chosen.measure(path);
                figures.add(f);
                rows.add(new Row(title, f, null));
            } catch (AssertionError | IOException e) {
                String failure = path.label() + ": " + PathTimer.abbreviate(String.valueOf(e.getMessage()), 200);
                failures.add(failure);
                rows.add(new Row(title, null, failure));
                System.out.println("  FAILED " + failure);
            }
        }
        StringBuilder table = new StringBuilder(PathTimer.table(title, figures, dsl, EXPLAIN));
        for (String f : failures) {
            table.append("NOT 200: ").append(f).append('\n');
        }
        table.append('\n');
        System.out.print(table);
        return table.toString();
    }

    /** One request, its answer not looked at: a path that fails is reported when it is measured. */
    private static void warm(PathTimer timer, ReadPath path, int n) throws InterruptedException {
        try {
            timer.get(path.uri().apply(n));
        } catch (AssertionError | IOException e) {
            // measured (and listed as failing) later
        }
    }

    /** Every row over the limits, with its slowest statement, worst first. */
    private String flags() {
        StringBuilder out = new StringBuilder("Over the limits (p95 > %d ms or > %d KiB per response), slowest first:%n"
                .formatted((int) P95_LIMIT_MS, SIZE_LIMIT_KIB));
        rows.stream().filter(r -> r.figures() != null)
                .filter(r -> r.figures().p95() > P95_LIMIT_MS || r.figures().meanBytes() / 1024 > SIZE_LIMIT_KIB)
                .sorted((a, b) -> Double.compare(b.figures().p95(), a.figures().p95()))
                .forEach(r -> {
                    Figures f = r.figures();
                    out.append("  %-58s p95 %8.1f ms  %6d KiB  %s SQL  (%s)%n".formatted(f.path(), f.p95(),
                            f.meanBytes() / 1024, f.minStatements() == f.maxStatements() ? f.minStatements()
                                    : f.minStatements() + "-" + f.maxStatements(), r.group().substring(0, 2).trim()));
                    if (f.slowestSql() != null) {
                        out.append("      slowest statement %.1f ms: %s%n".formatted(f.slowestMillis(),
                                PathTimer.abbreviate(f.slowestSql(), 300)));
                    }
                });
        long failed = rows.stream().filter(r -> r.figures() == null).count();
        long measured = rows.size() - failed;
        long within = rows.stream().filter(r -> r.figures() != null).filter(r -> r.figures().p95() <= P95_LIMIT_MS
                && r.figures().meanBytes() / 1024 <= SIZE_LIMIT_KIB).count();
        out.append("%d paths measured, %d within both limits, %d not answering 200%n%n".formatted(measured, within, failed));
        return out.toString();
    }

    // ---------------------------------------------------------------- raw SQL

    /** The key aggregates by hand in raw SQL, timed in the same run (what the pages' SQL could cost at least). */
    private String rawSql(Ids ids) {
        String current = "join lateral (select r.budgeted, r.committed, r.realised from budget_revision r"
                + " where r.budget_line_id = l.id order by r.revision desc limit 1) c on true";
        List<String[]> statements = List.of(
                new String[] {"dashboard: money per funder category, published programmes' own lines", """
                        select f.category_code, sum(c.budgeted), sum(c.committed), sum(c.realised)
                        from budget_line l join programme p on p.id = l.programme_id and p.published
                        join funder f on f.id = l.funder_id %s group by f.category_code""".formatted(current)},
                new String[] {"dashboard: project money per published programme", """
                        select pp.programme_id, sum(c.budgeted), sum(c.committed), sum(c.realised)
                        from budget_line l join project pj on pj.id = l.project_id and pj.published
                        join project_programme pp on pp.project_id = pj.id
                        join programme p on p.id = pp.programme_id and p.published %s
                        group by pp.programme_id""".formatted(current)},
                new String[] {"project list: first page of 20 by title, with lead and count", """
                        select pj.id, pj.title, pj.status, o.name, count(*) over () as total
                        from project pj left join organisation o on o.id = pj.lead_organisation_id
                        where pj.published order by pj.title, pj.id limit 20"""},
                new String[] {"project detail: the project, lead, programmes, areas, partners", """
                        select pj.*, o.name,
                          (select array_agg(p.code) from project_programme pp join programme p on p.id = pp.programme_id
                           where pp.project_id = pj.id),
                          (select array_agg(a.code) from project_area pa join area a on a.id = pa.area_id
                           where pa.project_id = pj.id),
                          (select array_agg(po.name) from project_partner pr join organisation po on po.id = pr.organisation_id
                           where pr.project_id = pj.id)
                        from project pj left join organisation o on o.id = pj.lead_organisation_id
                        where pj.id = %d""".formatted(ids.projects.get(0))});
        StringBuilder out = new StringBuilder(("Raw SQL of the key aggregates, same run (%d runs after 3 warm-up, ms from"
                + " sending to the last row)%n").formatted(SQL_RUNS));
        String format = "%-70s %8s %8s %8s %6s%n";
        out.append(format.formatted("statement", "median", "p95", "max", "rows"));
        for (String[] s : statements) {
            double[] ms = new double[SQL_RUNS];
            int count = 0;
            for (int run = -3; run < SQL_RUNS; run++) {
                long t = System.nanoTime();
                count = dsl.fetch(s[1]).size();
                if (run >= 0) {
                    ms[run] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(ms);
            out.append(format.formatted(s[0], PathTimer.ms(PathTimer.percentile(ms, 50)),
                    PathTimer.ms(PathTimer.percentile(ms, 95)), PathTimer.ms(ms[ms.length - 1]), count));
        }
        out.append('\n');
        System.out.print(out);
        return out.toString();
    }

    // ---------------------------------------------------------------- concurrent

    /**
     * {@link #CLIENTS} anonymous clients send {@link #CONCURRENT} requests in all, each its next as soon as its last is
     * answered: even numbers the dashboard, odd ones a project page (cycling through published projects).
     */
    private String concurrent(Ids ids, String how) throws Exception {
        HttpClient http = PathTimer.client();
        String[] uris = new String[CONCURRENT];
        for (int i = 0; i < CONCURRENT; i++) {
            uris[i] = i % 2 == 0 ? "/" : "/projects/" + ids.manyProjects.get((i / 2) % ids.manyProjects.size());
        }
        double[] millis = new double[CONCURRENT];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger notOk = new AtomicInteger();
        AtomicInteger exceptions = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long cpuStart = PathTimer.processCpuNanos();
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < CONCURRENT; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        if ((sent - start) / 1e9 > CONCURRENT_SECONDS) {
                            millis[i] = Double.NaN; // not sent: the run's time is up
                            continue;
                        }
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                    + port + uris[i])).timeout(Duration.ofSeconds(60)).GET().build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                notOk.incrementAndGet();
                            }
                        } catch (IOException e) {
                            exceptions.incrementAndGet();
                        }
                        millis[i] = (System.nanoTime() - sent) / 1e6;
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> dashboardList = new ArrayList<>();
        List<Double> projectList = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            if (!Double.isNaN(millis[i])) {
                (i % 2 == 0 ? dashboardList : projectList).add(millis[i]);
            }
        }
        int sent = dashboardList.size() + projectList.size();
        double cpu = (PathTimer.processCpuNanos() - cpuStart) / 1e6 / sent;
        double[] dashboard = dashboardList.stream().mapToDouble(Double::doubleValue).toArray();
        double[] project = projectList.stream().mapToDouble(Double::doubleValue).toArray();
        double[] all = java.util.stream.DoubleStream.concat(Arrays.stream(dashboard), Arrays.stream(project)).toArray();
        Arrays.sort(all);
        Arrays.sort(dashboard);
        Arrays.sort(project);
        StringBuilder out = new StringBuilder(("Concurrent, %s: %d anonymous clients over loopback, %d requests in"
                + " all (dashboard and project pages alternately, %d projects cycled), load average after: %s%n")
                .formatted(how, CLIENTS, CONCURRENT, ids.manyProjects.size(), loadAverage()));
        String format = "%-28s %7s %9s %8s %8s %8s%n";
        out.append(format.formatted("path", "reqs", "req/s", "p50", "p95", "max"));
        out.append(format.formatted("together", sent, PathTimer.ms(sent / seconds),
                PathTimer.ms(PathTimer.percentile(all, 50)), PathTimer.ms(PathTimer.percentile(all, 95)),
                PathTimer.ms(all[all.length - 1])));
        out.append(format.formatted("GET /", dashboard.length, "", PathTimer.ms(PathTimer.percentile(dashboard, 50)),
                PathTimer.ms(PathTimer.percentile(dashboard, 95)), PathTimer.ms(dashboard[dashboard.length - 1])));
        out.append(format.formatted("GET /projects/{id}", project.length, "", PathTimer.ms(PathTimer.percentile(project, 50)),
                PathTimer.ms(PathTimer.percentile(project, 95)), PathTimer.ms(project[project.length - 1])));
        out.append(("errors: %d answers other than 200, %d exceptions; %.1f s; process CPU %.1f ms per request (server"
                + " and client); %d of %d requests sent before the time limit (%d s); target: 300 req/s together with 0"
                + " errors%n%n").formatted(notOk.get(), exceptions.get(), seconds, cpu, sent, CONCURRENT, CONCURRENT_SECONDS));
        System.out.print(out);
        return out.toString();
    }

    // ---------------------------------------------------------------- helpers

    private static void section(StringBuilder out, Path report, String section) throws IOException {
        out.append(section);
        Files.writeString(report, out);
    }

    /** Logs the administrator in through the login form; the client keeps the session cookie. */
    private HttpClient logIn(String username) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || r.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("log-in failed: " + r.statusCode() + " " + r.uri());
        }
        return http;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Ids of rows of the dataset that the paths name. */
    private static final class Ids {
        final String bigProgramme;
        final long bigProgrammeId;
        final String unpublishedProgramme;
        final String medianProgramme;
        final String themeCode;
        final long themeId;
        final List<Long> projects;
        final List<Long> manyProjects;
        final List<Long> unpublishedProjects;
        final List<Long> resultProjects;
        final List<Long> indicators;
        final List<Long> organisations;
        final String municipality;
        final String region;
        final String province;
        final long budgetLine;
        final long funder;
        final long mobilised;
        final long voucher;
        final long resultProgrammeId;
        final long resultTheme;
        final long catalogueIndicator;
        final long result;
        final long indicator;
        final long approvedUpdate;
        final long openUpdate;
        final String monitorIndicator;
        final String indicatorSet;
        final int npvrTask;
        final String npvrMilestone;
        final Long report;
        final long adminId;
        final int statisticPeriod;

        Ids(DSLContext dsl, SyntheticResults.Written results, long adminId) {
            this.adminId = adminId;
            var big = dsl.fetchOne("""
                    select p.id, p.code from programme p join project_programme pp on pp.programme_id = p.id
                    where p.published group by p.id, p.code order by count(*) desc limit 1""");
            bigProgrammeId = big.get(0, Long.class);
            bigProgramme = big.get(1, String.class);
            unpublishedProgramme = value(dsl, String.class, """
                    select p.code from programme p join project_programme pp on pp.programme_id = p.id
                    where not p.published group by p.code order by count(*) desc limit 1""");
            List<String> bySize = dsl.fetch("""
                    select p.code from programme p join project_programme pp on pp.programme_id = p.id where p.published
                    group by p.code order by count(*), p.code""").getValues(0, String.class);
            medianProgramme = bySize.get(bySize.size() / 2);
            var theme = dsl.fetchOne("""
                    select t.id, t.code from theme t join project_theme pt on pt.theme_id = t.id where t.programme_id = ?
                    group by t.id, t.code order by count(*) desc limit 1""", bigProgrammeId);
            themeId = theme.get(0, Long.class);
            themeCode = theme.get(1, String.class);
            manyProjects = spread(dsl.fetch("select id from project where published order by id").getValues(0, Long.class), 200);
            projects = spread(manyProjects, 20);
            unpublishedProjects = spread(dsl.fetch("select id from project where not published order by id")
                    .getValues(0, Long.class), 20);
            resultProjects = results.sampleProjects();
            indicators = results.sampleIndicators().subList(0, Math.min(50, results.sampleIndicators().size()));
            organisations = spread(dsl.fetch("""
                    select organisation_id from project_partner group by organisation_id order by count(*) desc, 1
                    limit 200""").getValues(0, Long.class), 20);
            municipality = value(dsl, String.class, """
                    select a.code from area a join project_area pa on pa.area_id = a.id where a.kind = 'MUNICIPALITY'
                    group by a.code order by count(*) desc limit 1""");
            region = value(dsl, String.class, """
                    select r.code from area r join area_membership m on m.parent_id = r.id
                    join project_area pa on pa.area_id = m.member_id
                    where r.kind = 'REGION' and r.code like 'CR%' and r.code <> 'CR12' and m.valid_to is null
                    group by r.code order by count(*) desc limit 1""");
            province = value(dsl, String.class, "select code from area where kind = 'PROVINCE' order by code limit 1");
            budgetLine = value(dsl, Long.class, """
                    select l.id from budget_line l join budget_revision r on r.budget_line_id = l.id
                    join project pj on pj.id = l.project_id where pj.published
                    group by l.id order by count(*) desc limit 1""");
            funder = value(dsl, Long.class, "select min(id) from funder");
            mobilised = value(dsl, Long.class, "select min(id) from mobilised_investment");
            voucher = value(dsl, Long.class, "select min(id) from voucher_award where published");
            resultProgrammeId = results.programmeId();
            resultTheme = value(dsl, Long.class, "select min(id) from theme where programme_id = ?", resultProgrammeId);
            catalogueIndicator = value(dsl, Long.class, "select min(id) from catalogue_indicator where programme_id = ?",
                    resultProgrammeId);
            indicator = indicators.get(0);
            result = value(dsl, Long.class, "select result_id from indicator where id = ?", indicator);
            approvedUpdate = value(dsl, Long.class,
                    "select min(id) from result_update where indicator_id = any(?) and status = 'APPROVED'",
                    (Object) indicators.toArray(Long[]::new));
            openUpdate = value(dsl, Long.class, """
                    select min(u.id) from result_update u join indicator i on i.id = u.indicator_id
                    join result r on r.id = i.result_id where r.project_id = any(?) and u.status in ('DRAFT', 'RETURNED')""",
                    (Object) resultProjects.toArray(Long[]::new));
            monitorIndicator = SyntheticMonitor.code(1);
            indicatorSet = value(dsl, String.class, "select code from indicator_set order by code limit 1");
            npvrTask = value(dsl, Integer.class, "select min(number) from npvr_task");
            npvrMilestone = value(dsl, String.class, "select min(code) from npvr_milestone");
            report = value(dsl, Long.class, "select min(id) from report");
            statisticPeriod = value(dsl, Integer.class,
                    "select coalesce(max(period), 2023) from area_statistic where statistic = 'POPULATION'");
        }

        private static <T> T value(DSLContext dsl, Class<T> type, String sql, Object... binds) {
            var row = dsl.fetchOne(sql, binds);
            return row == null ? null : row.get(0, type);
        }

        /** Up to {@code n} values spread evenly over the list. */
        private static List<Long> spread(List<Long> values, int n) {
            List<Long> out = new ArrayList<>();
            int count = Math.min(n, values.size());
            for (int i = 0; i < count; i++) {
                out.add(values.get((int) ((long) i * values.size() / count)));
            }
            return out;
        }
    }
}
