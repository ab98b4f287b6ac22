package org.regiomonitor.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.monitor.internal.FigureQueries;
import org.regiomonitor.shared.PageResult;
import org.springframework.stereotype.Service;

/**
 * An area's monitor: for each indicator its latest figure next to the same period's figure of its region and of
 * the nation, with its signals. The comparison areas of an area are its region (for a municipality), its province
 * and the nation, found through its memberships.
 */
@Service
@org.springframework.transaction.annotation.Transactional(readOnly = true)
public class AreaMonitors {

    /**
     * Indicators an area's monitor computes per page: each costs its figures in the area and its comparison areas,
     * the nation's from every municipality (at national scale 7,000 member figures per indicator).
     */
    public static final int LINES_PER_PAGE = 20;

    private final MonitorFigures figures;
    private final FigureQueries figureQueries;
    private final IndicatorSets sets;
    private final Areas areas;

    AreaMonitors(MonitorFigures figures, FigureQueries figureQueries, IndicatorSets sets, Areas areas) {
        this.figures = figures;
        this.figureQueries = figureQueries;
        this.sets = sets;
        this.areas = areas;
    }

    /** One page of an area's monitor: its comparison areas, and the lines of one page of its indicators. */
    public record LinePage(AreaSummary area, List<AreaSummary> compared, PageResult<MonitorLine> lines) {
    }

    /**
     * A page of an area's monitor: the indicators (by code) that have figures for the area or any of its
     * municipalities (a computed one when its inputs have), {@code size} at a time, each line with the area's
     * latest figure; an indicator whose figures leave the area without one (a region whose members are incomplete)
     * drops from its page. The cost is bounded by the page, not by the catalogue.
     */
    public LinePage page(AreaSummary area, int page, int size) {
        List<MonitorIndicator> all = sets.indicators();
        java.util.Set<Long> observed = figureQueries.withFigures(all.stream().filter(i -> !i.computed())
                .map(MonitorIndicator::id).toList(), area.id());
        Map<String, MonitorIndicator> byCode = new java.util.HashMap<>();
        all.forEach(i -> byCode.put(i.code(), i));
        List<MonitorIndicator> candidates = all.stream().filter(i -> hasFigures(i, byCode, observed, 0)).toList();
        int from = (int) Math.min((long) page * size, candidates.size());
        List<MonitorIndicator> slice = candidates.subList(from, Math.min(candidates.size(), from + size));
        List<AreaSummary> compared = comparisons(area);
        List<MonitorLine> lines = lines(area, compared, slice).stream().filter(l -> l.latest() != null).toList();
        return new LinePage(area, compared, new PageResult<>(lines, page, size, candidates.size()));
    }

    /** Whether an indicator can have a figure: observed ones by the query, computed ones by their inputs. */
    private static boolean hasFigures(MonitorIndicator i, Map<String, MonitorIndicator> byCode, java.util.Set<Long> observed,
            int depth) {
        if (i == null || depth > byCode.size()) {
            return false;
        }
        if (!i.computed()) {
            return observed.contains(i.id());
        }
        return hasFigures(byCode.get(i.numeratorCode()), byCode, observed, depth + 1)
                && (i.formula() != Formula.RATIO || hasFigures(byCode.get(i.denominatorCode()), byCode, observed,
                depth + 1));
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
        return Optional.of(panel(home.get(), set.get()));
    }

    /** The home region's lines of one indicator set (a report's signals); empty when the home region is not loaded. */
    public Optional<Panel> panel(IndicatorSet set) {
        return areas.find(areas.homeRegionCode()).map(home -> panel(home, set));
    }

    /** An area's lines of one indicator set against its comparison areas (found once). */
    public Panel panel(AreaSummary area, IndicatorSet set) {
        List<AreaSummary> compared = comparisons(area);
        return new Panel(area, compared, set, lines(area, compared, set.indicators()));
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
        return lines(area, comparisons(area), indicators);
    }

    /** As {@link #lines(AreaSummary, List)} with the area's {@link #comparisons} the caller has. */
    public List<MonitorLine> lines(AreaSummary area, List<AreaSummary> compared, List<MonitorIndicator> indicators) {
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
