package org.regiomonitor.portfolio;

import java.time.LocalDate;

/** A project in brief, for lists on other pages (an organisation, an area). Link to {@code /projects/{id}}. */
public record ProjectSummary(long id, String title, ProjectStatus status, Long leadOrganisationId,
        String leadOrganisationName, LocalDate startDate, LocalDate endDate, boolean regionWide, boolean published) {
}
