package org.regiomonitor.results;

/**
 * How the values of an indicator add up over projects, derived from its measure and whether it is cumulative
 * (so that the rule and the kind of figure can never disagree). The rule texts are in the message bundle under
 * {@code results.rule.<NAME>}, shown next to every total.
 */
public enum Aggregation {
    /** Units per period: the sum of the approved values of the periods in the window. */
    SUM_OF_PERIODS,
    /** Cumulative units: per indicator the latest approved value at or before the window's end, summed. */
    SUM_OF_LATEST,
    /** Percentage per period: the sum of numerators over the sum of denominators, never an average. */
    RATIO_OF_SUMS,
    /** Cumulative percentage: the latest numerator and denominator per indicator, then as {@link #RATIO_OF_SUMS}. */
    RATIO_OF_LATEST,
    /** Qualitative: not added up; the updates are shown. */
    NONE;

    public static Aggregation of(Measure measure, boolean cumulative) {
        return switch (measure) {
            case UNIT -> cumulative ? SUM_OF_LATEST : SUM_OF_PERIODS;
            case PERCENTAGE -> cumulative ? RATIO_OF_LATEST : RATIO_OF_SUMS;
            case QUALITATIVE -> NONE;
        };
    }

    public boolean latest() {
        return this == SUM_OF_LATEST || this == RATIO_OF_LATEST;
    }
}
