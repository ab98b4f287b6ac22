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
import org.regiomonitor.area.Areas;
import org.regiomonitor.monitor.internal.FigureQueries;
import org.regiomonitor.monitor.internal.IndicatorQueries;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.SourceRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitor's figures, computed on every read so that they are never stale: an area's observed figures; where a
 * source gives none for a region, the figure from the municipalities that formed the region in that period; for a
 * computed indicator, its formula over its inputs' figures. A page costs a fixed number of queries per area and
 * indicator (inputs included), whatever the number of periods.
 */
@Service
@Transactional(readOnly = true)
public class MonitorFigures {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final IndicatorQueries indicators;
    private final FigureQueries figures;
    private final Areas areas;

    MonitorFigures(IndicatorQueries indicators, FigureQueries figures, Areas areas) {
        this.indicators = indicators;
        this.figures = figures;
        this.areas = areas;
    }

    /** @throws NotFoundException when there is no indicator with this code */
    public MonitorIndicator indicator(String code) {
        return indicators.byCode(code).orElseThrow(() -> new NotFoundException("indicator", code));
    }

    /** The series of an indicator for each area, in the given order. */
    public List<AreaSeries> series(String indicatorCode, List<AreaSummary> areaList) {
        MonitorIndicator indicator = indicator(indicatorCode);
        Map<String, MonitorIndicator> catalogue = inputs(indicator);
        List<AreaSeries> result = new ArrayList<>();
        Set<Long> sourceIds = new HashSet<>();
        List<List<Figure>> all = new ArrayList<>();
        Map<Long, Map<String, List<Figure>>> observedCache = new HashMap<>();
        for (AreaSummary area : areaList) {
            List<Figure> list = figures(indicator, catalogue, area, areaList, observedCache);
            all.add(list);
            list.forEach(f -> sourceIds.addAll(f.sourceIds()));
        }
        Map<Long, SourceRef> sources = figures.sources(sourceIds);
        for (int i = 0; i < areaList.size(); i++) {
            result.add(new AreaSeries(indicator, areaList.get(i), all.get(i), sources));
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
        MonitorIndicator indicator = indicator(indicatorCode);
        if (indicator.computed() || indicator.aggregation() == Aggregation.NONE) {
            return List.of();
        }
        Long weightId = indicator.weightCode() == null ? null : indicator(indicator.weightCode()).id();
        return figures.fromMembers(indicator.id(), weightId, region.id());
    }

    /** The observed figures of many areas for one period (a map's values), by area code. */
    public Map<String, Figure> at(String indicatorCode, Period period, Collection<AreaSummary> areaList) {
        MonitorIndicator indicator = indicator(indicatorCode);
        Map<Long, String> codes = new HashMap<>();
        areaList.forEach(a -> codes.put(a.id(), a.code()));
        Map<String, Figure> byCode = new LinkedHashMap<>();
        if (indicator.computed()) {
            for (AreaSummary a : areaList) {
                series(indicatorCode, a).at(period).ifPresent(f -> byCode.put(a.code(), f));
            }
            return byCode;
        }
        figures.observedAt(indicator.id(), period, codes.keySet()).forEach((id, f) -> byCode.put(codes.get(id), f));
        return byCode;
    }

    /** The indicator and every indicator its formula or weight needs, by code (one query). */
    private Map<String, MonitorIndicator> inputs(MonitorIndicator indicator) {
        Map<String, MonitorIndicator> catalogue = new HashMap<>();
        catalogue.put(indicator.code(), indicator);
        Set<String> wanted = new HashSet<>();
        collectInputs(indicator, wanted);
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
        return catalogue;
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

    private List<Figure> figures(MonitorIndicator indicator, Map<String, MonitorIndicator> catalogue,
            AreaSummary area, List<AreaSummary> batch, Map<Long, Map<String, List<Figure>>> cache) {
        if (indicator.computed()) {
            return formula(indicator, catalogue, area, batch, cache);
        }
        List<Figure> observed = cache.computeIfAbsent(indicator.id(), id -> {
            Map<String, List<Figure>> byCode = new HashMap<>();
            Map<Long, String> codes = new HashMap<>();
            batch.forEach(a -> codes.put(a.id(), a.code()));
            figures.observed(id, codes.keySet()).forEach((areaId, list) -> byCode.put(codes.get(areaId), list));
            return byCode;
        }).getOrDefault(area.code(), List.of());
        if (indicator.aggregation() == Aggregation.NONE || area.kind() == AreaKind.MUNICIPALITY) {
            return observed;
        }
        // a region: where no source gives its figure, the figure from the members of that period
        Map<Period, Figure> byPeriod = new TreeMap<>();
        MonitorIndicator weight = indicator.weightCode() == null ? null : catalogue.get(indicator.weightCode());
        if (indicator.aggregation() == Aggregation.SUM || weight != null) {
            for (Figure f : figures.fromMembers(indicator.id(), weight == null ? null : weight.id(), area.id())) {
                if (f.membersExpected() > 0) {
                    byPeriod.put(f.period(), f);
                }
            }
        }
        for (Figure f : observed) {
            if (f.hasValue() || !byPeriod.containsKey(f.period())) {
                byPeriod.put(f.period(), f);
            }
        }
        return List.copyOf(byPeriod.values());
    }

    private List<Figure> formula(MonitorIndicator indicator, Map<String, MonitorIndicator> catalogue, AreaSummary area,
            List<AreaSummary> batch, Map<Long, Map<String, List<Figure>>> cache) {
        MonitorIndicator numerator = catalogue.get(indicator.numeratorCode());
        if (numerator == null) {
            return List.of();
        }
        Map<Period, Figure> top = byPeriod(figures(numerator, catalogue, area, batch, cache));
        List<Figure> result = new ArrayList<>();
        if (indicator.formula() == Formula.RATIO) {
            MonitorIndicator denominator = catalogue.get(indicator.denominatorCode());
            Map<Period, Figure> bottom = denominator == null ? Map.of()
                    : byPeriod(figures(denominator, catalogue, area, batch, cache));
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
