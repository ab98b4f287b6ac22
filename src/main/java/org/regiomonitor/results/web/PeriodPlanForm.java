package org.regiomonitor.results.web;

import org.regiomonitor.results.PeriodKind;
import org.regiomonitor.results.internal.PeriodPlanInput;

/** The reporting periods to add to a programme: a kind (half-years unless chosen otherwise) and a range of years. */
public class PeriodPlanForm {

    private PeriodKind kind;
    private Integer fromYear;
    private Integer toYear;

    public PeriodKind getKind() {
        return kind;
    }

    public void setKind(PeriodKind kind) {
        this.kind = kind;
    }

    public Integer getFromYear() {
        return fromYear;
    }

    public void setFromYear(Integer fromYear) {
        this.fromYear = fromYear;
    }

    public Integer getToYear() {
        return toYear;
    }

    public void setToYear(Integer toYear) {
        this.toYear = toYear;
    }

    static PeriodPlanForm empty() {
        PeriodPlanForm f = new PeriodPlanForm();
        f.kind = PeriodKind.HALF_YEAR;
        return f;
    }

    PeriodPlanInput toInput() {
        return new PeriodPlanInput(kind, fromYear, toYear);
    }
}
