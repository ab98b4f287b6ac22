package org.regiomonitor.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.regiomonitor.shared.ValueQualifier;

/**
 * The progress of one indicator towards its target. The actual is, from approved values that no correction
 * superseded: for a cumulative indicator the latest value, for units per period the sum of all periods, for a
 * percentage the latest period's ratio. {@code share} = (actual - baseline) / (target - baseline), baseline 0 when
 * none. Status: no data without a target or a counted value; achieved when the actual reaches the target (for a
 * descending indicator: falls to it); otherwise, by {@link #rule()}:
 * <ul>
 * <li>{@link ProgressRule#PERIOD_TARGETS}, when the indicator has targets for periods that ended by the latest
 * reported period: on track when the actual reaches {@code periodTarget}, the sum of those period targets (units
 * per period) or the latest of them (cumulative, percentage); behind when not. Without an overall target, the
 * target is the period targets' sum (or last);</li>
 * <li>{@link ProgressRule#LINEAR} otherwise: on track when the share is at least the share of time elapsed on a
 * straight line from the baseline date (or 1 January of the baseline year, or the start of the first reported
 * period) to the target date, as of the end of the latest reported period; behind when less; no data without a
 * target date.</li>
 * </ul>
 */
public record Progress(long indicatorId, BigDecimal actual, BigDecimal share, BigDecimal expectedShare,
        LocalDate asOf, ProgressStatus status, ProgressRule rule, BigDecimal periodTarget,
        ValueQualifier actualQualifier) {

    /**
     * @param periodTarget what the period targets ask by {@code asOf} (null: no period target by then)
     * @param allPeriodTargets what they ask over all periods (null: none), the target when there is no overall one
     */
    static Progress of(long indicatorId, BigDecimal actual, BigDecimal baseline, BigDecimal target, boolean ascending,
            LocalDate pathStart, LocalDate targetDate, LocalDate asOf, BigDecimal periodTarget,
            BigDecimal allPeriodTargets) {
        if (periodTarget != null || (asOf == null && allPeriodTargets != null)) {
            return byPeriodTargets(indicatorId, actual, baseline, target != null ? target : allPeriodTargets, ascending,
                    asOf, periodTarget);
        }
        if (actual == null || target == null) {
            return linear(indicatorId, actual, null, null, asOf, ProgressStatus.NO_DATA);
        }
        BigDecimal share = share(actual, baseline, target);
        if (reaches(actual, target, ascending)) {
            return linear(indicatorId, actual, share, null, asOf, ProgressStatus.ACHIEVED);
        }
        if (targetDate == null || pathStart == null || share == null || !targetDate.isAfter(pathStart)) {
            return linear(indicatorId, actual, share, null, asOf, ProgressStatus.NO_DATA);
        }
        long total = ChronoUnit.DAYS.between(pathStart, targetDate);
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(pathStart, asOf)));
        BigDecimal expected = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        return linear(indicatorId, actual, share, expected, asOf,
                share.compareTo(expected) >= 0 ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND);
    }

    private static Progress byPeriodTargets(long indicatorId, BigDecimal actual, BigDecimal baseline, BigDecimal target,
            boolean ascending, LocalDate asOf, BigDecimal periodTarget) {
        if (actual == null || target == null) {
            return new Progress(indicatorId, actual, null, null, asOf, ProgressStatus.NO_DATA, ProgressRule.PERIOD_TARGETS,
                    periodTarget, ValueQualifier.EXACT);
        }
        BigDecimal share = share(actual, baseline, target);
        BigDecimal expected = periodTarget == null ? null : share(periodTarget, baseline, target);
        ProgressStatus status = reaches(actual, target, ascending) ? ProgressStatus.ACHIEVED
                : periodTarget == null ? ProgressStatus.NO_DATA
                : reaches(actual, periodTarget, ascending) ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND;
        return new Progress(indicatorId, actual, share, expected, asOf, status, ProgressRule.PERIOD_TARGETS, periodTarget,
                ValueQualifier.EXACT);
    }

    private static Progress linear(long indicatorId, BigDecimal actual, BigDecimal share, BigDecimal expected,
            LocalDate asOf, ProgressStatus status) {
        return new Progress(indicatorId, actual, share, expected, asOf, status, ProgressRule.LINEAR, null, ValueQualifier.EXACT);
    }

    /** (value - baseline) / (target - baseline), baseline 0 when none; null when baseline and target are equal. */
    private static BigDecimal share(BigDecimal value, BigDecimal baseline, BigDecimal target) {
        BigDecimal base = baseline == null ? BigDecimal.ZERO : baseline;
        BigDecimal span = target.subtract(base);
        return span.signum() == 0 ? null
                : value.subtract(base).divide(span, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
    }

    /** Whether the value reaches the aim: at least it when higher is better, at most it when lower is. */
    private static boolean reaches(BigDecimal value, BigDecimal aim, boolean ascending) {
        return ascending ? value.compareTo(aim) >= 0 : value.compareTo(aim) <= 0;
    }

    /** The same progress with how exact its actual is ("meer dan 50" stays a lower bound next to the bar). */
    Progress withActualQualifier(ValueQualifier qualifier) {
        return new Progress(indicatorId, actual, share, expectedShare, asOf, status, rule, periodTarget,
                qualifier == null ? ValueQualifier.EXACT : qualifier);
    }
}
