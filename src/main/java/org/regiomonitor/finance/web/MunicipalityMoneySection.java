package org.regiomonitor.finance.web;

import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.MunicipalityPageSection;
import org.regiomonitor.finance.internal.FinanceQueries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The money of the projects that name a municipality, on its page. One query. */
@Component
class MunicipalityMoneySection implements MunicipalityPageSection {

    private final FinanceQueries queries;

    MunicipalityMoneySection(FinanceQueries queries) {
        this.queries = queries;
    }

    @Override
    public void addTo(Model model, AreaSummary municipality, boolean inHomeRegion, boolean seeUnpublished) {
        model.addAttribute("money", queries.municipalityMoney(municipality.id(), seeUnpublished));
        model.addAttribute("moneyDownloads", LineDownloads.ofMunicipality(municipality.code()));
    }
}
