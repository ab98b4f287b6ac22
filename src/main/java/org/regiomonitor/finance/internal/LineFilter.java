package org.regiomonitor.finance.internal;

/**
 * Filters of the budget line list; null means "any".
 *
 * @param includeProjects with a programme: also the lines of the programme's projects
 */
public record LineFilter(Long programmeId, boolean includeProjects, Long projectId, Long funderId, String category,
        Integer year) {
}
