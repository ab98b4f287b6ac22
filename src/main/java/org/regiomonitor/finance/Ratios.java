package org.regiomonitor.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Division of money figures with an explicit scale and rounding. A ratio whose numerator or
 * denominator is unknown, or whose denominator is zero, is undefined ({@code null}).
 */
public final class Ratios {

    /** Fractions such as the share committed: 4 decimals (0.1234 = 12.34 %). */
    public static final int SHARE_SCALE = 4;
    /** Ratios such as the multiplier or co-financing per euro: 2 decimals (198 / 13 = 15.23). */
    public static final int RATIO_SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Ratios() {
    }

    public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator, int scale) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, scale, ROUNDING);
    }

    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return divide(part, whole, SHARE_SCALE);
    }

    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return divide(numerator, denominator, RATIO_SCALE);
    }
}
