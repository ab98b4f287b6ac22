package org.regiomonitor.monitor.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.regiomonitor.monitor.AreaSeries;
import org.regiomonitor.monitor.Figure;
import org.regiomonitor.monitor.MonitorIndicator;
import org.regiomonitor.monitor.Period;
import org.regiomonitor.shared.ChartText;
import org.regiomonitor.shared.Formats;
import org.regiomonitor.shared.web.ScriptJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options for the monitor's time series: one line per area over the periods, gaps where an area has no
 * figure (never zero), the figures written as the page's table writes them. Every chart is paired with the
 * {@link SeriesTable} it is drawn from.
 */
@Component
class MonitorCharts {

    private static final List<String> COLOURS = List.of("#0b5c8a", "#e07b00", "#5a8f29", "#8e44ad", "#b03a2e", "#555f6d");

    private final ChartText text;
    private final Formats fmt;
    private final JsonMapper json;

    MonitorCharts(ChartText text, Formats fmt, JsonMapper json) {
        this.text = text;
        this.fmt = fmt;
        this.json = json;
    }

    /** The table of several areas' series: one row per period, one column per area. */
    SeriesTable table(List<AreaSeries> series) {
        TreeSet<Period> periods = new TreeSet<>();
        series.forEach(s -> s.figures().forEach(f -> periods.add(f.period())));
        List<SeriesTable.Row> rows = new ArrayList<>();
        for (Period p : periods) {
            List<Figure> cells = new ArrayList<>();
            for (AreaSeries s : series) {
                cells.add(s.at(p).orElse(null));
            }
            rows.add(new SeriesTable.Row(p, cells));
        }
        return new SeriesTable(series, rows);
    }

    /** The axis of an index chart: unit "index", one decimal. */
    public static final MonitorIndicator INDEX = new MonitorIndicator(0, "INDEX", "Index", "Index", "Index", null, "index", 1,
            org.regiomonitor.monitor.Direction.NEUTRAL, org.regiomonitor.monitor.Aggregation.NONE, null, null, null,
            null, null, null, BigDecimal.ZERO, null, 0);

    /**
     * The series as an index (= 100 in the first period in which every area has a figure), so that areas of
     * different size can be compared by their development; empty when there is no such period.
     */
    SeriesTable indexTable(List<AreaSeries> series) {
        SeriesTable table = table(series);
        SeriesTable.Row base = table.rows().stream()
                .filter(r -> r.cells().stream().allMatch(c -> c != null && c.hasValue() && c.value().signum() != 0))
                .findFirst().orElse(null);
        if (base == null) {
            return new SeriesTable(series, List.of());
        }
        List<SeriesTable.Row> rows = new ArrayList<>();
        for (SeriesTable.Row row : table.rows()) {
            if (row.period().compareTo(base.period()) < 0) {
                continue;
            }
            List<Figure> cells = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                Figure f = row.cells().get(i);
                BigDecimal b = base.cells().get(i).value();
                cells.add(f == null || !f.hasValue() ? f : new Figure(f.period(),
                        f.value().multiply(BigDecimal.valueOf(100)).divide(b, 1, java.math.RoundingMode.HALF_UP),
                        null, f.provisional(), Figure.Origin.FORMULA, 0, 0, f.revisedAt(), f.sourceIds()));
            }
            rows.add(new SeriesTable.Row(row.period(), cells));
        }
        return new SeriesTable(series, rows);
    }

    /**
     * Whether the areas' figures differ so much in size (the largest over ten times the smallest, comparing each
     * area's largest figure) that the smaller areas' lines look flat on one axis.
     */
    boolean differInSize(SeriesTable table) {
        List<BigDecimal> largest = new ArrayList<>();
        for (int i = 0; i < table.series().size(); i++) {
            int column = i;
            table.rows().stream().map(r -> r.cells().get(column)).filter(f -> f != null && f.hasValue())
                    .map(f -> f.value().abs()).max(BigDecimal::compareTo).ifPresent(largest::add);
        }
        if (largest.size() < 2) {
            return false;
        }
        BigDecimal min = largest.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = largest.stream().max(BigDecimal::compareTo).orElseThrow();
        return min.signum() > 0 && max.compareTo(min.multiply(BigDecimal.TEN)) > 0;
    }

    /** A line chart of the table; {@code title} names it for screen readers. */
    String lines(String title, MonitorIndicator indicator, SeriesTable table) {
        return lines(title, indicator, table, List.of());
    }

    /**
     * As {@link #lines(String, MonitorIndicator, SeriesTable)}, with each series break that falls in the chart
     * drawn as a dashed line at the first period after it (once, on the first line of its country) and named in
     * the description for screen readers.
     */
    String lines(String title, MonitorIndicator indicator, SeriesTable table, List<SeriesBreaks> breaks) {
        List<String> categories = table.rows().stream().map(r -> r.period().label()).toList();
        List<Map<String, Object>> lines = new ArrayList<>();
        List<ChartText.Series> described = new ArrayList<>();
        java.util.Set<SeriesBreaks> marked = new java.util.HashSet<>();
        for (int i = 0; i < table.series().size(); i++) {
            AreaSeries s = table.series().get(i);
            List<Object> data = new ArrayList<>();
            List<String> displays = new ArrayList<>();
            for (SeriesTable.Row row : table.rows()) {
                Figure f = row.cells().get(i);
                BigDecimal v = f == null ? null : f.value();
                String display = v == null ? text.noFigure() : fmt.decimal(v, indicator.decimals());
                displays.add(display);
                data.add(v == null ? null : text.item(v, display));
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "line");
            line.put("name", s.area().name());
            line.put("data", data);
            line.put("connectNulls", false);
            line.put("symbolSize", 6);
            line.put("color", COLOURS.get(i % COLOURS.size()));
            List<Map<String, Object>> marks = new ArrayList<>();
            for (SeriesBreaks b : breaks) {
                if (b.countryCode().equals(s.area().countryCode()) && categories.contains(b.after().label())
                        && marked.add(b)) {
                    marks.add(Map.of("xAxis", b.after().label()));
                }
            }
            if (!marks.isEmpty()) {
                line.put("markLine", Map.of("symbol", "none", "silent", true, "data", marks,
                        "lineStyle", Map.of("type", "dashed", "color", "#555f6d"),
                        "label", Map.of("formatter", text.message("monitor.crossBorder.breakLabel"))));
            }
            lines.add(line);
            described.add(new ChartText.Series(s.area().name(), displays));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", text.aria(text.message("monitor.chart.description", title,
                described.stream().map(d -> text.message("chart.description.series", d.name(),
                        pairs(categories, d.displays()))).reduce("", (a, b) -> a + " " + b).strip()
                        + marked.stream().map(b -> " " + b.note(org.springframework.context.i18n.LocaleContextHolder.getLocale()))
                                .reduce("", String::concat))));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0, "type", "scroll"));
        option.put("grid", Map.of("containLabel", true, "left", 8, "right", 16, "top", 40, "bottom", 8));
        option.put("xAxis", Map.of("type", "category", "data", categories, "boundaryGap", false));
        option.put("yAxis", Map.of("type", "value", "scale", true, "name", indicator.unit(), "nameLocation", "end"));
        option.put("series", lines);
        return ScriptJson.write(json, option);
    }

    private static String pairs(List<String> names, List<String> displays) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            pairs.add(names.get(i) + " " + displays.get(i));
        }
        return String.join("; ", pairs);
    }
}
