package org.regiomonitor.referencedata;

import java.util.Map;

/**
 * Whether the reference dataset is in the database, and how many rows each table holds now
 * (all rows, including those other features added).
 */
public record ReferenceDataStatus(boolean loaded, Map<String, Integer> tableRows) {
}
