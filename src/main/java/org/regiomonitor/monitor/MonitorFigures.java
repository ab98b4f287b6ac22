package org.regiomonitor.monitor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.monitor.internal.FigureQueries;
import org.regiomonitor.monitor.internal.IndicatorQueries;
import org.regiomonitor.monitor.internal.MemberFigures;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.SourceRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitor's figures, never stale: an area's observed figures; where a source gives none for a region, the figure
 * from the municipalities that formed the region in that period (stored in the transaction that moves it,
 * {@link MemberFigures}); for a computed indicator, its formula over its inputs' figures, computed on every read. A page costs a fixed number of queries, whatever the
 * number of areas, indicators (inputs included) and periods.
 */
@Service
@Transactional(readOnly = true)
public class MonitorFigures {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final IndicatorQueries indicators;
    private final FigureQueries figures;
    private final MemberFigures memberFigures;

    MonitorFigures(IndicatorQueries indicators, FigureQueries figures, MemberFigures memberFigures) {
        this.indicators = indicators;
        this.figures = figures;
        this.memberFigures = memberFigures;
    }

    /** @throws NotFoundException when there is no indicator with this code */
    public MonitorIndicator indicator(String code) {
        return indicators.byCode(code).orElseThrow(() -> new NotFoundException("indicator", code));
    }

    /** The series of an indicator for each area, in the given order. */
    public List<AreaSeries> series(String indicatorCode, List<AreaSummary> areaList) {
        MonitorIndicator indicator = indicator(indicatorCode);
        return table(List.of(indicator), areaList).getFirst();
    }

    /**
     * The series of several indicators for several areas, with a fixed number of queries: one for the observed
     * figures, one for the figures of every region-like area from its members (all indicators at once), one for
     * the sources; computed indicators follow from their inputs in memory.
     *
     * @return per indicator (in the given order) the series per area (in the given order)
     */
    public List<List<AreaSeries>> table(List<MonitorIndicator> list, List<AreaSummary> areaList) {
        Map<String, MonitorIndicator> catalogue = new HashMap<>();
        list.forEach(i -> catalogue.put(i.code(), i));
        addInputs(catalogue);
        Map<Long, MonitorIndicator> observedById = new HashMap<>();
        catalogue.values().stream().filter(i -> !i.computed()).forEach(i -> observedById.put(i.id(), i));
        Map<Long, Map<Long, List<Figure>>> observed = figures.observed(observedById.keySet(),
                areaList.stream().map(AreaSummary::id).toList());
        Map<Long, Long> aggregated = MemberFigures.aggregated(observedById.values(), catalogue);
        // indicator code -> area code -> figures
        Map<String, Map<String, List<Figure>>> all = new HashMap<>();
        // where a region has its own figure too, merge keeps that one
        Map<Long, Map<Long, List<Figure>>> fromMembers = memberFigures.fromMembers(aggregated, areaList.stream()
                .filter(a -> a.kind() != AreaKind.MUNICIPALITY).map(AreaSummary::id).toList());
        for (AreaSummary area : areaList) {
            Map<Long, List<Figure>> members = fromMembers.getOrDefault(area.id(), Map.of());
            for (MonitorIndicator i : observedById.values()) {
                List<Figure> own = observed.getOrDefault(i.id(), Map.of()).getOrDefault(area.id(), List.of());
                all.computeIfAbsent(i.code(), k -> new HashMap<>())
                        .put(area.code(), merge(own, members.getOrDefault(i.id(), List.of())));
            }
        }
        Set<Long> sourceIds = new HashSet<>();
        List<List<List<Figure>>> perIndicator = new ArrayList<>();
        for (MonitorIndicator i : list) {
            List<List<Figure>> perArea = new ArrayList<>();
            for (AreaSummary area : areaList) {
                List<Figure> f = figuresOf(i, catalogue, area, all);
                f.forEach(x -> sourceIds.addAll(x.sourceIds()));
                perArea.add(f);
            }
            perIndicator.add(perArea);
        }
        Map<Long, SourceRef> sources = figures.sources(sourceIds);
        List<List<AreaSeries>> result = new ArrayList<>();
        for (int n = 0; n < list.size(); n++) {
            List<AreaSeries> row = new ArrayList<>();
            for (int a = 0; a < areaList.size(); a++) {
                row.add(new AreaSeries(list.get(n), areaList.get(a), perIndicator.get(n).get(a), sources));
            }
            result.add(row);
        }
        return result;
    }

