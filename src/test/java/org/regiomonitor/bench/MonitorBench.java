package org.regiomonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.bench.PathTimer.Figures;
import org.regiomonitor.bench.PathTimer.ReadPath;
import org.regiomonitor.monitor.AreaSeries;
import org.regiomonitor.monitor.MonitorFigures;
import org.regiomonitor.monitor.MonitorImports;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark of the regional monitor (issue 8, acceptance 6; issue 10), run with
 * {@code ./mvnw -Pbench verify -Dtest=MonitorBench} (never part of the normal suite). It starts the whole application
 * on its own embedded PostgreSQL (with the shipped reference data and CBS/Eurostat files), adds SYNTHETIC yearly
 * indicators for about {@code bench.monitor.observations} (3,000,000) figures of every municipality 2004-2024
 * ({@link SyntheticMonitor}, never shipped) through the generic template importer in files of about a million
 * observations; it times each import, and a re-import of the first file (which must write nothing). Then it measures,
 * one anonymous request at a time after a warm-up, every monitor page and API list ({@link #paths}) next to a static
 * file; and the series query ({@link MonitorFigures#series}) against the same figures by raw SQL, after asserting both
 * give the same numbers. It fails on a wrong figure, a refused import or a non-200 answer, never on timing. Output
 * also in {@code target/bench/monitor.txt}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "regiomonitor.bench=monitor")
@ActiveProfiles("test")
@Import({QueryCounter.class, SqlTimer.class})
class MonitorBench {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 50);
    /** The size: observations of the synthetic indicators (3,000,000: every municipality 2004-2024, 417 indicators). */
    private static final long OBSERVATIONS = Long.getLong("bench.monitor.observations", 3_000_000);
    private static final int SQL_RUNS = Integer.getInteger("bench.sql.runs", 20);

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    MonitorImports imports;
    @Autowired
    MonitorFigures figures;
    @Autowired
    Areas areas;
    @Autowired
    QueryCounter queries;
    @Autowired
    SqlTimer sqlTimer;

    @Test
    void monitor() throws Exception {
        StringBuilder out = new StringBuilder("# Monitor benchmark " + ZonedDateTime.now() + "\n");
        out.append(PathTimer.machine(WARMUP, REQUESTS)).append('\n');
        Path dir = Path.of("target", "bench");
        SyntheticMonitor synthetic = new SyntheticMonitor(dsl, imports, areas);
        SyntheticMonitor.Loaded loaded = synthetic.load(OBSERVATIONS, dir);
        out.append(loaded.describe()).append('\n');
        List<SyntheticMonitor.Timed> timed = new ArrayList<>(loaded.imports());
        timed.add(synthetic.reimport(dir.resolve("monitor-synthetic-1.csv")));
        out.append(SyntheticMonitor.table(timed));
        long total = dsl.fetchCount(org.regiomonitor.db.Tables.OBSERVATION);
        out.append("Observations in the database: %,d%n".formatted(total));
        assertThat(total).isGreaterThanOrEqualTo(OBSERVATIONS);

        String home = areas.homeRegionCode();
        String someMunicipality = areas.members(home).getFirst().code();
        String nation = areas.ancestors(areas.get(home)).stream().filter(a -> a.kind() == AreaKind.COUNTRY)
                .findFirst().orElseThrow().code();
        String indicator = loaded.middleIndicator();
        PathTimer timer = new PathTimer(port, queries, sqlTimer, WARMUP, REQUESTS);
        List<Figures> measured = new ArrayList<>();
        for (ReadPath path : paths(home, someMunicipality, nation, indicator)) {
            measured.add(timer.measure(path));
        }
        out.append('\n').append(PathTimer.table("Monitor pages and API lists, anonymous visitor, %,d observations"
                .formatted(total), measured, dsl, true));
        out.append(seriesAgainstRawSql(indicator, home));
        Files.writeString(dir.resolve("monitor.txt"), out);
        System.out.println(out);
    }

    /** Every monitor page and API list (the static file first, the reference), also for the whole-product benchmark. */
    static List<ReadPath> paths(String home, String municipality, String nation, String indicator) {
        return List.of(new ReadPath("static file /css/app.css", n -> "/css/app.css"),
                new ReadPath("area page, municipality " + municipality, n -> "/areas/" + municipality),
                new ReadPath("area page, region " + home, n -> "/areas/" + home),
                new ReadPath("area page, country " + nation, n -> "/areas/" + nation),
                new ReadPath("monitor overview " + home, n -> "/monitor"),
                new ReadPath("indicator page, region " + home, n -> "/monitor/indicators/" + indicator + "?area=" + home),
                new ReadPath("indicator page, municipality " + municipality,
                        n -> "/monitor/indicators/" + indicator + "?area=" + municipality),
                new ReadPath("indicator page, country " + nation,
                        n -> "/monitor/indicators/" + indicator + "?area=" + nation),
                new ReadPath("set page NPVR_MONITOR", n -> "/monitor/sets/NPVR_MONITOR"),
                new ReadPath("compare (default areas)", n -> "/monitor/compare?indicator=" + indicator),
                new ReadPath("cross-border", n -> "/monitor/cross-border"),
                new ReadPath("NPVR plan", n -> "/npvr"),
                new ReadPath("NPVR task 1", n -> "/npvr/tasks/1"),
                new ReadPath("API indicators", n -> "/api/monitor/indicators"),
                new ReadPath("API sets", n -> "/api/monitor/sets"),
                new ReadPath("API observations, all", n -> "/api/monitor/observations"),
                new ReadPath("API observations, page 100", n -> "/api/monitor/observations?page=100"),
                new ReadPath("API observations, indicator", n -> "/api/monitor/observations?indicator=" + indicator),
                new ReadPath("API observations, area", n -> "/api/monitor/observations?area=" + municipality),
                new ReadPath("API releases", n -> "/api/monitor/releases"),
                new ReadPath("API series, region", n -> "/api/monitor/indicators/" + indicator + "/series?area=" + home),
                new ReadPath("API series, country", n -> "/api/monitor/indicators/" + indicator + "/series?area="
                        + nation),
                new ReadPath("API signals, municipality", n -> "/api/monitor/indicators/" + indicator
                        + "/signals?area=" + municipality),
                new ReadPath("API NPVR tasks", n -> "/api/npvr/tasks"),
                new ReadPath("API NPVR milestones", n -> "/api/npvr/milestones"));
    }

    /** The engine's series of the region against raw SQL summing the members' rows: same figures, then times. */
    private String seriesAgainstRawSql(String indicator, String region) {
        AreaSummary area = areas.get(region);
        List<Long> members = areas.members(region).stream().map(AreaSummary::id).toList();
        String sql = "select o.period, sum(o.value) from observation o join monitor_indicator i on i.id = o.indicator_id"
                + " where i.code = ? and o.area_id = any(?) group by o.period order by o.period";
        Long[] ids = members.toArray(Long[]::new);
        AreaSeries engine = figures.series(indicator, area);
        var raw = dsl.fetch(sql, indicator, ids);
        assertThat(engine.figures()).hasSize(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            assertThat(engine.figures().get(i).value()).isEqualByComparingTo(raw.get(i).get(1, java.math.BigDecimal.class));
        }
        double[] engineMs = new double[SQL_RUNS];
        double[] rawMs = new double[SQL_RUNS];
        for (int run = 0; run < SQL_RUNS; run++) {
            long t = System.nanoTime();
            figures.series(indicator, area);
            engineMs[run] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            dsl.fetch(sql, indicator, ids);
            rawMs[run] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(engineMs);
        Arrays.sort(rawMs);
        return String.format("%nSeries of %s for %s (%d periods, %d members), %d runs: engine median %s ms p95 %s ms;"
                        + " raw SQL (sum of the members' rows) median %s ms p95 %s ms%n", indicator, region,
                raw.size(), members.size(), SQL_RUNS, PathTimer.ms(PathTimer.percentile(engineMs, 50)),
                PathTimer.ms(PathTimer.percentile(engineMs, 95)), PathTimer.ms(PathTimer.percentile(rawMs, 50)),
                PathTimer.ms(PathTimer.percentile(rawMs, 95)));
    }
}
