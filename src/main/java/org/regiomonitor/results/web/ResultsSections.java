package org.regiomonitor.results.web;

import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.MunicipalityPageSection;
import org.regiomonitor.area.RegionPageSection;
import org.regiomonitor.portfolio.ThemePageSection;
import org.regiomonitor.results.RegionResults;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The results section ({@code resultsSection}, shown by {@code results/rollup-section}) on theme, municipality and
 * region pages: the portfolio and the areas cannot call the results feature (it uses them), so it fills in their
 * pages through their section interfaces. Four queries each, five on a region's page.
 */
@Component
class ResultsSections implements ThemePageSection, MunicipalityPageSection, RegionPageSection {

    static final String ATTRIBUTE = "resultsSection";

    private final RegionResults results;

    ResultsSections(RegionResults results) {
        this.results = results;
    }

    @Override
    public void addTo(Model model, long themeId, long programmeId, String programmeCode, boolean seeUnpublished) {
        model.addAttribute(ATTRIBUTE, results.theme(themeId, programmeId, programmeCode, seeUnpublished,
                LocaleContextHolder.getLocale()));
    }

    /** A municipality, or a region by its municipalities; the region-wide rest only in or of the monitored region. */
    @Override
    public void addTo(Model model, AreaSummary area, boolean homeRegion, boolean seeUnpublished) {
        model.addAttribute(ATTRIBUTE, results.area(area.id(), area.kind() == AreaKind.MUNICIPALITY, area.name(),
                homeRegion, seeUnpublished,
                LocaleContextHolder.getLocale()));
    }
}
