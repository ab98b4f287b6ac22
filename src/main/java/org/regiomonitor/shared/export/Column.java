package org.regiomonitor.shared.export;

/** A column of an exported table: its header (in the user's language) and what it holds. */
public record Column(String header, ColumnType type) {

    public static Column text(String header) {
        return new Column(header, ColumnType.TEXT);
    }

    public static Column number(String header) {
        return new Column(header, ColumnType.NUMBER);
    }

    public static Column date(String header) {
        return new Column(header, ColumnType.DATE);
    }
}
