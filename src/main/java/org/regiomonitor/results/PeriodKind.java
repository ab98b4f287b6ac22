package org.regiomonitor.results;

/** The length of a programme's reporting periods; half-years unless the programme says otherwise. */
public enum PeriodKind {
    HALF_YEAR(6), YEAR(12), QUARTER(3);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
