package org.regiomonitor.bench;

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
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.monitor.Aggregation;
import org.regiomonitor.monitor.Direction;
import org.regiomonitor.monitor.ImportRequest;
import org.regiomonitor.monitor.ImportSummary;
import org.regiomonitor.monitor.MonitorImports;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.regiomonitor.monitor.imports.SingleFile;
import org.regiomonitor.shared.SourceKind;

/**
 * SYNTHETIC monitor figures for the benchmarks only, never shipped: yearly indicators {@code BENCH_001...} (named
 * "SYNTHETISCH", source {@value #SOURCE_CODE}) with a figure for every given municipality 2004-2024, written as
 * template files and imported through the generic template importer, the path an upload takes (read, match, COPY,
 * check, merge). Regions get their figures from their members, as for real data.
 */
final class SyntheticObservations {

    static final String SOURCE_CODE = "BENCH-SYNTHETIC";
    /** From 2004 on, after the last merger in the home region (Rijssen-Holten, March 2003), so that raw SQL over today's members is exact. */
    static final int FIRST_YEAR = 2004;
    static final int LAST_YEAR = 2024;

    /** The template files written, and the observations in them. */
    record Files3(List<Path> files, long rows) {
    }

    private SyntheticObservations() {
    }

    static String code(int i) {
        return "BENCH_%03d".formatted(i);
    }

    /** The synthetic value of an indicator in a municipality and year (so a raw SQL check can recompute it). */
    static long value(int indicator, long areaId, int year) {
        return 1000 + indicator * 7L + areaId * 13 + (year - FIRST_YEAR) * 3L;
    }

    /** Defines {@code indicators} indicators and their source, and writes their figures into three template files in {@code dir}. */
    static Files3 prepare(DSLContext dsl, int indicators, List<AreaSummary> municipalities, Path dir) throws IOException {
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
        int perFile = Math.max(1, indicators / 3);
        List<Path> files = new ArrayList<>();
        long rows = 0;
        for (int f = 0; f < 3 && f * perFile < indicators; f++) {
            Path file = dir.resolve("monitor-synthetic-" + (f + 1) + ".csv");
            rows += write(file, f * perFile + 1, f == 2 ? indicators : (f + 1) * perFile, municipalities);
            files.add(file);
        }
        return new Files3(files, rows);
    }

    /** Imports one of the files as an upload would. */
    static ImportSummary importFile(MonitorImports imports, Path file) {
        return imports.run(new ImportRequest(ImportFormat.TEMPLATE, SingleFile.of(file), SOURCE_CODE, Map.of()), "bench");
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