    /** An area's own figures, and where it has none for a period, the figure from its members. */
    private static List<Figure> merge(List<Figure> own, List<Figure> members) {
        if (members.isEmpty()) {
            return own;
        }
        Map<Period, Figure> byPeriod = new TreeMap<>();
        members.stream().filter(f -> f.membersExpected() > 0).forEach(f -> byPeriod.put(f.period(), f));
        for (Figure f : own) {
            if (f.hasValue() || !byPeriod.containsKey(f.period())) {
                byPeriod.put(f.period(), f);
            }
        }
        return List.copyOf(byPeriod.values());
    }

    private List<Figure> figuresOf(MonitorIndicator indicator, Map<String, MonitorIndicator> catalogue,
            AreaSummary area, Map<String, Map<String, List<Figure>>> all) {
        if (!indicator.computed()) {
            return all.getOrDefault(indicator.code(), Map.of()).getOrDefault(area.code(), List.of());
        }
        MonitorIndicator numerator = catalogue.get(indicator.numeratorCode());
        if (numerator == null) {
            return List.of();
        }
        Map<Period, Figure> top = byPeriod(figuresOf(numerator, catalogue, area, all));
        List<Figure> result = new ArrayList<>();
        if (indicator.formula() == Formula.RATIO) {
            MonitorIndicator denominator = catalogue.get(indicator.denominatorCode());
            Map<Period, Figure> bottom = denominator == null ? Map.of()
                    : byPeriod(figuresOf(denominator, catalogue, area, all));
            for (Figure n : top.values()) {
                Figure d = bottom.get(n.period());
                if (d == null) {
                    continue;
                }
                BigDecimal value = n.hasValue() && d.hasValue() && d.value().signum() != 0
                        ? n.value().multiply(indicator.factor()).divide(d.value(), PRECISION) : null;
                result.add(computed(n.period(), value, n, d));
            }
        } else {
            Period base = Period.parse(indicator.basePeriod()).orElse(null);
            if (base == null) {
                return List.of();
            }
            Figure b = top.get(base);
            for (Figure n : top.values()) {
                if (n.period().compareTo(base) < 0) {
                    continue;
                }
                BigDecimal value = b != null && b.hasValue() && b.value().signum() != 0 && n.hasValue()
                        ? n.value().subtract(b.value()).multiply(indicator.factor()).divide(b.value().abs(), PRECISION)
                        : null;
                result.add(computed(n.period(), value, n, b == null ? n : b));
            }
        }
        return result;
    }

    /** One area's series. */
    public AreaSeries series(String indicatorCode, AreaSummary area) {
        return series(indicatorCode, List.of(area)).getFirst();
    }

    /**
     * A region's figures computed from its members for every period, also where a source gives the region's figure
     * itself (to show both and check one against the other); empty for an indicator that does not aggregate.
     */
    public List<Figure> fromMembers(String indicatorCode, AreaSummary region) {
        return fromMembers(indicator(indicatorCode), region);
    }

    /** As {@link #fromMembers(String, AreaSummary)} for an indicator the caller has. */
    public List<Figure> fromMembers(MonitorIndicator indicator, AreaSummary region) {
        Map<String, MonitorIndicator> catalogue = new HashMap<>();
        if (!indicator.computed() && indicator.weightCode() != null) {
            catalogue.put(indicator.weightCode(), indicator(indicator.weightCode()));
        }
        Map<Long, Long> weights = MemberFigures.aggregated(List.of(indicator), catalogue);
        return memberFigures.fromMembers(weights, List.of(region.id())).getOrDefault(region.id(), Map.of())
                .getOrDefault(indicator.id(), List.of());
    }

