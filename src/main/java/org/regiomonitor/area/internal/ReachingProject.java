package org.regiomonitor.area.internal;

import java.time.LocalDate;

/** A project that reaches an area (via project_area, or region-wide). */
public record ReachingProject(long id, String title, String status, boolean published, LocalDate startDate,
        LocalDate endDate, String leadOrganisation) {
}
