package org.regiomonitor.finance.internal;

/**
 * Filters of the budget line list; null means "any".
 *
 * @param includeProjects with a programme: also the lines of the programme's projects
 * @param municipality    an area code: the lines of the projects that name the area or an area within it, as its page
 *                        counts them (its section "Geld")
 */
public record LineFilter(Long programmeId, boolean includeProjects, Long projectId, Long funderId, String category,
        Integer year, String municipality) {

    public LineFilter {
        municipality = org.regiomonitor.shared.Text.blankToNull(municipality);
    }
}
