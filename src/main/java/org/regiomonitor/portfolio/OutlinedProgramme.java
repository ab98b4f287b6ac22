package org.regiomonitor.portfolio;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme as a report tells it: its description and period, its themes in their order with the (visible)
 * projects under each, and the projects under no theme. A project under two themes appears under both.
 */
public record OutlinedProgramme(long id, String code, String name, String description, Integer startYear,
        Integer endYear, ProgrammeStatus status, List<Theme> themes, List<Project> withoutTheme) {

    public OutlinedProgramme {
        themes = List.copyOf(themes);
        withoutTheme = List.copyOf(withoutTheme);
    }

    public record Theme(long id, String code, String name, ThemeKind kind, String description, List<Project> projects) {
        public Theme {
            projects = List.copyOf(projects);
        }
    }

    /**
     * @param municipalities names of the municipalities the project names, alphabetical
     * @param partners       the partners the caller may see, by role then name
     */
    public record Project(long id, String title, String summary, ProjectStatus status, LocalDate startDate,
            LocalDate endDate, String leadOrganisationName, boolean regionWide, List<String> municipalities,
            List<Partner> partners) {
        public Project {
            municipalities = List.copyOf(municipalities);
            partners = List.copyOf(partners);
        }
    }

    public record Partner(String name, PartnerRole role) {
    }

    /** Every project of the programme once, in the order of the themes. */
    public List<Project> projects() {
        var seen = new java.util.LinkedHashMap<Long, Project>();
        themes.forEach(t -> t.projects().forEach(p -> seen.putIfAbsent(p.id(), p)));
        withoutTheme.forEach(p -> seen.putIfAbsent(p.id(), p));
        return List.copyOf(seen.values());
    }
}
