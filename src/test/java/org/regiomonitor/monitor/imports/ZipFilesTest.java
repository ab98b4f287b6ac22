package org.regiomonitor.monitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.monitor.imports.ImportTestFiles.directory;
import static org.regiomonitor.monitor.imports.ImportTestFiles.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.regiomonitor.monitor.imports.ImportTestFiles.Result;

class ZipFilesTest {

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static ZipFiles open(byte[] zip, ImportProblems problems) throws IOException {
        return ZipFiles.open("upload.zip", () -> new ByteArrayInputStream(zip), problems);
    }

    @Test
    void readsAnOdataDownloadFromAZipWithItsFolderFlattened() throws IOException {
        Map<String, byte[]> files = directory("cbs/odata4/83625NED");
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        files.forEach((name, bytes) -> entries.put("83625NED/" + name, bytes));
        entries.put("83625NED/", new byte[0]);
        entries.put("__MACOSX/83625NED/._index.json", new byte[] {0});
        ImportProblems problems = new ImportProblems();

        ZipFiles zip = open(zip(entries), problems);
        Result result = read(new CbsOdata4Reader(ImportOptions.DEFAULTS), zip);

        assertThat(problems.any()).isFalse();
        assertThat(zip.names()).containsExactlyInAnyOrderElementsOf(files.keySet());
        try (InputStream in = zip.open("index.json")) {
            assertThat(in.readAllBytes()).isEqualTo(files.get("index.json"));
        }
        assertThat(result.problemList()).isEmpty();
        assertThat(result.observations()).hasSize(8_195);
    }

    @Test
    void refusesZipSlipNames() throws IOException {
        ImportProblems problems = new ImportProblems();

        ZipFiles zip = open(zip(Map.of("../../etc/cron.d/x.csv", new byte[] {1})), problems);

        assertThat(zip.names()).isEmpty();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("zip.unsafeName");
            assertThat(p.at()).isEqualTo(new Locator("upload.zip", 0, "../../etc/cron.d/x.csv"));
        });
    }

    @Test
    void refusesAZipThatInflatesBeyondTheLimitOrHoldsTooManyEntries() throws IOException {
        byte[] zeros = new byte[2 << 20];
        byte[] bomb = zip(Map.of("a.csv", zeros));
        byte[] many = zip(Map.of("a.csv", new byte[1], "b.csv", new byte[1], "c.csv", new byte[1]));
        ImportProblems tooLarge = new ImportProblems();
        ImportProblems tooMany = new ImportProblems();

        ZipFiles large = ZipFiles.open("bomb.zip", () -> new ByteArrayInputStream(bomb), tooLarge, 1 << 20, 10);
        ZipFiles crowded = ZipFiles.open("many.zip", () -> new ByteArrayInputStream(many), tooMany, 1 << 20, 2);

        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(large.names()).isEmpty();
        assertThat(tooLarge.list()).extracting(ImportProblem::key).containsExactly("zip.tooLarge");
        assertThat(crowded.names()).isEmpty();
        assertThat(tooMany.list()).extracting(ImportProblem::key).containsExactly("zip.tooManyEntries");
    }

    @Test
    void refusesTwoFilesOfTheSameNameAndADamagedZip() throws IOException {
        ImportProblems duplicate = new ImportProblems();
        ImportProblems damaged = new ImportProblems();
        byte[] good = zip(Map.of("a/data.csv", new byte[] {1}, "b/data.csv", new byte[] {2}));

        open(good, duplicate);
        byte[] text = "ID;RegioS;Perioden;X_1\n".repeat(2_000).getBytes();
        byte[] large = zip(Map.of("data.csv", text));
        open(Arrays.copyOf(large, large.length / 2), damaged); // cut inside the entry's data

        assertThat(duplicate.list()).extracting(ImportProblem::key).containsExactly("zip.duplicateName");
        assertThat(damaged.list()).extracting(ImportProblem::key).containsExactly("zip.unreadable");
    }
}
