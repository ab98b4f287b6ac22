package org.regiomonitor.finance.web;

import java.util.List;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.MunicipalityPageSection;
import org.regiomonitor.finance.FinanceFigures;
import org.regiomonitor.finance.internal.FinanceQueries;
import org.regiomonitor.finance.internal.MunicipalityMoney;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The money of the projects that name a municipality, on its page: the totals of all their lines (stored, see
 * {@link FinanceFigures#reaching}), with the lines themselves behind a link ({@link MunicipalityLinesPage}) and in the
 * downloads. The queries of {@link FinanceFigures#reaching}, and one more in a document for its first lines inline.
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
        // the lines were a third of the page's database time and a quarter of its size, in a folded table
        model.addAttribute("money", MunicipalityMoney.of(figures.reaching(municipality, false, seeUnpublished),
                List.of()));
        model.addAttribute("moneyDownloads", LineDownloads.ofMunicipality(municipality.code()));
    }

    @Override
    public void addToDocument(Model model, AreaSummary municipality, boolean inHomeRegion, boolean seeUnpublished) {
        model.addAttribute("money", MunicipalityMoney.of(figures.reaching(municipality, false, seeUnpublished),
                queries.municipalityLines(municipality.id(), seeUnpublished, MunicipalityMoney.LINES_SHOWN, 0)));
    }
}
