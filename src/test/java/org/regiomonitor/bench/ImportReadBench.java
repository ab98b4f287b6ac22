package org.regiomonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regiomonitor.monitor.imports.CbsOdata4Reader;
import org.regiomonitor.monitor.imports.CbsStatlineCsvReader;
import org.regiomonitor.monitor.imports.DirectoryFiles;
import org.regiomonitor.monitor.imports.ImportFiles;
import org.regiomonitor.monitor.imports.ImportOptions;
import org.regiomonitor.monitor.imports.ImportProblems;
import org.regiomonitor.monitor.imports.ObservationReader;
import org.regiomonitor.monitor.imports.RawObservation;
import org.regiomonitor.monitor.imports.SingleFile;
import org.regiomonitor.monitor.imports.TemplateReader;

/**
 * Benchmark of the monitor's import readers alone (issue 8, acceptance 6: a 1,000,000-observation import in under
 * 5 s including the database, so reading must stay well under 2 s), run with
 * {@code ./mvnw -Pbench verify -Dtest=ImportReadBench} (never part of the normal suite). It reads the real 03759ned
 * OData download (13,568 observations) and the 3 MB StatLine CSV of 37259ned from the shared data, and a SYNTHETIC
 * 1,000,000-row StatLine CSV and template CSV that it writes to {@code target/bench} (never committed or shipped),
 * each {@code bench.warmup} (2) times unmeasured and {@code bench.runs} (5) times measured, and prints the median
 * and best time and the observations per second. It fails on a wrong count or a problem, never on timing. The
 * output is also written to {@code target/bench/import-read.txt}.
 */
@Tag("bench")
class ImportReadBench {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 2);
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final int ROWS = Integer.getInteger("bench.import.rows", 1_000_000);
    private static final Path SHARED = Path.of(System.getProperty("regiomonitor.shared-data", "/work/shared/data"));
    private static final Path OUT = Path.of("target/bench");

    /** Counts and sums what a reader gives, so that nothing is optimised away. */
    private static final class Tally {
        long observations;
        long missing;
        BigDecimal sum = BigDecimal.ZERO;

        void accept(RawObservation o) {
            observations++;
            if (o.value() == null) {
                missing++;
            } else {
                sum = sum.add(o.value());
            }
        }
    }

    private record Timing(String what, long observations, double medianMs, double bestMs) {
        String line() {
            return "%-44s %,10d obs  median %8.1f ms  best %8.1f ms  %,12.0f obs/s".formatted(what, observations,
                    medianMs, bestMs, observations / (medianMs / 1000));
        }
    }

    private static Timing time(String what, ObservationReader reader, ImportFiles files, long expected)
            throws IOException {
        double[] ms = new double[RUNS];
        long count = 0;
        for (int i = 0; i < WARMUP + RUNS; i++) {
            Tally tally = new Tally();
            ImportProblems problems = new ImportProblems();
            long start = System.nanoTime();
            reader.read(files, tally::accept, problems);
            long elapsed = System.nanoTime() - start;
            assertThat(problems.list()).as(what).isEmpty();
            assertThat(tally.observations).as(what).isEqualTo(expected);
            count = tally.observations;
            if (i >= WARMUP) {
                ms[i - WARMUP] = elapsed / 1e6;
            }
        }
        Arrays.sort(ms);
        return new Timing(what, count, ms[ms.length / 2], ms[0]);
    }

    /** A StatLine CSV as CBS writes it (BOM, quotes, padded codes), one measure: {@code ROWS} observations. */
    private static Path syntheticStatline() throws IOException {
        Path file = OUT.resolve("99999ned_synthetic.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFF\"ID\";\"Geslacht\";\"RegioS\";\"Perioden\";\"Bevolking_1\"\r\n");
            for (int i = 0; i < ROWS; i++) {
                String value = i % 10 == 0 ? "       ." : "%8d".formatted(1000 + i % 900_000);
                out.write("\"%d\";\"T001038\";\"GM%04d  \";\"%dJJ00\";\"%s\"\r\n".formatted(i, i % 10_000,
                        1900 + i / 10_000 % 300, value));
            }
        }
        return file;
    }

    /** The long template, one figure per row: {@code ROWS} observations. */
    private static Path syntheticTemplate() throws IOException {
        Path file = OUT.resolve("template-synthetic.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("indicator;area;period;value;status;source\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("POPULATION;GM%04d;%d;%d,%d;%s;\n".formatted(i % 10_000, 1900 + i / 10_000 % 300,
                        1000 + i % 900_000, i % 10, i % 7 == 0 ? "provisional" : ""));
            }
        }
        return file;
    }

    @Test
    void readsTheRealAndASyntheticMillionRowFile() throws IOException {
        Files.createDirectories(OUT);
        List<Timing> timings = new ArrayList<>();
        timings.add(time("CBS OData v4 03759ned (real)", new CbsOdata4Reader(ImportOptions.DEFAULTS),
                new DirectoryFiles(SHARED.resolve("cbs/odata4/03759ned")), 13_568));
        timings.add(time("StatLine CSV 37259ned, 3 MB (real)", new CbsStatlineCsvReader(ImportOptions.DEFAULTS),
                SingleFile.of(SHARED.resolve("cbs/statline-csv/37259ned_UntypedDataSet_05022020_161506.csv")),
                69_089));
        Path statline = syntheticStatline();
        Path template = syntheticTemplate();
        try {
            timings.add(time("StatLine CSV, %,d rows (synthetic, %d MB)".formatted(ROWS, Files.size(statline) >> 20),
                    new CbsStatlineCsvReader(ImportOptions.DEFAULTS), SingleFile.of(statline), ROWS));
            timings.add(time("template CSV, %,d rows (synthetic, %d MB)".formatted(ROWS, Files.size(template) >> 20),
                    new TemplateReader(), SingleFile.of(template), ROWS));
        } finally {
            Files.deleteIfExists(statline);
            Files.deleteIfExists(template);
        }
        StringBuilder report = new StringBuilder("Import readers (no database), %d warm-up + %d measured runs, %s %s\n"
                .formatted(WARMUP, RUNS, System.getProperty("java.vm.name"), Runtime.version()));
        timings.forEach(t -> report.append(t.line()).append('\n'));
        report.append("target: reading 1,000,000 observations well under 2,000 ms (the whole import under 5 s)\n");
        System.out.print(report);
        try {
            Files.writeString(OUT.resolve("import-read.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
