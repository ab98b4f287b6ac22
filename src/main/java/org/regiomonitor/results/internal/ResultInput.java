package org.regiomonitor.results.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.regiomonitor.results.ResultType;
import org.regiomonitor.shared.SingleLine;

/** A result of a project and the themes (of the project's programmes) it serves. */
public record ResultInput(
        @NotBlank(message = "{results.error.required}") @Size(max = 300, message = "{results.error.tooLong}")
        @SingleLine String title,
        @NotNull(message = "{results.error.required}") ResultType type,
        @Size(max = 4000, message = "{results.error.tooLong}") String description,
        @Size(max = 50, message = "{results.error.tooMany}") List<Long> themeIds,
        @Min(value = 0, message = "{results.error.position}") @Max(value = 9999, message = "{results.error.position}")
        Integer position,
        Integer version) {
}
