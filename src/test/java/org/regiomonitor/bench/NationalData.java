package org.regiomonitor.bench;

import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.SOURCE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.Areas;
import org.regiomonitor.monitor.ImportSummary;
import org.regiomonitor.monitor.MonitorImports;

/**
 * The national-scale dataset of issue 10, SYNTHETIC and never shipped (it lives only in the benchmark's throw-away
 * database; marked as its generators mark it: names {@value SyntheticData#MARK}, codes {@code SYN-...} and
 * {@code BENCH_...}, synthetic sources), on top of the reference data, at {@code scale} (1 = the numbers):
 * <ul>
 * <li>portfolio ({@link SyntheticData}, national shape): 39 programmes in all (the shipped ones and synthetic
 * ones, every eighth unpublished, four themes each), 20,000 projects over them with a skew (the largest programme
 * about 11 times the median one, 10 % in a second programme), each working in the municipalities of its programme's
 * region (15 % region-wide), 1,000 organisations, 21 funders, 5 budget lines per project plus the programmes' own,
 * 2,000,000 budget revisions, 5,000 vouchers, mobilised investments;</li>
 * <li>results ({@link SyntheticResults}): a 40th programme whose 5,000 projects (every fourth synthetic one) have 5
 * indicators over 10 half-years, with approved, corrected and open updates and disaggregations;</li>
 * <li>monitor ({@link SyntheticMonitor}): 420 yearly indicators for all municipalities 2004-2024, about
 * 3,000,000 observations, imported as an upload is.</li>
 * </ul>
 * Every part is one transaction managed by Spring, so the triggers and the commit hooks that maintain derived
 * rows run as for any write. Then {@code analyze}, as autovacuum would soon do.
 */
final class NationalData {

    /** What was built: the results part, the row counts and a line per part with its time. */
    record Built(SyntheticResults.Written results, Map<String, Integer> rows, String report) {
    }

    private final DSLContext dsl;
    private final MonitorImports imports;
    private final Areas areas;

    NationalData(DSLContext dsl, MonitorImports imports, Areas areas) {
        this.dsl = dsl;
        this.imports = imports;
        this.areas = areas;
    }

    static int scaled(int full, double scale, int least) {
        return Math.max(least, (int) Math.round(full * scale));
    }

    Built build(double scale, Path dir) throws IOException {
        SyntheticResults.Written kept = SyntheticResults.existing(dsl);
        if (kept != null) {
            Map<String, Integer> rows = counts();
            return new Built(kept, rows, "National-scale SYNTHETIC data kept from an earlier run (bench.db)\nrows: "
                    + rows + '\n');
        }
        StringBuilder report = new StringBuilder("National-scale SYNTHETIC data (scale ").append(scale).append(")\n");
        long start = System.nanoTime();
        var size = new SyntheticData.Size(scaled(20_000, scale, 200), scaled(5_000, scale, 50),
                scaled(1_000, scale, 30), 39, 5, scaled(2_000_000, scale, 1_000), true);
        Map<String, Integer> portfolio = new SyntheticData(dsl).add(size);
        report.append(part("portfolio and money", start, portfolio));

        start = System.nanoTime();
        List<Long> synthetic = dsl.select(PROJECT.ID).from(PROJECT).join(SOURCE).on(SOURCE.ID.eq(PROJECT.SOURCE_ID))
                .where(SOURCE.CODE.eq(SyntheticData.SOURCE_CODE)).orderBy(PROJECT.ID).fetch(PROJECT.ID);
        List<Long> withResults = new ArrayList<>();
        for (int i = 0; i < synthetic.size(); i += 4) {
            withResults.add(synthetic.get(i));
        }
        SyntheticResults.Written results = new SyntheticResults(dsl).add(scaled(5_000, scale, 50), 5, withResults);
        report.append(part("results", start, results.rows()));

        start = System.nanoTime();
        SyntheticMonitor.Loaded monitor = new SyntheticMonitor(dsl, imports, areas)
                .load(scaled(3_000_000, scale, 30_000), dir);
        long imported = monitor.imports().stream().mapToLong(t -> t.summary().added()).sum();
        report.append(part("monitor observations (" + monitor.imports().size() + " template imports)", start,
                Map.of("observation", (int) imported)));

        start = System.nanoTime();
        dsl.execute("analyze");
        report.append("analyze: %.1f s%n".formatted((System.nanoTime() - start) / 1e9));
        Map<String, Integer> rows = counts();
        report.append("rows: ").append(rows).append('\n');
        return new Built(results, rows, report.toString());
    }

    private static String part(String name, long start, Map<String, Integer> rows) {
        return "%-48s %7.1f s  %s%n".formatted(name, (System.nanoTime() - start) / 1e9, rows);
    }

    /** Row counts of the tables that grow with the country. */
    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : List.of("programme", "theme", "project", "project_programme", "project_area",
                "project_partner", "organisation", "funder", "budget_line", "budget_revision", "voucher_award",
                "mobilised_investment", "result", "indicator", "result_update", "update_disaggregation",
                "monitor_indicator", "observation", "area")) {
            counts.put(table, dsl.fetchValue(DSL.field("(select count(*) from " + table + ")", Integer.class)));
        }
        return counts;
    }
}
