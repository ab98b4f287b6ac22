package org.regiomonitor.portfolio.web;

import java.util.List;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.RegionPageSection;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The projects on a region page: those that name the region or one of its municipalities, and the region-wide
 * ones (only on the monitored region's page). Two queries.
 */
@Component
class RegionProjectsSection implements RegionPageSection {

    private final PortfolioQueries portfolio;

    RegionProjectsSection(PortfolioQueries portfolio) {
        this.portfolio = portfolio;
    }

    @Override
    public void addTo(Model model, AreaSummary region, boolean homeRegion, boolean seeUnpublished) {
        model.addAttribute("projects", portfolio.projectsNaming(region.id(), seeUnpublished));
        model.addAttribute("regionWideProjects", homeRegion
                ? portfolio.regionWideProjectsNotNaming(region.id(), seeUnpublished) : List.of());
    }
}
