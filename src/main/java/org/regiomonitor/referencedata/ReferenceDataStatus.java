package org.regiomonitor.referencedata;

import java.util.Map;

/**
 * Whether the reference dataset is in the database, whether only its results are missing (a database loaded
 * before the dataset had them: loading adds those alone), and how many rows each table holds now (all rows,
 * including those other features added).
 */
public record ReferenceDataStatus(boolean loaded, boolean resultsMissing, Map<String, Integer> tableRows) {
}
