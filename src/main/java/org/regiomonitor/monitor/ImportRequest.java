package org.regiomonitor.monitor;

import java.util.Map;
import org.regiomonitor.monitor.imports.ImportFiles;
import org.regiomonitor.monitor.imports.ImportFormat;

/**
 * An import to preview or run.
 *
 * @param sourceCode for the template: the code of the source (from the sources list) the figures come from;
 *                   CBS and Eurostat files name their own dataset and get a source of their own
 * @param options    reader options (e.g. a dimension mapped to a code other than its total)
 */
public record ImportRequest(ImportFormat format, ImportFiles files, String sourceCode, Map<String, String> options) {

    public ImportRequest {
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
