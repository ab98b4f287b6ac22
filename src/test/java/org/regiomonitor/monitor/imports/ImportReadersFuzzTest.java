package org.regiomonitor.monitor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fuzzing of every reader (issue 8, acceptance 8). The property: reading never throws (but for
 * {@link IOException}, which in-memory input cannot give), and every figure it gives has a location, an area code,
 * a period and either a value or the reason there is none. In the normal test run Jazzer replays the seeds in
 * {@code ImportReadersFuzzTestInputs/<method>} (small excerpts of the real files) and any crash inputs saved
 * there; the {@code fuzz} profile of pom.xml then fuzzes {@link #anyReader} (all readers, one JVM) for its
 * {@code maxDuration}; one reader alone: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ImportReadersFuzzTest#odataPage}
 * (docs/monitor-imports.md).
 */
class ImportReadersFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void odataPage(byte[] input) throws IOException {
        check(FuzzInputs.ODATA_PAGE, input);
    }

    @FuzzTest(maxDuration = "8s")
    void zipUpload(byte[] input) throws IOException {
        check(FuzzInputs.ZIP_UPLOAD, input);
    }

    @FuzzTest(maxDuration = "10s")
    void statlineCsv(byte[] input) throws IOException {
        check(FuzzInputs.STATLINE_CSV, input);
    }

    @FuzzTest(maxDuration = "8s")
    void eurostatCsv(byte[] input) throws IOException {
        check(FuzzInputs.EUROSTAT_CSV, input);
    }

    @FuzzTest(maxDuration = "8s")
    void templateCsv(byte[] input) throws IOException {
        check(FuzzInputs.TEMPLATE_CSV, input);
    }

    @FuzzTest(maxDuration = "8s")
    void templateXlsx(byte[] input) throws IOException {
        check(FuzzInputs.TEMPLATE_XLSX, input);
    }

    /**
     * The harness the bounded run of every build fuzzes (one JVM, one @FuzzTest: Jazzer's limit): the first byte
     * picks the reader ({@link FuzzInputs} in declaration order), the rest is its input. Its seeds are the other
     * harnesses' seeds with that byte in front.
     */
    @FuzzTest(maxDuration = "60s")
    void anyReader(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        FuzzInputs[] harnesses = FuzzInputs.values();
        check(harnesses[Byte.toUnsignedInt(input[0]) % harnesses.length], Arrays.copyOfRange(input, 1, input.length));
    }

    /** The seeds are real imports: read without a problem, they give figures (so the fuzzer starts from them). */
    @ParameterizedTest
    @EnumSource(FuzzInputs.class)
    void seedsReadWithoutProblems(FuzzInputs harness) throws IOException, URISyntaxException {
        Path inputs = Path.of(getClass().getResource(getClass().getSimpleName() + "Inputs").toURI())
                .resolve(harness.method());
        List<Path> seeds;
        try (Stream<Path> files = Files.list(inputs)) {
            seeds = files.filter(f -> !f.getFileName().toString().startsWith("crash-")).toList();
        }
        assertThat(seeds).isNotEmpty();
        for (Path seed : seeds) {
            ImportProblems problems = new ImportProblems();
            ImportFiles files = harness.files(Files.readAllBytes(seed), problems);
            List<RawObservation> read = new ArrayList<>();
            harness.format().reader(ImportOptions.DEFAULTS).read(files, read::add, problems);
            assertThat(problems.list()).as(seed.toString()).isEmpty();
            assertThat(read).as(seed.toString()).isNotEmpty();
        }
    }

    static void check(FuzzInputs harness, byte[] input) throws IOException {
        ImportProblems problems = new ImportProblems();
        ImportFiles files = harness.files(input, problems);
        harness.format().reader(ImportOptions.DEFAULTS).read(files, ImportReadersFuzzTest::wellFormed, problems);
    }

    private static void wellFormed(RawObservation o) {
        if (o.at() == null || o.at().file() == null) {
            throw new AssertionError("no location: " + o);
        }
        if (o.dataset() == null || o.measure() == null || o.measure().isBlank() || o.areaSystem() == null) {
            throw new AssertionError("no dataset or measure: " + o);
        }
        if (o.areaCode() == null || o.areaCode().isBlank() || o.period() == null || o.period().isBlank()) {
            throw new AssertionError("no area or period: " + o);
        }
        if ((o.value() == null) == (o.missing() == null)) {
            throw new AssertionError("neither a value nor a reason for none, or both: " + o);
        }
        if (o.value() != null && !Decimals.inRange(o.value())) {
            throw new AssertionError("value out of range: " + o);
        }
    }
}
