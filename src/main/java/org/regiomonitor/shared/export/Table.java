package org.regiomonitor.shared.export;

import java.util.List;
import java.util.Objects;

/**
 * A table to download: a name (the Excel sheet's name, at most 31 characters), the columns and the rows. Each row
 * has one value per column, of the column's type, or null for an empty cell (what the sources do not give stays
 * empty, never zero). The rows are read while the table is written ({@link Rows}), a list's when it is made.
 */
public record Table(String name, List<Column> columns, Rows rows) {

    public Table {
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
    }

    /** A table of rows at hand; each is checked now. */
    public Table(String name, List<Column> columns, List<List<Object>> rows) {
        this(name, columns, Rows.of(checked(columns.size(), rows)));
    }

    private static List<List<Object>> checked(int columns, List<List<Object>> rows) {
        rows.forEach(row -> check(columns, row));
        return rows;
    }

    /** The row when it has one value per column; else an error (a mistake in the feature's export). */
    static List<Object> check(int columns, List<Object> row) {
        if (row.size() != columns) {
            throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + columns
                    + " columns");
        }
        return row;
    }
}
