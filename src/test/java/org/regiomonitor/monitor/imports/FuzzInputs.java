package org.regiomonitor.monitor.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a fuzzer's bytes become an import, per harness: the one place to extend when a harness reads more (the
 * database writer's "no partial write" check runs an import of {@link #files} through the importer).
 */
enum FuzzInputs {
    /** The bytes are an OData observation page; the metadata are a real excerpt of 83625NED. */
    ODATA_PAGE(ImportFormat.CBS_ODATA4),
    /** The bytes are an uploaded zip (of an OData download, in the seeds). */
    ZIP_UPLOAD(ImportFormat.CBS_ODATA4),
    STATLINE_CSV(ImportFormat.CBS_STATLINE_CSV),
    EUROSTAT_CSV(ImportFormat.EUROSTAT_CSV),
    TEMPLATE_CSV(ImportFormat.TEMPLATE),
    TEMPLATE_XLSX(ImportFormat.TEMPLATE);

    static final String EXCERPT = "odata-83625NED-excerpt/";
    private static final List<String> METADATA = List.of("properties.json", "dimensions.json", "measure-codes.json",
            "codes-RegioS.json", "codes-Perioden.json");
    private static final Map<String, byte[]> ODATA_METADATA = load();

    private final ImportFormat format;

    FuzzInputs(ImportFormat format) {
        this.format = format;
    }

    ImportFormat format() {
        return format;
    }

    /** The harness method in {@link ImportReadersFuzzTest} (and its seed directory): ODATA_PAGE is odataPage. */
    String method() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder method = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            method.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return method.toString();
    }

    /** The import these bytes make; problems of the container (a refused zip) go to {@code problems}. */
    ImportFiles files(byte[] input, ImportProblems problems) throws IOException {
        return switch (this) {
            case ODATA_PAGE -> {
                Map<String, byte[]> files = new LinkedHashMap<>(ODATA_METADATA);
                files.put("observations-page-1.json", input);
                yield new ImportTestFiles.InMemoryFiles("83625NED", files);
            }
            case ZIP_UPLOAD -> ZipFiles.open("upload.zip", () -> new ByteArrayInputStream(input), problems, 16 << 20,
                    100);
            case STATLINE_CSV -> SingleFile.of("37259ned_fuzz.csv", input);
            case EUROSTAT_CSV -> SingleFile.of("demo_r_gind3_extract.csv", input);
            case TEMPLATE_CSV -> SingleFile.of("figures.csv", input);
            case TEMPLATE_XLSX -> SingleFile.of("figures.xlsx", input);
        };
    }

    private static Map<String, byte[]> load() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : METADATA) {
            try (InputStream in = FuzzInputs.class.getResourceAsStream(EXCERPT + name)) {
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
