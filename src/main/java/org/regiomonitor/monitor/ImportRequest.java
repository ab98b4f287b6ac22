package org.regiomonitor.monitor;

import java.util.Map;
import org.regiomonitor.monitor.imports.ImportFiles;
import org.regiomonitor.monitor.imports.ImportFormat;

/**
 * An import to preview or run.
 *
 * @param sourceCode for the template: the code of the source (from the sources list) the figures come from;
 *                   CBS and Eurostat files name their own dataset and get a source of their own
 * @param options    reader options (e.g. a dimension mapped to a code other than its total), and {@link #FROM} /
 *                   {@link #TO}: the first and last period to import (others are skipped and counted)
 */
public record ImportRequest(ImportFormat format, ImportFiles files, String sourceCode, Map<String, String> options) {

    /** Option: the first period to import (a period code, e.g. 1995JJ00 or 1995). */
    public static final String FROM = "from";
    /** Option: the last period to import. */
    public static final String TO = "to";

    public ImportRequest {
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
