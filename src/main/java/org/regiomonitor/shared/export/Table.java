package org.regiomonitor.shared.export;

import java.util.List;

/**
 * A table to download: a name (the Excel sheet's name, at most 31 characters), the columns and the rows. Each row
 * has one value per column, of the column's type, or null for an empty cell (what the sources do not give stays
 * empty, never zero).
 */
public record Table(String name, List<Column> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + columns.size()
                        + " columns");
            }
        }
    }
}
