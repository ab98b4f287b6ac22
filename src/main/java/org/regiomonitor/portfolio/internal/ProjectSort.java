package org.regiomonitor.portfolio.internal;

import java.util.Locale;
import org.regiomonitor.shared.Text;

/**
 * A sort order of the project list, written as a query parameter: the column, with a leading
 * {@code -} for descending ({@code sort=-start}). Unknown values fall back to the title.
 */
public record ProjectSort(Column column, boolean descending) {

    public enum Column { TITLE, LEAD, STATUS, START, END }

    public static final ProjectSort DEFAULT = new ProjectSort(Column.TITLE, false);

    public static ProjectSort parse(String value) {
        if (Text.isBlank(value)) {
            return DEFAULT;
        }
        boolean desc = value.startsWith("-");
        String name = Text.strip(desc ? value.substring(1) : value).toUpperCase(Locale.ROOT);
        for (Column c : Column.values()) {
            if (c.name().equals(name)) {
                return new ProjectSort(c, desc);
            }
        }
        return DEFAULT;
    }

    /** The parameter value, e.g. {@code -start}. */
    public String param() {
        return (descending ? "-" : "") + column.name().toLowerCase(Locale.ROOT);
    }

    /** The parameter that sorts by {@code column}: ascending, or flipped when already sorted by it. */
    public String toggle(String column) {
        ProjectSort target = parse(column);
        boolean desc = target.column == this.column && !this.descending;
        return new ProjectSort(target.column, desc).param();
    }

    /** {@code ascending}/{@code descending} when sorted by the column, for {@code aria-sort}; else null. */
    public String ariaSort(String column) {
        return parse(column).column == this.column ? (descending ? "descending" : "ascending") : null;
    }
}
