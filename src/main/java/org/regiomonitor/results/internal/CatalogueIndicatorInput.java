package org.regiomonitor.results.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.regiomonitor.results.Measure;
import org.regiomonitor.shared.SingleLine;

/**
 * An indicator of a programme's catalogue. Its aggregation rule follows from measure and cumulative
 * ({@link org.regiomonitor.results.Aggregation}), so the two can never contradict each other.
 * {@code version}: absent when creating, the version read when changing.
 */
public record CatalogueIndicatorInput(
        @NotBlank(message = "{results.error.required}") @Size(max = 40, message = "{results.error.tooLong}")
        @SingleLine String code,
        @NotBlank(message = "{results.error.required}") @Size(max = 300, message = "{results.error.tooLong}")
        @SingleLine String nameNl,
        @Size(max = 300, message = "{results.error.tooLong}") @SingleLine String nameEn,
        @Size(max = 300, message = "{results.error.tooLong}") @SingleLine String nameDe,
        @Size(max = 4000, message = "{results.error.tooLong}") String definition,
        @NotNull(message = "{results.error.required}") Measure measure,
        @Size(max = 60, message = "{results.error.tooLong}") @SingleLine String unitLabel,
        Boolean cumulative,
        Boolean ascending,
        @Min(value = 0, message = "{results.error.decimals}") @Max(value = 6, message = "{results.error.decimals}")
        Integer decimals,
        Integer version) {
}
