package org.regiomonitor.portfolio.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.regiomonitor.portfolio.ProgrammeAddress;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.shared.SingleLine;

/** What a user enters for a theme of a programme; {@code version} as in {@link ProgrammeInput}. */
public record ThemeInput(
        @NotBlank(message = "{portfolio.error.required}") @Size(max = 40, message = "{portfolio.error.tooLong}")
        @Pattern(regexp = ProgrammeAddress.CODE_PATTERN, message = "{portfolio.error.code}") String code,
        @NotBlank(message = "{portfolio.error.required}") @Size(max = 200, message = "{portfolio.error.tooLong}")
        @SingleLine String name,
        @NotNull(message = "{portfolio.error.required}") ThemeKind kind,
        @Size(max = 4000, message = "{portfolio.error.tooLong}") String description,
        @Min(value = 0, message = "{portfolio.error.notNegative}") @Max(value = 9999, message = "{portfolio.error.position}")
        Integer position,
        Long sourceId,
        @Size(max = 300, message = "{portfolio.error.tooLong}") @SingleLine String sourceLocator,
        Integer version) {
}
