package org.regiomonitor.finance.web;

import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.RegionPageSection;
import org.regiomonitor.finance.FinanceFigures;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The money of the projects that reach a region, on its page (see {@link FinanceFigures#reaching}). */
@Component
class RegionMoneySection implements RegionPageSection {

    private final FinanceFigures figures;

    RegionMoneySection(FinanceFigures figures) {
        this.figures = figures;
    }

    @Override
    public void addTo(Model model, AreaSummary region, boolean homeRegion, boolean seeUnpublished) {
        model.addAttribute("regionMoney", figures.reaching(region, homeRegion, seeUnpublished));
    }
}
