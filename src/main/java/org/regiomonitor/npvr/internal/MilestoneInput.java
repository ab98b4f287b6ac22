package org.regiomonitor.npvr.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.regiomonitor.npvr.MilestoneStatus;

/** A milestone's status and note, with the version read. */
public record MilestoneInput(
        @NotNull(message = "{npvr.error.required}") MilestoneStatus status,
        @Size(max = 2000, message = "{npvr.error.tooLong}") String note,
        @NotNull(message = "{npvr.error.required}") Integer version) {
}
