package org.regiomonitor.portfolio.internal;

import static org.regiomonitor.shared.Text.blankToNull;

import org.regiomonitor.portfolio.ProjectStatus;

/**
 * Filters of the project list; {@code null} means "any".
 *
 * @param municipality area code such as {@code GM0153}: projects that name the area or an area within it (a region's
 *                     municipalities), as the area pages list them
 * @param organisation an organisation that leads or takes part in the project
 * @param text         words to find in title or summary
 * @param regionWide   true: only the projects for the whole region; null: any
 */
public record ProjectFilter(Long programme, Long theme, ProjectStatus status, String municipality, Long organisation,
        String text, Boolean regionWide) {

    public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, null, null);

    public ProjectFilter(Long programme, Long theme, ProjectStatus status, String municipality, Long organisation,
            String text) {
        this(programme, theme, status, municipality, organisation, text, null);
    }

    public ProjectFilter {
        municipality = blankToNull(municipality);
        text = blankToNull(text);
        regionWide = Boolean.TRUE.equals(regionWide) ? Boolean.TRUE : null;
    }
}
