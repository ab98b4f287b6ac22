package org.regiomonitor.referencedata;

import java.util.Map;

/**
 * What one load of the reference dataset wrote.
 *
 * @param dataset  name of the dataset, e.g. "Twente"
 * @param rows     rows written per table, in insertion order
 * @param millis   wall-clock time of the whole load (parse, validate, write)
 */
public record LoadReport(String dataset, Map<String, Integer> rows, long millis) {

    public int totalRows() {
        return rows.values().stream().mapToInt(Integer::intValue).sum();
    }
}
