package org.regiomonitor.results.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.regiomonitor.results.Measure;
import org.regiomonitor.shared.SingleLine;

/**
 * An indicator of a result. When it adopts a catalogue indicator, measure and cumulative must equal the
 * catalogue's (its values are added up with the other projects'); a percentage's baseline and target are
 * percentages (0-100).
 */
public record IndicatorInput(
        Long catalogueIndicatorId,
        @NotBlank(message = "{results.error.required}") @Size(max = 300, message = "{results.error.tooLong}")
        @SingleLine String title,
        @NotNull(message = "{results.error.required}") Measure measure,
        @Size(max = 60, message = "{results.error.tooLong}") @SingleLine String unitLabel,
        Boolean ascending,
        Boolean cumulative,
        @Min(value = 0, message = "{results.error.decimals}") @Max(value = 6, message = "{results.error.decimals}")
        Integer decimals,
        @Digits(integer = 14, fraction = 6, message = "{results.error.number}") BigDecimal baselineValue,
        @Min(value = 1900, message = "{results.error.year}") @Max(value = 2100, message = "{results.error.year}")
        Integer baselineYear,
        LocalDate baselineDate,
        @Size(max = 2000, message = "{results.error.tooLong}") String baselineComment,
        Long baselineSourceId,
        @Size(max = 300, message = "{results.error.tooLong}") @SingleLine String baselineSourceLocator,
        @Digits(integer = 14, fraction = 6, message = "{results.error.number}") BigDecimal targetValue,
        LocalDate targetDate,
        @Size(max = 2000, message = "{results.error.tooLong}") String targetComment,
        Long targetSourceId,
        @Size(max = 300, message = "{results.error.tooLong}") @SingleLine String targetSourceLocator,
        @Size(max = 100, message = "{results.error.tooMany}") List<@Valid PeriodTargetInput> periodTargets,
        @Min(value = 0, message = "{results.error.position}") @Max(value = 9999, message = "{results.error.position}")
        Integer position,
        Integer version) {

    /** A target for one reporting period. */
    public record PeriodTargetInput(
            @NotNull(message = "{results.error.required}") Long periodId,
            @NotNull(message = "{results.error.required}")
            @Digits(integer = 14, fraction = 6, message = "{results.error.number}") BigDecimal value) {
    }
}
