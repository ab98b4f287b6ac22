package org.regiomonitor.portfolio.web;

import java.util.List;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.MunicipalityPageSection;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The projects on a municipality page: those that name it, and the region-wide ones (only in the home region). */
@Component
class MunicipalityProjectsSection implements MunicipalityPageSection {

    private final PortfolioQueries portfolio;

    MunicipalityProjectsSection(PortfolioQueries portfolio) {
        this.portfolio = portfolio;
    }

    @Override
    public void addTo(Model model, AreaSummary municipality, boolean inHomeRegion, boolean seeUnpublished) {
        model.addAttribute("projects", portfolio.projectsNaming(municipality.id(), seeUnpublished));
        // region-wide projects cover the monitored region only, so they reach only its municipalities
        model.addAttribute("regionWideProjects", inHomeRegion
                ? portfolio.regionWideProjectsNotNaming(municipality.id(), seeUnpublished) : List.of());
    }
}
