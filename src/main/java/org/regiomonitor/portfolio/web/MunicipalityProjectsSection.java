package org.regiomonitor.portfolio.web;

import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.MunicipalityPageSection;
import org.regiomonitor.portfolio.internal.ProjectFilter;
import org.regiomonitor.portfolio.internal.ProjectReader;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The projects on a municipality page: the first of those that name it, and of the region-wide ones (only in the home
 * region), each with the whole list behind a link ({@link ProjectExcerpt}). Four queries.
 */
@Component
class MunicipalityProjectsSection implements MunicipalityPageSection {

    private final ProjectReader projects;

    MunicipalityProjectsSection(ProjectReader projects) {
        this.projects = projects;
    }

    @Override
    public void addTo(Model model, AreaSummary municipality, boolean inHomeRegion, boolean seeUnpublished) {
        add(projects, model, municipality, inHomeRegion, seeUnpublished);
    }

    /** The model of both area pages: {@code projects} and {@code regionWideProjects} (null outside the home region). */
    static void add(ProjectReader projects, Model model, AreaSummary area, boolean home, boolean seeUnpublished) {
        model.addAttribute("projects", ProjectExcerpt.of(projects,
                new ProjectFilter(null, null, null, area.code(), null, null), seeUnpublished, ProjectExcerpt.ROWS));
        // region-wide projects cover the monitored region only, so they reach only it and its municipalities
        model.addAttribute("regionWideProjects", home ? ProjectExcerpt.of(projects,
                new ProjectFilter(null, null, null, null, null, null, true), seeUnpublished, ProjectExcerpt.ROWS) : null);
    }
}
