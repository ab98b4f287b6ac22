package org.regiomonitor.results.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.regiomonitor.shared.SingleLine;

/** A dimension a programme defines for disaggregations (gender, age group, ...) with its values. */
public record DimensionInput(
        @NotBlank(message = "{results.error.required}") @Size(max = 40, message = "{results.error.tooLong}")
        @SingleLine String code,
        @NotBlank(message = "{results.error.required}") @Size(max = 200, message = "{results.error.tooLong}")
        @SingleLine String nameNl,
        @Size(max = 200, message = "{results.error.tooLong}") @SingleLine String nameEn,
        @Size(max = 200, message = "{results.error.tooLong}") @SingleLine String nameDe,
        @NotEmpty(message = "{results.error.required}") @Size(max = 50, message = "{results.error.tooMany}")
        List<@Valid ValueInput> values,
        Integer version) {

    /** One value of the dimension. */
    public record ValueInput(
            @NotBlank(message = "{results.error.required}") @Size(max = 40, message = "{results.error.tooLong}")
            @SingleLine String code,
            @NotBlank(message = "{results.error.required}") @Size(max = 200, message = "{results.error.tooLong}")
            @SingleLine String nameNl,
            @Size(max = 200, message = "{results.error.tooLong}") @SingleLine String nameEn,
            @Size(max = 200, message = "{results.error.tooLong}") @SingleLine String nameDe) {
    }
}
