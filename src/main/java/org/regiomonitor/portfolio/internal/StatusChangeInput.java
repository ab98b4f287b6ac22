package org.regiomonitor.portfolio.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.regiomonitor.portfolio.ProjectStatus;

/**
 * A lifecycle step of a project. {@code changedOn} defaults to today; {@code version} is the
 * project version the user saw (required).
 */
public record StatusChangeInput(
        @NotNull(message = "{portfolio.error.required}") ProjectStatus status,
        LocalDate changedOn,
        @Size(max = 2000, message = "{portfolio.error.tooLong}") String note,
        Integer version) {
}
