package org.regiomonitor.results.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.regiomonitor.results.PeriodKind;

/** The reporting periods to add to a programme: every period of the kind (half-years if absent) in the years. */
public record PeriodPlanInput(
        PeriodKind kind,
        @NotNull(message = "{results.error.required}") @Min(value = 1990, message = "{results.error.year}")
        @Max(value = 2100, message = "{results.error.year}") Integer fromYear,
        @NotNull(message = "{results.error.required}") @Min(value = 1990, message = "{results.error.year}")
        @Max(value = 2100, message = "{results.error.year}") Integer toYear) {
}
