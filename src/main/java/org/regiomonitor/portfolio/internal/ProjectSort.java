package org.regiomonitor.portfolio.internal;

import org.regiomonitor.shared.web.ListParams;

/** A sort order of the project list (read from the list parameters with {@link ListParams}). */
public record ProjectSort(Column column, boolean descending) {

    public enum Column { TITLE, LEAD, STATUS, START, END }

    public static final ProjectSort DEFAULT = new ProjectSort(Column.TITLE, false);

    public static ProjectSort of(ListParams<Column> params) {
        return new ProjectSort(params.sort(), params.descending());
    }
}
