package org.regiomonitor.results.web;

import java.util.List;
import org.regiomonitor.results.internal.UpdateInput;
import org.regiomonitor.shared.ValueQualifier;

/** The update form of the results page (disaggregations are entered through the API for now). */
public class UpdateForm {

    private Long periodId;
    private java.math.BigDecimal value;
    private java.math.BigDecimal numerator;
    private java.math.BigDecimal denominator;
    private ValueQualifier qualifier;
    private String comment;
    private String narrative;
    private Integer version;

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public java.math.BigDecimal getValue() {
        return value;
    }

    public void setValue(java.math.BigDecimal value) {
        this.value = value;
    }

    public java.math.BigDecimal getNumerator() {
        return numerator;
    }

    public void setNumerator(java.math.BigDecimal numerator) {
        this.numerator = numerator;
    }

    public java.math.BigDecimal getDenominator() {
        return denominator;
    }

    public void setDenominator(java.math.BigDecimal denominator) {
        this.denominator = denominator;
    }

    public ValueQualifier getQualifier() {
        return qualifier;
    }

    public void setQualifier(ValueQualifier qualifier) {
        this.qualifier = qualifier;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    UpdateInput toInput() {
        return new UpdateInput(periodId, value, numerator, denominator, qualifier, comment, narrative, List.of(), version);
    }
}
