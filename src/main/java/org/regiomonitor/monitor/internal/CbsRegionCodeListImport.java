package org.regiomonitor.monitor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.regiomonitor.area.AreaHistory;
import org.regiomonitor.area.CbsRegionCode;
import org.regiomonitor.area.CbsRegionCodes;
import org.regiomonitor.monitor.imports.ImportFiles;
import org.regiomonitor.monitor.imports.ImportProblems;
import org.regiomonitor.monitor.imports.Locator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region code list of a CBS OData v4 download ({@code codes-RegioS.json}): every municipality code the table
 * ever had, with CBS's descriptions of its start, end and mergers, brought into the areas
 * ({@link AreaHistory}) in the import's transaction, citing the table as source.
 */
@Component
class CbsRegionCodeListImport implements RegionCodeListImport {

    static final String FILE = "codes-RegioS.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AreaHistory history;
    private final DatasetSources sources;

    CbsRegionCodeListImport(AreaHistory history, DatasetSources sources) {
        this.history = history;
        this.sources = sources;
    }

    @Override
    public void apply(ImportFiles files, ImportProblems problems) {
        if (!files.names().contains(FILE)) {
            return;
        }
        List<CbsRegionCode> codes;
        try (InputStream in = files.open(FILE)) {
            codes = CbsRegionCodes.read(in);
        } catch (IOException | RuntimeException e) {
            problems.add(Locator.file(FILE), "region-codes", "the region code list cannot be read: " + e.getMessage());
            return;
        }
        String dataset = dataset(files);
        history.apply(codes, dataset == null ? null : sources.idOf(dataset));
    }

    /** The table id from properties.json (null when it cannot be read: the reader reports that file itself). */
    private static String dataset(ImportFiles files) {
        if (!files.names().contains("properties.json")) {
            return null;
        }
        try (InputStream in = files.open("properties.json")) {
            JsonNode id = JSON.readTree(in).path("Identifier");
            return id.isString() ? id.asString().strip().toLowerCase(java.util.Locale.ROOT) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
