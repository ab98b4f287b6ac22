package org.regiomonitor.monitor.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The baseline period of an indicator in an area (by code); the version read, null when the area has none yet. */
public record BaselineInput(
        @NotBlank(message = "{monitor.edit.required}") @Size(max = 32, message = "{monitor.edit.tooLong}") String area,
        @NotBlank(message = "{monitor.edit.required}") @Size(max = 8, message = "{monitor.edit.periodFormat}") String period,
        Integer version) {
}
