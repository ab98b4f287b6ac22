package org.regiomonitor.monitor.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a reader cannot tell from the file itself (docs/monitor-imports.md, "Options").
 *
 * @param dataset the dataset id to use instead of the one the file names (the StatLine CSV's file-name prefix,
 *                the Eurostat extract's file name); null to take it from the file
 * @param dimensionCodes per dimension that is neither region nor period (e.g. {@code Geslacht}), the one code to
 *                       read (e.g. {@code 3000} for men) instead of the dimension's total
 */
public record ImportOptions(String dataset, Map<String, String> dimensionCodes) {

    public static final ImportOptions DEFAULTS = new ImportOptions(null, Map.of());

    public ImportOptions {
        dataset = dataset == null || dataset.isBlank() ? null : dataset.strip().toLowerCase(Locale.ROOT);
        dimensionCodes = Map.copyOf(dimensionCodes);
    }

    /**
     * Options from the command line or a form: {@code dimension=code} pairs (codes trimmed); a pair without
     * {@code =} or with an empty side is refused with the text it was given.
     */
    public static ImportOptions of(String dataset, List<String> dimensionCodes) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String pair : dimensionCodes) {
            int eq = pair.indexOf('=');
            String dimension = eq < 0 ? "" : pair.substring(0, eq).strip();
            String code = eq < 0 ? "" : pair.substring(eq + 1).strip();
            if (dimension.isEmpty() || code.isEmpty()) {
                throw new IllegalArgumentException("not dimension=code: " + pair);
            }
            codes.put(dimension, code);
        }
        return new ImportOptions(dataset, codes);
    }

    /**
     * Options as an import request carries them: the key {@code dataset} names the dataset, every other key is a
     * dimension and its value the code to read.
     */
    public static ImportOptions of(Map<String, String> options) {
        Map<String, String> codes = new LinkedHashMap<>();
        options.forEach((key, value) -> {
            if (!key.strip().equals("dataset") && value != null && !value.isBlank()) {
                codes.put(key.strip(), value.strip());
            }
        });
        return new ImportOptions(options.get("dataset"), codes);
    }

    /** The dataset id: the option when given, else the file's own, lower-cased (CBS writes both 83625NED and 83625ned). */
    String datasetOr(String fromFile) {
        return dataset != null ? dataset : fromFile == null ? null : fromFile.strip().toLowerCase(Locale.ROOT);
    }
}
