package org.regiomonitor.monitor.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.regiomonitor.monitor.ImportRequest;
import org.regiomonitor.monitor.ImportSummary;
import org.regiomonitor.monitor.MonitorImports;
import org.regiomonitor.monitor.imports.ImportFiles;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.regiomonitor.monitor.imports.ImportProblems;
import org.regiomonitor.monitor.imports.SingleFile;
import org.regiomonitor.monitor.imports.ZipFiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The CBS and Eurostat files that ship with the product (copies of shared/data, see
 * {@code referencedata/SOURCES.md}), imported in this order through {@link MonitorImports} like any upload:
 * the region code list of 03759ned first brings the municipalities of 2019-2026 with their mergers, the StatLine
 * files extend the series back to 1995, the Eurostat extracts add the German border districts.
 */
@Component
public class ShippedStatistics {

    static final String FOLDER = "referencedata/monitor/";

    /** File, format; zips hold the JSON files of a CBS OData v4 download. */
    static final List<Map.Entry<String, ImportFormat>> FILES = List.of(
            Map.entry("cbs-03759ned-odata4.zip", ImportFormat.CBS_ODATA4),
            Map.entry("cbs-83625NED-odata4.zip", ImportFormat.CBS_ODATA4),
            Map.entry("cbs-37259ned-statline.zip", ImportFormat.CBS_STATLINE_CSV),
            Map.entry("cbs-70072ned-statline.zip", ImportFormat.CBS_STATLINE_CSV),
            Map.entry("demo_r_gind3_extract.csv", ImportFormat.EUROSTAT_CSV),
            Map.entry("nama_10r_3empers_extract.csv", ImportFormat.EUROSTAT_CSV));

    private final MonitorImports imports;

    ShippedStatistics(MonitorImports imports) {
        this.imports = imports;
    }

    /** Imports every shipped file; each is all or nothing on its own. */
    public List<ImportSummary> importAll(String actor) {
        List<ImportSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, ImportFormat> file : FILES) {
            summaries.add(imports.run(request(file.getKey(), file.getValue()), actor));
        }
        return summaries;
    }

    /** The import request of a shipped file. */
    public static ImportRequest request(String name, ImportFormat format) {
        ClassPathResource resource = new ClassPathResource(FOLDER + name);
        SingleFile.Source source = resource::getInputStream;
        ImportFiles files;
        if (name.endsWith(".zip")) {
            ImportProblems problems = new ImportProblems();
            try {
                files = ZipFiles.open(name, source, problems);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (problems.any()) {
                throw new IllegalStateException("shipped file " + name + ": " + problems.list());
            }
        } else {
            files = new SingleFile(name, source);
        }
        // 37259ned goes back to 1960 with codes of municipalities that ended before CBS's code lists begin; its
        // figures from 1995 on are complete (SOURCES.md)
        return new ImportRequest(format, files, null,
                name.startsWith("cbs-37259ned") ? Map.of(ImportRequest.FROM, "1995JJ00") : Map.of());
    }
}
