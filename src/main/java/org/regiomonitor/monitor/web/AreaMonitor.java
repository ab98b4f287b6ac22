package org.regiomonitor.monitor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.monitor.AreaSeries;
import org.regiomonitor.monitor.Figure;
import org.regiomonitor.monitor.MonitorFigures;
import org.regiomonitor.monitor.MonitorIndicator;
import org.regiomonitor.monitor.Signal;
import org.regiomonitor.monitor.Signals;
import org.regiomonitor.shared.SourceRef;
import org.springframework.stereotype.Component;

/**
 * An area's monitor: for each indicator its latest figure next to the same period's figure of its region and of
 * the nation, with its signals. The comparison areas of an area are its region (for a municipality), its province
 * and the nation, found through its memberships.
 */
@Component
class AreaMonitor {

    /** One indicator's line: the area's latest figure and the compared areas' figures for that period. */
    record Line(MonitorIndicator indicator, Figure latest, Map<String, Figure> compared, List<Signal> signals,
            List<SourceRef> sources) {
    }

    private final MonitorFigures figures;
    private final Areas areas;

    AreaMonitor(MonitorFigures figures, Areas areas) {
        this.figures = figures;
        this.areas = areas;
    }

    /** The nation of a Dutch area (NL01), or empty when not loaded. */
    Optional<AreaSummary> nation(AreaSummary area) {
        return areas.list(AreaKind.COUNTRY).stream().filter(a -> a.countryCode().equals(area.countryCode()))
                .findFirst();
    }

    /** The area, then its region (for a municipality), its province and its nation, each once. */
    List<AreaSummary> comparisons(AreaSummary area) {
        Map<Long, AreaSummary> list = new LinkedHashMap<>();
        list.put(area.id(), area);
        List<AreaSummary> up = new ArrayList<>(areas.parents(area.code()));
        for (AreaSummary p : List.copyOf(up)) {
            up.addAll(areas.parents(p.code()));
        }
        if (area.kind() == AreaKind.MUNICIPALITY) {
            AreaSummary home = areas.find(areas.homeRegionCode()).orElse(null);
            up.stream().filter(a -> a.kind() == AreaKind.REGION)
                    .sorted((a, b) -> Boolean.compare(home == null || b.id() != home.id(), home == null || a.id() != home.id()))
                    .findFirst().ifPresent(r -> list.putIfAbsent(r.id(), r));
        }
        up.stream().filter(a -> a.kind() == AreaKind.PROVINCE).findFirst().ifPresent(p -> list.putIfAbsent(p.id(), p));
        nation(area).ifPresent(n -> list.putIfAbsent(n.id(), n));
        return List.copyOf(list.values());
    }

    /** The lines of these indicators for the area against its comparison areas. */
    List<Line> lines(AreaSummary area, List<MonitorIndicator> indicators) {
        List<AreaSummary> compared = comparisons(area);
        AreaSummary nation = compared.stream().filter(a -> a.kind() == AreaKind.COUNTRY).findFirst().orElse(null);
        AreaSummary region = area.kind() == AreaKind.MUNICIPALITY
                ? compared.stream().filter(a -> a.kind() == AreaKind.REGION).findFirst().orElse(null) : null;
        List<Line> lines = new ArrayList<>();
        List<List<AreaSeries>> table = figures.table(indicators, compared);
        for (int n = 0; n < indicators.size(); n++) {
            MonitorIndicator indicator = indicators.get(n);
            List<AreaSeries> series = table.get(n);
            AreaSeries own = series.getFirst();
            AreaSeries nationSeries = nation == null ? null : series.get(compared.indexOf(nation));
            AreaSeries regionSeries = region == null ? null : series.get(compared.indexOf(region));
            Figure latest = own.latest().orElse(null);
            Map<String, Figure> others = new LinkedHashMap<>();
            if (latest != null) {
                for (int i = 1; i < compared.size(); i++) {
                    String code = compared.get(i).code();
                    series.get(i).at(latest.period()).ifPresent(f -> others.put(code, f));
                }
            }
            lines.add(new Line(indicator, latest, others, Signals.of(own, nationSeries, regionSeries),
                    latest == null ? List.of() : own.sourcesOf(latest)));
        }
        return lines;
    }
}
