package org.regiomonitor.finance.web;

import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.MunicipalityPageSection;
import org.regiomonitor.finance.FinanceFigures;
import org.regiomonitor.finance.internal.FinanceQueries;
import org.regiomonitor.finance.internal.MunicipalityMoney;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The money of the projects that name a municipality, on its page: the totals of all their lines (stored, see
 * {@link FinanceFigures#reaching}) and the first lines. Three queries.
 */
@Component
class MunicipalityMoneySection implements MunicipalityPageSection {

    private final FinanceFigures figures;
    private final FinanceQueries queries;

    MunicipalityMoneySection(FinanceFigures figures, FinanceQueries queries) {
        this.figures = figures;
        this.queries = queries;
    }

    @Override
    public void addTo(Model model, AreaSummary municipality, boolean inHomeRegion, boolean seeUnpublished) {
        model.addAttribute("money", MunicipalityMoney.of(figures.reaching(municipality, false, seeUnpublished),
                queries.municipalityLines(municipality.id(), seeUnpublished, MunicipalityMoney.LINES_SHOWN)));
        model.addAttribute("moneyDownloads", LineDownloads.ofMunicipality(municipality.code()));
    }
}
