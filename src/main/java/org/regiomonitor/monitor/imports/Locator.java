package org.regiomonitor.monitor.imports;

/**
 * Where in an import a value or a problem sits: the file (a name inside an upload), the row (1-based, the
 * header is row 1 in a CSV; the 1-based position in the observation array of an OData page) and the column
 * (a CSV header or a JSON property); row 0 and a null column mean "the file as a whole".
 */
public record Locator(String file, long row, String column) {

    public static Locator file(String file) {
        return new Locator(file, 0, null);
    }

    public Locator column(String name) {
        return new Locator(file, row, name);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (row > 0) {
            s.append(", row ").append(row);
        }
        if (column != null) {
            s.append(", column ").append(column);
        }
        return s.toString();
    }
}
