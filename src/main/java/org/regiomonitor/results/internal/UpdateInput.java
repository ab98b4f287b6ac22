package org.regiomonitor.results.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.regiomonitor.shared.SingleLine;
import org.regiomonitor.shared.ValueQualifier;

/**
 * The update of an indicator for a period: a value (units), or numerator and denominator (percentage), or
 * only comment and narrative (qualitative); the qualifier (exact unless the source says "more than",
 * "about", ...); the parts by municipality and by the programme's dimensions; and the narrative as rich text
 * (sanitised before it is stored). The period is chosen when the update is created and cannot change.
 */
public record UpdateInput(
        Long periodId,
        @Digits(integer = 14, fraction = 6, message = "{results.error.number}") BigDecimal value,
        @Digits(integer = 14, fraction = 6, message = "{results.error.number}") BigDecimal numerator,
        @Digits(integer = 14, fraction = 6, message = "{results.error.number}") BigDecimal denominator,
        ValueQualifier qualifier,
        @Size(max = 4000, message = "{results.error.tooLong}") String comment,
        @Size(max = 20000, message = "{results.error.tooLong}") String narrative,
        @Size(max = 200, message = "{results.error.tooMany}") List<@Valid DisaggregationInput> disaggregations,
        Integer version) {

    /** The same input with the version read (for a change). */
    public UpdateInput withVersion(Integer version) {
        return new UpdateInput(periodId, value, numerator, denominator, qualifier, comment, narrative, disaggregations,
                version);
    }

    /** A part of the value: for a municipality (its area code) or for a value of one of the programme's dimensions. */
    public record DisaggregationInput(
            @Size(max = 20, message = "{results.error.tooLong}") @SingleLine String areaCode,
            Long dimensionValueId,
            @NotNull(message = "{results.error.required}")
            @Digits(integer = 14, fraction = 6, message = "{results.error.number}") BigDecimal value) {
    }
}
