package org.regiomonitor.monitor;

import java.math.BigDecimal;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.ValueQualifier;

/**
 * A target of an indicator in an area with its baseline, the path from baseline to target, and the on-track
 * verdict from the observed trend (least squares over the last {@link Signals#TREND_YEARS} years, extrapolated to
 * the target year), with that trend shown next to it.
 *
 * @param baselineStated true when the baseline figure is a stated figure (no statistic gives it)
 * @param goal           the figure to reach in the target year (absolute); null when it cannot be known
 * @param projected      the trend's value in the target year; null without a trend
 */
public record TargetView(long id, String indicator, String area, int year, Kind kind, BigDecimal value,
        ValueQualifier qualifier, String referenceArea, SourceRef source, Period baselinePeriod,
        BigDecimal baselineValue, boolean baselineStated, BigDecimal goal, Trend trend, Double projected,
        Verdict verdict, int version, MonitorIndicator indicatorInfo) {

    public enum Kind {
        ABSOLUTE, INCREASE, MATCH_AREA
    }

    public enum Verdict {
        ON_TRACK, OFF_TRACK, NO_FIGURES
    }
}
