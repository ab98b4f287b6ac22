package org.regiomonitor.monitor.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.regiomonitor.monitor.TargetView;
import org.regiomonitor.shared.SingleLine;
import org.regiomonitor.shared.ValueQualifier;

/**
 * A target of an indicator in an area (by code) for a year: ABSOLUTE and INCREASE with a value, MATCH_AREA with a
 * reference area; each with its source (by code). The version read; null when creating.
 */
public record TargetInput(
        @NotBlank(message = "{monitor.edit.required}") @Size(max = 32, message = "{monitor.edit.tooLong}") String area,
        @NotNull(message = "{monitor.edit.required}") @Min(value = MonitorEditing.FIRST_YEAR, message = "{monitor.edit.yearRange}")
        @Max(value = MonitorEditing.LAST_YEAR, message = "{monitor.edit.yearRange}") Integer year,
        @NotNull(message = "{monitor.edit.required}") TargetView.Kind kind,
        BigDecimal value,
        ValueQualifier qualifier,
        @Size(max = 32, message = "{monitor.edit.tooLong}") String referenceArea,
        @NotBlank(message = "{monitor.edit.required}") @Size(max = 64, message = "{monitor.edit.tooLong}") String source,
        @Size(max = 300, message = "{monitor.edit.tooLong}") @SingleLine String sourceLocator,
        Integer version) {
}
