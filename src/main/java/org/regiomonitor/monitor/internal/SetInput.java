package org.regiomonitor.monitor.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.regiomonitor.shared.SingleLine;

/** An indicator set as an analyst composes it: its indicators by code, in their order; the version read. */
public record SetInput(
        @NotBlank(message = "{monitor.edit.required}") @Size(max = 64, message = "{monitor.edit.tooLong}") String code,
        @NotBlank(message = "{monitor.edit.required}") @Size(max = 200, message = "{monitor.edit.tooLong}") @SingleLine String nameNl,
        @Size(max = 200, message = "{monitor.edit.tooLong}") @SingleLine String nameEn,
        @Size(max = 200, message = "{monitor.edit.tooLong}") @SingleLine String nameDe,
        @Size(max = 4000, message = "{monitor.edit.tooLong}") String description,
        @Size(max = 64, message = "{monitor.edit.tooLong}") String source,
        @Size(max = 300, message = "{monitor.edit.tooLong}") @SingleLine String sourceLocator,
        @Size(max = 200, message = "{monitor.edit.tooMany}") List<String> indicators,
        Integer version) {
}
