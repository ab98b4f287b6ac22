package org.regiomonitor.shared.export;

/**
 * What a column holds, which decides the cell: in Excel a number is a number cell and a date a date cell (so that
 * sums and filters work); in CSV numbers are written with a decimal point and no grouping, dates as ISO 8601
 * (2024-06-30), whatever the language of the page.
 */
public enum ColumnType {
    /** Text; escaped by {@link FormulaEscaping}. */
    TEXT,
    /** A {@link Number} (BigDecimal, Long, Integer). */
    NUMBER,
    /** A {@link java.time.LocalDate}. */
    DATE
}
