package org.regiomonitor.results.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regiomonitor.results.internal.ResultsViews.UpdateView;
import org.regiomonitor.results.internal.UpdateInput;
import org.regiomonitor.results.internal.UpdateInput.DisaggregationInput;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.ValueQualifier;

/**
 * The update form of a lead: the value (or numerator and denominator), qualifier, comment, narrative and the parts
 * of the value by municipality and by the programme's dimensions. Every part the page offers is a row of
 * {@code parts} (its key hidden); rows left empty are not parts.
 */
public class UpdateForm {

    private static final Pattern PART_FIELD = Pattern.compile("disaggregations\\[(\\d+)](.*)");

    private Long periodId;
    private BigDecimal value;
    private BigDecimal numerator;
    private BigDecimal denominator;
    private ValueQualifier qualifier = ValueQualifier.EXACT;
    private String comment;
    private String narrative;
    private Integer version;
    private List<Part> parts = new ArrayList<>();

    /** A part of the value: for a municipality (its code) or a dimension value; empty value: none. */
    public static class Part {
        private String areaCode;
        private Long dimensionValueId;
        private BigDecimal value;

        public Part() {
        }

        Part(String areaCode, Long dimensionValueId, BigDecimal value) {
            this.areaCode = areaCode;
            this.dimensionValueId = dimensionValueId;
            this.value = value;
        }

        public String getAreaCode() {
            return areaCode;
        }

        public void setAreaCode(String areaCode) {
            this.areaCode = areaCode;
        }

        public Long getDimensionValueId() {
            return dimensionValueId;
        }

        public void setDimensionValueId(Long dimensionValueId) {
            this.dimensionValueId = dimensionValueId;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }
    }

    /** The form filled with a saved update (its parts are added by the page, which knows every row). */
    static UpdateForm of(UpdateView u) {
        UpdateForm form = new UpdateForm();
        form.value = plain(u.value());
        form.numerator = plain(u.numerator());
        form.denominator = plain(u.denominator());
        form.qualifier = u.qualifier();
        form.comment = u.comment();
        form.narrative = u.narrative();
        form.version = u.version();
        return form;
    }

    private static BigDecimal plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros();
    }

    /** The input for the service: only the parts with a value. */
    UpdateInput toInput() {
        List<DisaggregationInput> entered = parts.stream().filter(p -> p.value != null)
                .map(p -> new DisaggregationInput(p.areaCode, p.dimensionValueId, p.value)).toList();
        return new UpdateInput(periodId, value, numerator, denominator, qualifier, comment, narrative, entered, version);
    }

    /**
     * The service names a part by its place among the entered parts ({@code disaggregations[2].value}); the page
     * shows it in the row of {@code parts} it came from. Rules about all parts at once go above the form.
     */
    Violation onForm(Violation v) {
        if (v.field() == null) {
            return v;
        }
        Matcher m = PART_FIELD.matcher(v.field());
        if (m.matches()) {
            int wanted = Integer.parseInt(m.group(1));
            for (int row = 0, seen = -1; row < parts.size(); row++) {
                if (parts.get(row).value != null && ++seen == wanted) {
                    return new Violation("parts[" + row + "].value", v.code(), v.args());
                }
            }
        }
        return v.field().startsWith("disaggregations") ? new Violation(null, v.code(), v.args()) : v;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public void setNumerator(BigDecimal numerator) {
        this.numerator = numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public void setDenominator(BigDecimal denominator) {
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

    public List<Part> getParts() {
        return parts;
    }

    public void setParts(List<Part> parts) {
        this.parts = parts;
    }
}
