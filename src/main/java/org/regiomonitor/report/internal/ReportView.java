package org.regiomonitor.report.internal;

import java.time.Instant;
import java.util.List;

/** A report definition as stored: its programmes (ids in the report's order) and the board's own texts. */
public record ReportView(long id, String title, ReportPeriod period, String indicatorSetCode, String foreword,
        String outlook, String conclusion, String letterTemplate, List<Long> programmeIds, int version, String createdBy, Instant updatedAt) {

    public ReportView {
        programmeIds = List.copyOf(programmeIds);
    }
}