    /** The observed figures of many areas for one period (a map's values), by area code. */
    public Map<String, Figure> at(String indicatorCode, Period period, Collection<AreaSummary> areaList) {
        return at(indicator(indicatorCode), period, areaList);
    }

    /** As {@link #at(String, Period, Collection)} for an indicator the caller has. */
    public Map<String, Figure> at(MonitorIndicator indicator, Period period, Collection<AreaSummary> areaList) {
        Map<Long, String> codes = new HashMap<>();
        areaList.forEach(a -> codes.put(a.id(), a.code()));
        Map<String, Figure> byCode = new LinkedHashMap<>();
        if (indicator.computed()) {
            // all areas' inputs at once (their series), then the period
            List<AreaSummary> list = List.copyOf(areaList);
            List<AreaSeries> series = table(List.of(indicator), list).getFirst();
            for (int i = 0; i < list.size(); i++) {
                String code = list.get(i).code();
                series.get(i).at(period).ifPresent(f -> byCode.put(code, f));
            }
            return byCode;
        }
        figures.observedAt(indicator.id(), period, codes.keySet()).forEach((id, f) -> byCode.put(codes.get(id), f));
        return byCode;
    }

    /**
     * The latest period in which any of these areas has a figure (for a computed indicator: its numerator's);
     * empty when none has.
     */
    public java.util.Optional<Period> latestPeriod(String indicatorCode, Collection<AreaSummary> in) {
        return latestPeriod(indicator(indicatorCode), in);
    }

    /** As {@link #latestPeriod(String, Collection)} for an indicator the caller has. */
    public java.util.Optional<Period> latestPeriod(MonitorIndicator indicator, Collection<AreaSummary> in) {
        while (indicator.computed()) {
            indicator = indicator(indicator.numeratorCode());
        }
        return figures.latestPeriod(indicator.id(), in.stream().map(AreaSummary::id).toList());
    }

    /** Adds every indicator the catalogue's formulas and weights need, by code (one query per level). */
    private void addInputs(Map<String, MonitorIndicator> catalogue) {
        Set<String> wanted = new HashSet<>();
        catalogue.values().forEach(i -> collectInputs(i, wanted));
        while (!catalogue.keySet().containsAll(wanted)) {
            Set<String> missing = new HashSet<>(wanted);
            missing.removeAll(catalogue.keySet());
            for (MonitorIndicator i : indicators.byCodes(missing)) {
                catalogue.put(i.code(), i);
                collectInputs(i, wanted);
            }
            if (!catalogue.keySet().containsAll(missing)) {
                break; // an input that does not exist: its figures are empty
            }
        }
    }

    private static void collectInputs(MonitorIndicator i, Set<String> wanted) {
        if (i.weightCode() != null) {
            wanted.add(i.weightCode());
        }
        if (i.numeratorCode() != null) {
            wanted.add(i.numeratorCode());
        }
        if (i.denominatorCode() != null) {
            wanted.add(i.denominatorCode());
        }
    }

    private static Figure computed(Period period, BigDecimal value, Figure a, Figure b) {
        List<Long> sources = new ArrayList<>(a.sourceIds());
        b.sourceIds().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        java.time.Instant revised = a.revisedAt() == null ? b.revisedAt()
                : b.revisedAt() == null || a.revisedAt().isAfter(b.revisedAt()) ? a.revisedAt() : b.revisedAt();
        return new Figure(period, value == null ? null : value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros(),
                null, a.provisional() || b.provisional(), Figure.Origin.FORMULA, 0, 0, revised, sources);
    }

    private static Map<Period, Figure> byPeriod(List<Figure> list) {
        Map<Period, Figure> map = new TreeMap<>();
        list.forEach(f -> map.put(f.period(), f));
        return map;
    }
}
