package org.regiomonitor.report.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A report definition as entered (version: the one read, null for a new report). */
public record ReportInput(
        @NotBlank(message = "{report.error.required}") @Size(max = 200, message = "{report.error.tooLong}") String title,
        @NotNull(message = "{report.error.required}")
        @Pattern(regexp = "\\d{4}(-H[12])?", message = "{report.error.period}") String period,
        @NotEmpty(message = "{report.error.programmes}") List<Long> programmeIds,
        @Size(max = 64, message = "{report.error.tooLong}") String indicatorSetCode,
        @Size(max = 20000, message = "{report.error.tooLong}") String foreword,
        @Size(max = 20000, message = "{report.error.tooLong}") String outlook,
        @Size(max = 20000, message = "{report.error.tooLong}") String conclusion,
        @Size(max = 20000, message = "{report.error.tooLong}") String letterTemplate,
        Integer version) {
}
