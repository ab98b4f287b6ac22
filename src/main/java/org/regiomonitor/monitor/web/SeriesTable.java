package org.regiomonitor.monitor.web;

import java.util.List;
import org.regiomonitor.monitor.AreaSeries;
import org.regiomonitor.monitor.Figure;
import org.regiomonitor.monitor.Period;

/** Several areas' series as a table: one row per period, one cell per area (null: the area has no row there). */
public record SeriesTable(List<AreaSeries> series, List<Row> rows) {

    public record Row(Period period, List<Figure> cells) {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
