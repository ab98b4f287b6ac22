package org.regiomonitor.portfolio;

/**
 * A programme in brief, for lists and dashboards.
 *
 * @param projectCount the projects in the programme that the caller may see
 */
public record ProgrammeSummary(long id, String code, String name, Integer startYear, Integer endYear,
        ProgrammeStatus status, boolean published, long projectCount) {
}
