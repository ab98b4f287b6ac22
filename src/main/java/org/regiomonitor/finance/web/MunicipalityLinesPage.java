package org.regiomonitor.finance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.finance.AreaFinance;
import org.regiomonitor.finance.FinanceFigures;
import org.regiomonitor.finance.internal.FinanceQueries;
import org.regiomonitor.finance.internal.FinanceRights;
import org.regiomonitor.finance.internal.MunicipalityMoney;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.web.ListLinks;
import org.regiomonitor.shared.web.ListParams;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The budget lines of the projects that name a municipality, a page at a time, each at its current revision with its
 * source: what the municipality page's money section sums ({@link MunicipalityMoneySection}). The count is the stored
 * one of those totals, so a page costs the same with ten lines or ten thousand.
 */
@Controller
class MunicipalityLinesPage {

    private final Areas areas;
    private final FinanceFigures figures;
    private final FinanceQueries queries;
    private final FinanceRights rights;

    MunicipalityLinesPage(Areas areas, FinanceFigures figures, FinanceQueries queries, FinanceRights rights) {
        this.areas = areas;
        this.figures = figures;
        this.queries = queries;
        this.rights = rights;
    }

    @GetMapping("/areas/{code}/money-lines")
    String lines(@PathVariable String code, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Authentication auth, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        AreaSummary area = areas.find(code).filter(a -> a.kind() == AreaKind.MUNICIPALITY)
                .orElseThrow(() -> new NotFoundException("municipality", code));
        boolean all = rights.canSeeUnpublished(auth);
        ListParams<ListParams.Unsorted> params = ListParams.read(page, size);
        AreaFinance reach = figures.reaching(area, false, all);
        PageResult<MunicipalityMoney.Line> lines = params.requireExisting(new PageResult<>(
                queries.municipalityLines(area.id(), all, params.size(), params.offset()), params.page(), params.size(),
                reach.totals().lines()));
        model.addAttribute("area", area);
        model.addAttribute("money", MunicipalityMoney.of(reach, lines.items()));
        model.addAttribute("lines", lines);
        model.addAttribute("links", ListLinks.of("/areas/" + area.code() + "/money-lines", params));
        model.addAttribute("seeUnpublished", all);
        model.addAttribute("lineDownloads", LineDownloads.ofMunicipality(area.code()));
        return ListLinks.view("finance/municipality-lines", request, response);
    }
}
