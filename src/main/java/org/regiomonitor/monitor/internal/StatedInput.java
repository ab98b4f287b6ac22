package org.regiomonitor.monitor.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.regiomonitor.shared.SingleLine;
import org.regiomonitor.shared.ValueQualifier;

/** A figure a document states for an indicator in an area (by code) and period, with its source (by code). */
public record StatedInput(
        @NotBlank(message = "{monitor.edit.required}") @Size(max = 32, message = "{monitor.edit.tooLong}") String area,
        @NotBlank(message = "{monitor.edit.required}") @Size(max = 8, message = "{monitor.edit.periodFormat}") String period,
        @NotNull(message = "{monitor.edit.required}") BigDecimal value,
        ValueQualifier qualifier,
        @NotBlank(message = "{monitor.edit.required}") @Size(max = 64, message = "{monitor.edit.tooLong}") String source,
        @Size(max = 300, message = "{monitor.edit.tooLong}") @SingleLine String sourceLocator,
        @Size(max = 2000, message = "{monitor.edit.tooLong}") String note,
        Integer version) {
}
