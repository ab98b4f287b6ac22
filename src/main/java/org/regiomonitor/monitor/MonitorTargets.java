package org.regiomonitor.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.monitor.internal.TargetQueries;
import org.regiomonitor.shared.ValueQualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets with their baseline and on-track verdict, and the figures the documents state. The verdict compares the
 * trend's value in the target year with the goal: a lower bound ("at least", "more than") is met from above, an
 * upper bound from below, other targets by the indicator's desired direction (a neutral one within its tolerance).
 */
@Service
@Transactional(readOnly = true)
public class MonitorTargets {

    private final TargetQueries queries;
    private final MonitorFigures figures;
    private final Areas areas;

    MonitorTargets(TargetQueries queries, MonitorFigures figures, Areas areas) {
        this.queries = queries;
        this.figures = figures;
        this.areas = areas;
    }

    /** The targets of an indicator (any area). */
    public List<TargetView> ofIndicator(String indicatorCode) {
        return views(queries.targetsOf(indicatorCode), List.of());
    }

    /** As {@link #ofIndicator(String)}, reusing the series the caller has already read for some areas. */
    public List<TargetView> ofIndicator(MonitorIndicator indicator, List<AreaSeries> known) {
        return views(queries.targetsOf(indicator.code()), known);
    }

    /** The targets set for an area. */
    public List<TargetView> inArea(String areaCode) {
        return views(queries.targetsIn(areas.get(areaCode).id()), List.of());
    }

    /** The figures documents state for an indicator in these areas. */
    public List<TargetQueries.StatedRow> stated(String indicatorCode, List<AreaSummary> in) {
        return in.isEmpty() ? List.of() : queries.statedOf(indicatorCode, in.stream().map(AreaSummary::id).toList());
    }

    /** All figures documents state for an area. */
    public List<TargetQueries.StatedRow> statedIn(String areaCode) {
        return queries.statedIn(areas.get(areaCode).id());
    }

    private List<TargetView> views(List<TargetQueries.TargetRow> rows, List<AreaSeries> known) {
        List<TargetView> views = new ArrayList<>();
        for (TargetQueries.TargetRow row : rows) {
            views.add(view(row, known));
        }
        return views;
    }

    /** The series of the target's indicator in an area: one the caller read, or read now. */
    private AreaSeries series(String indicatorCode, String areaCode, List<AreaSeries> known) {
        return known.stream()
                .filter(s -> s.indicator().code().equals(indicatorCode) && s.area().code().equals(areaCode))
                .findFirst()
                .orElseGet(() -> figures.series(indicatorCode, areas.get(areaCode)));
    }

    private TargetView view(TargetQueries.TargetRow t, List<AreaSeries> known) {
        AreaSeries series = series(t.indicator(), t.area(), known);
        AreaSummary area = series.area();
        Period baselinePeriod = t.baselinePeriod() == null ? null : Period.parse(t.baselinePeriod()).orElse(null);
        BigDecimal baseline = null;
        boolean stated = false;
        if (baselinePeriod != null) {
            baseline = series.at(baselinePeriod).map(Figure::value).orElse(null);
            if (baseline == null) {
                Optional<TargetQueries.StatedRow> s = stated(t.indicator(), List.of(area)).stream()
                        .filter(r -> r.period().equals(baselinePeriod.code())).findFirst();
                baseline = s.map(TargetQueries.StatedRow::value).orElse(null);
                stated = s.isPresent();
            }
        }
        TargetView.Kind kind = t.kind();
        BigDecimal goal = switch (kind) {
            case ABSOLUTE -> t.value();
            case INCREASE -> baseline == null ? null : baseline.add(t.value());
            case MATCH_AREA -> series(t.indicator(), t.referenceArea(), known).latest()
                    .map(Figure::value).orElse(null);
        };
        Optional<Signals.TrendWindow> window = Signals.window(series);
        Trend trend = window.map(Signals.TrendWindow::trend).orElse(null);
        Double projected = trend == null ? null : trend.at(t.year() + 0.5);
        TargetView.Verdict verdict = verdict(series.indicator(), t.qualifier(), goal, projected);
        return new TargetView(t.id(), t.indicator(), t.area(), t.year(), kind, t.value(), t.qualifier(),
                t.referenceArea(), t.source(), baselinePeriod, baseline, stated, goal, trend, projected, verdict,
                t.version(), series.indicator());
    }

    static TargetView.Verdict verdict(MonitorIndicator indicator, ValueQualifier qualifier, BigDecimal goal,
            Double projected) {
        if (goal == null || projected == null) {
            return TargetView.Verdict.NO_FIGURES;
        }
        double g = goal.doubleValue();
        boolean atLeast = qualifier == ValueQualifier.AT_LEAST
                || qualifier != ValueQualifier.AT_MOST && indicator.direction() == Direction.HIGHER_IS_BETTER;
        boolean atMost = qualifier == ValueQualifier.AT_MOST
                || qualifier != ValueQualifier.AT_LEAST && indicator.direction() == Direction.LOWER_IS_BETTER;
        boolean met;
        if (atLeast) {
            met = projected >= g;
        } else if (atMost) {
            met = projected <= g;
        } else {
            double tolerance = indicator.tolerancePercent() == null ? 0 : indicator.tolerancePercent().doubleValue();
            met = Math.abs(projected - g) <= Math.abs(g) * tolerance / 100;
        }
        return met ? TargetView.Verdict.ON_TRACK : TargetView.Verdict.OFF_TRACK;
    }
}
