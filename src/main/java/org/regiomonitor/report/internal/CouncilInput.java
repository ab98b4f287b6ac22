package org.regiomonitor.report.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A council letter's date and signatories (one per line), with the version read. */
public record CouncilInput(LocalDate letterDate,
        @Size(max = 1000, message = "{report.error.tooLong}") String signatories,
        @NotNull(message = "{report.error.required}") Integer version) {
}
