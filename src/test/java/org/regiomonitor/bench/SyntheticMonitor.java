package org.regiomonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.SOURCE;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.monitor.Aggregation;
import org.regiomonitor.monitor.Direction;
import org.regiomonitor.monitor.ImportRequest;
import org.regiomonitor.monitor.ImportSummary;
import org.regiomonitor.monitor.MonitorImports;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.regiomonitor.monitor.imports.SingleFile;
import org.regiomonitor.shared.SourceKind;

/**
 * SYNTHETIC monitor figures for the benchmarks (never shipped): yearly indicators {@code BENCH_001...} summed over
 * areas, with a figure for every current municipality 2004-2024, imported through the generic template importer
 * (the upload's path: read, match, COPY, check, merge) in files of about a million observations. The size is the
 * number of observations wanted; the indicators follow from it (3,000,000 over 343 municipalities and 21 years: 417
 * indicators). The one generator of monitor data: {@code MonitorBench} and the whole-product benchmark both use it.
 */
final class SyntheticMonitor {

    /** From 2004 on, after the last merger in the home region (Rijssen-Holten, March 2003), so that raw SQL over today's members is exact. */
    static final int FIRST_YEAR = 2004;
    static final int LAST_YEAR = 2024;
    static final String SOURCE_CODE = "BENCH-SYNTHETIC";
    private static final long PER_FILE = 1_000_000;

    /** One timed import. */
    record Timed(String label, ImportSummary summary, double seconds) {
    }

    /** What {@link #load} made. */
    record Loaded(int indicators, int municipalities, int years, long observations, List<Timed> imports) {

        /** The code of an indicator in the middle of the range (a typical one to measure). */
        String middleIndicator() {
            return code(Math.max(1, indicators / 2));
        }

        String describe() {
            return "Synthetic data: %d indicators x %d municipalities x %d years = %,d observations in %d template files%n"
                    .formatted(indicators, municipalities, years, observations, imports.size());
        }
    }

    private final DSLContext dsl;
    private final MonitorImports imports;
    private final Areas areas;

    SyntheticMonitor(DSLContext dsl, MonitorImports imports, Areas areas) {
        this.dsl = dsl;
        this.imports = imports;
        this.areas = areas;
    }

    static String code(int i) {
        return "BENCH_%03d".formatted(i);
    }

    /** The synthetic value of an indicator in a municipality and year (so a raw SQL check can recompute it). */
    static long value(int indicator, long areaId, int year) {
        return 1000 + indicator * 7L + areaId * 13 + (year - FIRST_YEAR) * 3L;
    }

    /**
     * Adds as many synthetic indicators as about {@code observations} figures need (at least one) and imports their
     * figures for every municipality, in files under {@code dir}; fails on a refused import.
     */
    Loaded load(long observations, Path dir) throws IOException {
        List<AreaSummary> municipalities = areas.list(AreaKind.MUNICIPALITY);
        int years = LAST_YEAR - FIRST_YEAR + 1;
        long perIndicator = (long) municipalities.size() * years;
        int indicators = (int) Math.max(1, Math.round((double) observations / perIndicator));
        dsl.insertInto(SOURCE).set(SOURCE.CODE, SOURCE_CODE).set(SOURCE.TITLE, "SYNTHETIC benchmark figures")
                .set(SOURCE.KIND, SourceKind.DATASET).onConflictDoNothing().execute();
        for (int i = 1; i <= indicators; i++) {
            dsl.insertInto(MONITOR_INDICATOR)
                    .set(MONITOR_INDICATOR.CODE, code(i))
                    .set(MONITOR_INDICATOR.NAME_NL, "SYNTHETISCH " + i)
                    .set(MONITOR_INDICATOR.UNIT, "aantal")
                    .set(MONITOR_INDICATOR.DIRECTION, Direction.HIGHER_IS_BETTER)
                    .set(MONITOR_INDICATOR.AGGREGATION, Aggregation.SUM)
                    .execute();
        }
        Files.createDirectories(dir);
        int perFile = (int) Math.max(1, PER_FILE / perIndicator);
        List<Timed> timed = new ArrayList<>();
        long rows = 0;
        for (int from = 1, f = 1; from <= indicators; from += perFile, f++) {
            Path file = dir.resolve("monitor-synthetic-" + f + ".csv");
            rows += write(file, from, Math.min(indicators, from + perFile - 1), municipalities);
            timed.add(importTimed(file.getFileName().toString(), file));
        }
        return new Loaded(indicators, municipalities.size(), years, rows, timed);
    }

    /** Imports a file again (it must write nothing). */
    Timed reimport(Path file) {
        Timed t = importTimed("re-import of " + file.getFileName(), file);
        assertThat(t.summary().written()).isFalse();
        assertThat(t.summary().added() + t.summary().changed()).isZero();
        return t;
    }

    Timed importTimed(String label, Path file) {
        long start = System.nanoTime();
        ImportSummary s = imports.run(new ImportRequest(ImportFormat.TEMPLATE, SingleFile.of(file), SOURCE_CODE,
                Map.of()), "bench");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(s.problems()).as(label).isEmpty();
        return new Timed(label, s, seconds);
    }

    /** The import table's heading and rows. */
    static String table(List<Timed> timed) {
        StringBuilder out = new StringBuilder(String.format("%-46s %10s %10s %10s %10s %12s%n", "import", "read",
                "added", "changed", "unchanged", "seconds"));
        for (Timed t : timed) {
            ImportSummary s = t.summary();
            out.append(String.format("%-46s %,10d %,10d %,10d %,10d %12.2f  (%,.0f per second)%n", t.label(), s.read(),
                    s.added(), s.changed(), s.unchanged(), t.seconds(), s.read() / t.seconds()));
        }
        return out.toString();
    }

    private static long write(Path file, int from, int to, List<AreaSummary> municipalities) throws IOException {
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("indicator;area;period;value;status;source\n");
            for (int i = from; i <= to; i++) {
                for (AreaSummary m : municipalities) {
                    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                        w.write(code(i) + ";" + m.code() + ";" + year + "JJ00;" + value(i, m.id(), year) + ";;\n");
                        rows++;
                    }
                }
            }
        }
        return rows;
    }
}
