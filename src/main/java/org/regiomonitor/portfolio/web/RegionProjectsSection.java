package org.regiomonitor.portfolio.web;

import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.RegionPageSection;
import org.regiomonitor.portfolio.internal.ProjectReader;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The projects on a region page: the first of those that name the region or one of its municipalities, and of the
 * region-wide ones (only on the monitored region's page), as on a municipality page. Four queries.
 */
@Component
class RegionProjectsSection implements RegionPageSection {

    private final ProjectReader projects;

    RegionProjectsSection(ProjectReader projects) {
        this.projects = projects;
    }

    @Override
    public void addTo(Model model, AreaSummary region, boolean homeRegion, boolean seeUnpublished) {
        MunicipalityProjectsSection.add(projects, model, region, homeRegion, seeUnpublished);
    }
}
