package org.regiomonitor.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The progress of one indicator towards its target. The actual is, from approved values that no correction
 * superseded: for a cumulative indicator the latest value, for units per period the sum of all periods, for a
 * percentage the latest period's ratio. {@code share} = (actual - baseline) / (target - baseline), baseline 0 when
 * none. Status: no data without a target or a counted value; achieved when the actual reaches the target (for a
 * descending indicator: falls to it); otherwise on track when the share is at least the share of time elapsed on a
 * straight line from the baseline date (or 1 January of the baseline year, or the start of the first reported
 * period) to the target date, as of the end of the latest reported period; behind when less; no data without a
 * target date.
 */
public record Progress(long indicatorId, BigDecimal actual, BigDecimal share, BigDecimal expectedShare,
        LocalDate asOf, ProgressStatus status) {

    static Progress of(long indicatorId, BigDecimal actual, BigDecimal baseline, BigDecimal target, boolean ascending,
            LocalDate pathStart, LocalDate targetDate, LocalDate asOf) {
        if (actual == null || target == null) {
            return new Progress(indicatorId, actual, null, null, asOf, ProgressStatus.NO_DATA);
        }
        BigDecimal base = baseline == null ? BigDecimal.ZERO : baseline;
        BigDecimal span = target.subtract(base);
        BigDecimal share = span.signum() == 0 ? null
                : actual.subtract(base).divide(span, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
        boolean achieved = ascending ? actual.compareTo(target) >= 0 : actual.compareTo(target) <= 0;
        if (achieved) {
            return new Progress(indicatorId, actual, share, null, asOf, ProgressStatus.ACHIEVED);
        }
        if (targetDate == null || pathStart == null || share == null || !targetDate.isAfter(pathStart)) {
            return new Progress(indicatorId, actual, share, null, asOf, ProgressStatus.NO_DATA);
        }
        long total = ChronoUnit.DAYS.between(pathStart, targetDate);
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(pathStart, asOf)));
        BigDecimal expected = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        return new Progress(indicatorId, actual, share, expected, asOf,
                share.compareTo(expected) >= 0 ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND);
    }
}
