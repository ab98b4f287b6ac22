package org.regiomonitor.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.springframework.stereotype.Service;

/**
 * An area's monitor: for each indicator its latest figure next to the same period's figure of its region and of
 * the nation, with its signals. The comparison areas of an area are its region (for a municipality), its province
 * and the nation, found through its memberships.
 */
@Service
@org.springframework.transaction.annotation.Transactional(readOnly = true)
public class AreaMonitors {

    private final MonitorFigures figures;
    private final Areas areas;

    AreaMonitors(MonitorFigures figures, Areas areas) {
        this.figures = figures;
        this.areas = areas;
    }

    /** The home region's monitor panel for the dashboard: the indicators of one set (NPVR monitoring first). */
    public record Panel(AreaSummary area, List<AreaSummary> compared, IndicatorSet set, List<MonitorLine> lines) {
    }

    /** The dashboard's panel; empty when the home region or the catalogue is not loaded. */
    public Optional<Panel> panel(List<IndicatorSet> sets, String preferredSet) {
        Optional<AreaSummary> home = areas.find(areas.homeRegionCode());
        Optional<IndicatorSet> set = sets.stream().filter(s -> s.code().equals(preferredSet)).findFirst()
                .or(() -> sets.stream().filter(s -> !s.indicators().isEmpty()).findFirst());
        if (home.isEmpty() || set.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Panel(home.get(), comparisons(home.get()), set.get(),
                lines(home.get(), set.get().indicators())));
    }

    /** The home region's lines of one indicator set (a report's signals); empty when the home region is not loaded. */
    public Optional<Panel> panel(IndicatorSet set) {
        return areas.find(areas.homeRegionCode())
                .map(home -> new Panel(home, comparisons(home), set, lines(home, set.indicators())));
    }

    /**
     * An indicator's series for an area and its comparison areas, with the area's signals against the nation and
     * (for a municipality) its region: the one way the pages and the API judge an area.
     */
    public record Judged(AreaSummary area, AreaSummary nation, AreaSummary region, List<AreaSummary> compared,
            List<AreaSeries> series, List<Signal> signals) {
    }

    public Judged judged(String indicatorCode, AreaSummary area) {
        return judged(figures.indicator(indicatorCode), area);
    }

    public Judged judged(MonitorIndicator indicator, AreaSummary area) {
        List<AreaSummary> compared = comparisons(area);
        AreaSummary nation = compared.stream().filter(a -> a.kind() == AreaKind.COUNTRY).findFirst().orElse(null);
        AreaSummary region = area.kind() == AreaKind.MUNICIPALITY
                ? compared.stream().filter(a -> a.kind() == AreaKind.REGION).findFirst().orElse(null) : null;
        List<AreaSeries> series = figures.table(List.of(indicator), compared).getFirst();
        List<Signal> signals = Signals.of(series.getFirst(), nation == null ? null : series.get(compared.indexOf(nation)),
                region == null ? null : series.get(compared.indexOf(region)));
        return new Judged(area, nation, region, compared, series, signals);
    }

    /** The nation of a Dutch area (NL01), or empty when not loaded. */
    public Optional<AreaSummary> nation(AreaSummary area) {
        return areas.list(AreaKind.COUNTRY).stream().filter(a -> a.countryCode().equals(area.countryCode()))
                .findFirst();
    }

    /**
     * The area, then its region (for a municipality; the home region when it is one of them), its province and its
     * nation, each once (one query; a second only for an area whose nation is not among its memberships).
     */
    public List<AreaSummary> comparisons(AreaSummary area) {
        Map<Long, AreaSummary> list = new LinkedHashMap<>();
        list.put(area.id(), area);
        List<AreaSummary> up = areas.ancestors(area);
        if (area.kind() == AreaKind.MUNICIPALITY) {
            String home = areas.homeRegionCode();
            up.stream().filter(a -> a.kind() == AreaKind.REGION)
                    .sorted((a, b) -> Boolean.compare(b.code().equals(home), a.code().equals(home)))
                    .findFirst().ifPresent(r -> list.putIfAbsent(r.id(), r));
        }
        up.stream().filter(a -> a.kind() == AreaKind.PROVINCE).findFirst().ifPresent(p -> list.putIfAbsent(p.id(), p));
        up.stream().filter(a -> a.kind() == AreaKind.COUNTRY).findFirst()
                .or(() -> area.kind() == AreaKind.COUNTRY ? Optional.empty() : nation(area))
                .ifPresent(n -> list.putIfAbsent(n.id(), n));
        return List.copyOf(list.values());
    }

    /** The lines of these indicators for the area against its comparison areas. */
    public List<MonitorLine> lines(AreaSummary area, List<MonitorIndicator> indicators) {
        List<AreaSummary> compared = comparisons(area);
        AreaSummary nation = compared.stream().filter(a -> a.kind() == AreaKind.COUNTRY).findFirst().orElse(null);
        AreaSummary region = area.kind() == AreaKind.MUNICIPALITY
                ? compared.stream().filter(a -> a.kind() == AreaKind.REGION).findFirst().orElse(null) : null;
        List<MonitorLine> lines = new ArrayList<>();
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
            lines.add(new MonitorLine(indicator, latest, others, Signals.of(own, nationSeries, regionSeries),
                    latest == null ? List.of() : own.sourcesOf(latest)));
        }
        return lines;
    }
}
