package org.regiomonitor.portfolio.internal;

import static org.regiomonitor.shared.Text.blankToNull;

import org.regiomonitor.portfolio.ProjectStatus;

/**
 * Filters of the project list; {@code null} means "any".
 *
 * @param municipality area code such as {@code GM0153}
 * @param organisation an organisation that leads or takes part in the project
 * @param text         words to find in title or summary
 */
public record ProjectFilter(Long programme, Long theme, ProjectStatus status, String municipality, Long organisation,
        String text) {

    public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, null);

    public ProjectFilter {
        municipality = blankToNull(municipality);
        text = blankToNull(text);
    }
}
