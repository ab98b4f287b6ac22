package org.regiomonitor.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The signals of an indicator in an area, like CBS's broad-welfare monitor: the latest change, the trend over the
 * last eight years, and the gap to the nation (and to the region for a municipality). A change within the
 * indicator's tolerance is neutral; otherwise the desired direction says good or bad; an indicator without a
 * desired direction is always neutral. Counts (indicators summed over areas) are compared with the nation by
 * their trend, since their levels differ by size; rates and averages by their level.
 */
public final class Signals {

    /** Years of the trend window (the latest year and the seven before it). */
    public static final int TREND_YEARS = 8;
    /** Figures a trend needs. */
    public static final int TREND_MIN_FIGURES = 3;

    private Signals() {
    }

    /**
     * @param national the national series (may be null or the area's own); {@code region} likewise (for a
     *                 municipality)
     */
    public static List<Signal> of(AreaSeries area, AreaSeries national, AreaSeries region) {
        MonitorIndicator indicator = area.indicator();
        List<Signal> signals = new ArrayList<>();
        signals.add(latestChange(area));
        Signal trend = trend(area);
        signals.add(trend);
        if (national != null && national.area().id() != area.area().id()) {
            signals.add(gap(Signal.Kind.GAP_NATIONAL, area, trend, national));
        }
        if (region != null && region.area().id() != area.area().id()) {
            signals.add(gap(Signal.Kind.GAP_REGION, area, trend, region));
        }
        return signals;
    }

    static boolean points(MonitorIndicator indicator) {
        return "%".equals(indicator.unit().strip());
    }

    private static double tolerance(MonitorIndicator indicator) {
        return indicator.tolerancePercent() == null ? 0 : indicator.tolerancePercent().doubleValue();
    }

    /** Annual figures with a value, oldest first (the signals compare years; other periods use their own type). */
    private static List<Figure> valued(AreaSeries series) {
        List<Figure> all = series.figures().stream().filter(Figure::hasValue).toList();
        Optional<Period.Type> type = all.isEmpty() ? Optional.empty() : Optional.of(all.getLast().period().type());
        return all.stream().filter(f -> f.period().type() == type.orElseThrow()).toList();
    }

    static Signal latestChange(AreaSeries series) {
        List<Figure> v = valued(series);
        if (v.size() < 2) {
            return Signal.none(Signal.Kind.LATEST_CHANGE);
        }
        Figure before = v.get(v.size() - 2);
        Figure last = v.getLast();
        MonitorIndicator indicator = series.indicator();
        Double change = change(indicator, before.value().doubleValue(), last.value().doubleValue());
        return new Signal(Signal.Kind.LATEST_CHANGE, judge(indicator, change), change, points(indicator),
                before.period().code(), last.period().code(), tolerance(indicator), 2);
    }

    static Signal trend(AreaSeries series) {
        Optional<TrendWindow> window = window(series);
        if (window.isEmpty()) {
            return Signal.none(Signal.Kind.TREND);
        }
        TrendWindow w = window.get();
        MonitorIndicator indicator = series.indicator();
        Double perYear = points(indicator) ? w.trend().slope()
                : w.trend().mean() == 0 ? null : 100 * w.trend().slope() / Math.abs(w.trend().mean());
        return new Signal(Signal.Kind.TREND, judge(indicator, perYear), perYear, points(indicator),
                w.first().code(), w.last().code(), tolerance(indicator), w.trend().points());
    }

    record TrendWindow(Trend trend, Period first, Period last) {
    }

    /** The least-squares trend over the last {@link #TREND_YEARS} years of figures. */
    static Optional<TrendWindow> window(AreaSeries series) {
        List<Figure> v = valued(series);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        double lastYear = v.getLast().period().midYear();
        List<Figure> in = v.stream().filter(f -> f.period().midYear() > lastYear - TREND_YEARS).toList();
        Trend trend = Trend.fit(in.stream().map(f -> new double[] {f.period().midYear(), f.value().doubleValue()})
                .toList(), TREND_MIN_FIGURES);
        return trend == null ? Optional.empty()
                : Optional.of(new TrendWindow(trend, in.getFirst().period(), in.getLast().period()));
    }

    private static Signal gap(Signal.Kind kind, AreaSeries area, Signal areaTrend, AreaSeries other) {
        MonitorIndicator indicator = area.indicator();
        if (indicator.aggregation() == Aggregation.SUM && !indicator.computed()) {
            Signal otherTrend = trend(other);
            if (areaTrend.change() == null || otherTrend.change() == null) {
                return Signal.none(kind, other.area().code());
            }
            double difference = areaTrend.change() - otherTrend.change();
            return new Signal(kind, judge(indicator, difference), difference, true, other.area().code(),
                    areaTrend.to(), tolerance(indicator), areaTrend.figures());
        }
        Optional<Figure> latest = area.latest();
        if (latest.isEmpty()) {
            return Signal.none(kind, other.area().code());
        }
        Optional<Figure> compared = other.at(latest.get().period()).filter(Figure::hasValue);
        if (compared.isEmpty()) {
            return Signal.none(kind, other.area().code());
        }
        Double gap = change(indicator, compared.get().value().doubleValue(), latest.get().value().doubleValue());
        return new Signal(kind, judge(indicator, gap), gap, points(indicator), other.area().code(),
                latest.get().period().code(), tolerance(indicator), 2);
    }

    /** The change from a to b in % of a, or in points for a percentage; null when a is 0. */
    private static Double change(MonitorIndicator indicator, double a, double b) {
        if (points(indicator)) {
            return b - a;
        }
        return a == 0 ? null : 100 * (b - a) / Math.abs(a);
    }

    static Signal.Judgement judge(MonitorIndicator indicator, Double change) {
        if (change == null) {
            return Signal.Judgement.NO_FIGURES;
        }
        if (Math.abs(change) <= tolerance(indicator) || indicator.direction() == Direction.NEUTRAL) {
            return Signal.Judgement.NEUTRAL;
        }
        boolean up = change > 0;
        return up == (indicator.direction() == Direction.HIGHER_IS_BETTER) ? Signal.Judgement.GOOD
                : Signal.Judgement.BAD;
    }
}
