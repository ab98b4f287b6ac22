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
import org.regiomonitor.monitor.ImportSummary;
import org.regiomonitor.monitor.MonitorFigures;
import org.regiomonitor.monitor.MonitorImports;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark of the regional monitor (issue 8, acceptance 6), run with {@code ./mvnw -Pbench verify -Dtest=MonitorBench}
 * (never part of the normal suite). It starts the whole application on its own embedded PostgreSQL (with the shipped
 * reference data and CBS/Eurostat files), adds {@code bench.monitor.indicators} (420) SYNTHETIC yearly indicators
 * (never shipped) and imports their figures for every municipality 2004-2024 through the generic template importer
 * (the one an upload uses: read, match, COPY, check, merge) in three files of about a million observations each, so
 * that the database holds over 3,000,000 observations; it times each import, and a re-import of the first file
 * (which must write nothing). Then it measures, one anonymous request at a time after a warm-up, an indicator page
 * for the home region (its figures computed from its municipalities of each year) and for a municipality, next to a
 * static file; and the series query ({@link MonitorFigures#series}) against the same figures by raw SQL, after
 * asserting both give the same numbers. It prints figures and the targets (import under 5 s per million; page median
 * under 50 ms); it fails on a wrong figure, a refused import or a non-200 answer, never on timing. Output also in
 * {@code target/bench/monitor.txt}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "regiomonitor.bench=monitor")
@ActiveProfiles("test")
@Import({QueryCounter.class, SqlTimer.class})
class MonitorBench {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 50);
    private static final int INDICATORS = Integer.getInteger("bench.monitor.indicators", 420);
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
        List<AreaSummary> municipalities = areas.list(AreaKind.MUNICIPALITY);
        Path dir = Path.of("target", "bench");
        SyntheticObservations.Files3 prepared = SyntheticObservations.prepare(dsl, INDICATORS, municipalities, dir);
        List<Path> files = prepared.files();
        long rows = prepared.rows();
        out.append("Synthetic data: %d indicators x %d municipalities x %d years = %,d observations in 3 template files%n"
                .formatted(INDICATORS, municipalities.size(), SyntheticObservations.LAST_YEAR - SyntheticObservations.FIRST_YEAR + 1, rows));
        out.append(String.format("%n%-46s %10s %10s %10s %10s %12s%n", "import", "read", "added", "changed",
                "unchanged", "seconds"));
        for (Path file : files) {
            importTimed(out, file.getFileName().toString(), file, false);
        }
        importTimed(out, "re-import of " + files.getFirst().getFileName(), files.getFirst(), true);
        long total = dsl.fetchCount(org.regiomonitor.db.Tables.OBSERVATION);
        out.append("Observations in the database: %,d%n".formatted(total));
        assertThat(total).isGreaterThanOrEqualTo(3_000_000);

        String home = areas.homeRegionCode();
        String someMunicipality = areas.members(home).getFirst().code();
        String indicator = SyntheticObservations.code(INDICATORS / 2);
        PathTimer timer = new PathTimer(port, queries, sqlTimer, WARMUP, REQUESTS);
        List<Figures> measured = new ArrayList<>();
        for (ReadPath path : List.of(new ReadPath("static file /css/app.css", n -> "/css/app.css"),
                new ReadPath("indicator page, home region " + home, n -> "/monitor/indicators/" + indicator + "?area=" + home),
                new ReadPath("indicator page, municipality " + someMunicipality,
                        n -> "/monitor/indicators/" + indicator + "?area=" + someMunicipality))) {
            measured.add(timer.measure(path));
        }
        out.append('\n').append(PathTimer.table("Indicator pages, anonymous visitor, %,d observations".formatted(total),
                measured, dsl, false));
        out.append(seriesAgainstRawSql(indicator, home));
        Path report = dir.resolve("monitor.txt");
        Files.writeString(report, out);
        System.out.println(out);
    }

    private void importTimed(StringBuilder out, String label, Path file, boolean again) {
        long start = System.nanoTime();
        ImportSummary s = SyntheticObservations.importFile(imports, file);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(s.problems()).as(label).isEmpty();
        if (again) {
            assertThat(s.written()).isFalse();
            assertThat(s.added() + s.changed()).isZero();
        } else {
            assertThat(s.written()).isTrue();
        }
        out.append(String.format("%-46s %,10d %,10d %,10d %,10d %12.2f  (%,.0f per second)%n", label, s.read(),
                s.added(), s.changed(), s.unchanged(), seconds, s.read() / seconds));
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
