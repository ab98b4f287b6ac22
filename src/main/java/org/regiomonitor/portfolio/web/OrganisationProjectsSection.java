package org.regiomonitor.portfolio.web;

import org.regiomonitor.organisation.OrganisationPageSection;
import org.regiomonitor.portfolio.internal.ProjectFilter;
import org.regiomonitor.portfolio.internal.ProjectsOfOrganisation;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The projects on an organisation's page: the first of those it leads or takes part in, with its roles, and the whole
 * list (the project list filtered by the organisation) and its downloads behind links ({@link ProjectExcerpt}). One
 * query.
 */
@Component
class OrganisationProjectsSection implements OrganisationPageSection {

    private final ProjectsOfOrganisation projects;

    OrganisationProjectsSection(ProjectsOfOrganisation projects) {
        this.projects = projects;
    }

    @Override
    public void addTo(Model model, long organisationId, boolean seeUnpublished) {
        model.addAttribute("projects", ProjectExcerpt.of(
                projects.firstProjectsOf(organisationId, seeUnpublished, ProjectExcerpt.ROWS),
                new ProjectFilter(null, null, null, null, organisationId, null)));
    }
}
