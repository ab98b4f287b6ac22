package org.regiomonitor.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.monitor.imports.ImportFiles;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.regiomonitor.monitor.imports.ImportProblem;
import org.regiomonitor.monitor.imports.ImportProblems;
import org.regiomonitor.monitor.imports.SingleFile;
import org.regiomonitor.monitor.imports.ZipFiles;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 8, acceptance 2 (database half; the readers' tests check each message in detail) and 8 (the "no partial
 * write" half of the fuzzing): malformed CBS OData v4 and StatLine CSV files are refused with problems naming file,
 * row and column, and the database is unchanged; so is every one of a few hundred mutations of real excerpts that
 * the importer refuses.
 */
@IntegrationTest
class MalformedImportTest {

    private static final String HEADER = "\uFEFF\"ID\";\"Geslacht\";\"RegioS\";\"Perioden\";\"BevolkingOp1Januari_1\"\n";
    private static final String GOOD_ROWS = """
            "1";"T001038";"GM0153  ";"2030JJ00";"  160000"
            "2";"T001038";"GM0164  ";"2030JJ00";"   81000"
            """;

    @Autowired
    DSLContext dsl;
    @Autowired
    MonitorImports imports;

    private long state() {
        return dsl.fetchSingle("select count(*) + coalesce(sum(length(value::text)), 0) from observation")
                .get(0, Long.class) * 31 + dsl.fetchCount(dsl.selectFrom("observation_release"))
                + dsl.fetchCount(dsl.selectFrom("area")) * 7L;
    }

    private ImportSummary statline(String body) {
        return imports.run(new ImportRequest(ImportFormat.CBS_STATLINE_CSV,
                SingleFile.of("37259ned_test.csv", body.getBytes(StandardCharsets.UTF_8)), null, Map.of()), "tester");
    }

    /** The shipped 03759ned download with its observation page replaced. */
    private static byte[] odataZip(String observations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new ClassPathResource("referencedata/monitor/cbs-03759ned-odata4.zip").getInputStream();
                ZipInputStream zin = new ZipInputStream(in); ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("observations-page-1.json")) {
                    zout.write(observations.getBytes(StandardCharsets.UTF_8));
                } else {
                    zin.transferTo(zout);
                }
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String row(int id, String region, String period, String value) {
        return "{\"Id\": %d, \"Measure\": \"M000352\", \"ValueAttribute\": \"None\", \"Value\": %s, \"StringValue\": null,"
                .formatted(id, value) + " \"BurgerlijkeStaat\": \"T001019\", \"Geslacht\": \"T001038\", \"Leeftijd\": \"10000\","
                + " \"RegioS\": \"%s\", \"Perioden\": \"%s\"}".formatted(region, period);
    }

    private static String page(String... rows) {
        return "{\"@odata.context\": \"x\", \"value\": [" + String.join(",\n", rows) + "]}";
    }

    private ImportSummary odata(String observations) throws IOException {
        byte[] zip = odataZip(observations);
        ImportProblems problems = new ImportProblems();
        ImportFiles files = ZipFiles.open("03759ned-test.zip", () -> new java.io.ByteArrayInputStream(zip), problems);
        assertThat(problems.any()).isFalse();
        return imports.run(new ImportRequest(ImportFormat.CBS_ODATA4, files, null, Map.of()), "tester");
    }

    private void refused(ImportSummary s, String file, long row, String column, String messagePart) {
        assertThat(s.written()).isFalse();
        assertThat(s.problems()).as(s.problems().toString()).isNotEmpty();
        ImportProblem p = s.problems().getFirst();
        assertThat(p.at().file()).isEqualTo(file);
        assertThat(p.at().row()).as(s.problems().toString()).isEqualTo(row);
        if (column != null) {
            assertThat(p.at().column()).isEqualTo(column);
        }
        assertThat(p.message()).containsIgnoringCase(messagePart);
    }

    @Test
    void malformedStatlineCsvIsRefusedWithRowAndColumnAndNothingChanges() {
        long before = state();
        refused(statline(HEADER.replace("Perioden", "Periode") + GOOD_ROWS), "37259ned_test.csv", 1, null, "");
        refused(statline(HEADER + GOOD_ROWS + "\"3\";\"T001038\";\"GM9999  \";\"2030JJ00\";\"  5\"\n"),
                "37259ned_test.csv", 4, "BevolkingOp1Januari_1", "unknown area code \"GM9999\"");
        refused(statline(HEADER + GOOD_ROWS + "\"3\";\"T001038\";\"GM0141  \";\"2030XX00\";\"  5\"\n"),
                "37259ned_test.csv", 4, "BevolkingOp1Januari_1", "unknown period code");
        refused(statline(HEADER + GOOD_ROWS + "\"3\";\"T001038\";\"GM0141  \";\"2030JJ00\";\"  12a\"\n"),
                "37259ned_test.csv", 4, "BevolkingOp1Januari_1", "12a");
        refused(statline(HEADER + GOOD_ROWS + "\"3\";\"T001038\";\"GM0153  \";\"2030JJ00\";\"  160001\"\n"),
                "37259ned_test.csv", 4, "BevolkingOp1Januari_1", "duplicate");
        assertThat(state()).isEqualTo(before);
        // and the good rows alone are imported
        assertThat(statline(HEADER + GOOD_ROWS).added()).isEqualTo(2);
    }

    @Test
    void malformedOdataIsRefusedWithRowAndColumnAndNothingChanges() throws IOException {
        long before = state();
        String good = row(1, "GM0153", "2026JJ00", "161000");
        refused(odata(page(good, row(2, "GM9998", "2026JJ00", "5"))), "observations-page-1.json", 2, "RegioS", "GM9998");
        refused(odata(page(good, row(2, "GM0164", "2026XX00", "5"))), "observations-page-1.json", 2, "Perioden", "2026XX00");
        refused(odata(page(good, row(2, "GM0164", "2026JJ00", "\"veel\""))), "observations-page-1.json", 2, "Value", "");
        refused(odata(page(good, row(2, "GM0153", "2026JJ00", "161001"))), "observations-page-1.json", 2, null,
                "duplicate");
        String truncated = page(good, row(2, "GM0164", "2026JJ00", "82000"));
        refused(odata(truncated.substring(0, truncated.length() - 40)), "observations-page-1.json", 2, null, "");
        assertThat(state()).isEqualTo(before);
    }

    /**
     * A few hundred seeded mutations (bytes flipped, dropped, repeated) of a real CSV excerpt and of an OData page:
     * whatever the importer makes of them, it never throws, and a refused import leaves the database as it was.
     */
    @Test
    void mutatedFilesAreEitherImportedOrRefusedWithNothingWritten() throws IOException {
        Random random = new Random(8);
        String csv = HEADER + GOOD_ROWS;
        String json = page(row(1, "GM0153", "2032JJ00", "162000"), row(2, "GM0164", "2032JJ00", "83000"));
        int refusedCount = 0;
        for (int i = 0; i < 150; i++) {
            for (boolean odata : List.of(false, true)) {
                byte[] bytes = mutate((odata ? json : csv).getBytes(StandardCharsets.UTF_8), random);
                long before = state();
                ImportSummary s = odata ? odata(new String(bytes, StandardCharsets.UTF_8))
                        : imports.run(new ImportRequest(ImportFormat.CBS_STATLINE_CSV,
                                SingleFile.of("37259ned_fuzz.csv", bytes), null, Map.of()), "tester");
                if (!s.written()) {
                    refusedCount++;
                    assertThat(state()).as("mutation %d (%s) refused or empty: nothing written", i, odata).isEqualTo(before);
                }
                assertThat(s.problemCount() == 0 || s.problems().stream().allMatch(p -> p.at() != null)).isTrue();
            }
        }
        assertThat(refusedCount).isPositive();
    }

    private static byte[] mutate(byte[] in, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : in) {
            int dice = random.nextInt(60);
            if (dice == 0) {
                continue; // dropped
            }
            out.write(dice == 1 ? (byte) random.nextInt(256) : b);
            if (dice == 2) {
                out.write(b); // repeated
            }
        }
        return out.toByteArray();
    }
}
