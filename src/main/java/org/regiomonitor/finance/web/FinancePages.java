package org.regiomonitor.finance.web;

import java.util.List;
import java.util.Map;
import org.regiomonitor.finance.CategoryTotals;
import org.regiomonitor.finance.DerivedFigures;
import org.regiomonitor.finance.FinanceCharts;
import org.regiomonitor.finance.FinanceFigures;
import org.regiomonitor.finance.MoneyTotals;
import org.regiomonitor.finance.ProgrammeFinance;
import org.regiomonitor.finance.internal.BudgetLineService;
import org.regiomonitor.finance.internal.BudgetLineView;
import org.regiomonitor.finance.internal.FinanceQueries;
import org.regiomonitor.finance.internal.FinanceRights;
import org.regiomonitor.finance.internal.LineTotals;
import org.regiomonitor.finance.internal.ProjectRow;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.web.ListLinks;
import org.regiomonitor.shared.web.ListParams;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The finance pages: overview, a programme's money, a project's money. */
@Controller
class FinancePages {

    private final FinanceFigures figures;
    private final FinanceQueries queries;
    private final FinanceCharts charts;
    private final FinanceRights rights;
    private final BudgetLineService lines;
    private final PortfolioQueries portfolio;

    FinancePages(FinanceFigures figures, FinanceQueries queries, FinanceCharts charts, FinanceRights rights,
            BudgetLineService lines, PortfolioQueries portfolio) {
        this.figures = figures;
        this.queries = queries;
        this.charts = charts;
        this.rights = rights;
        this.lines = lines;
        this.portfolio = portfolio;
    }

    @GetMapping("/finance")
    String overview(Authentication auth, Model model) {
        boolean all = rights.canSeeUnpublished(auth);
        // the programmes' money and its totals per category from one read
        FinanceFigures.Overview overview = figures.overview(all);
        List<CategoryTotals> categories = overview.categories();
        model.addAttribute("programmes", overview.programmes());
        model.addAttribute("categories", categories);
        model.addAttribute("derived", DerivedFigures.of(categories));
        model.addAttribute("chartJson", charts.budgetVsRealised(categories));
        model.addAttribute("canManageFunders", rights.canManageFunders(auth));
        model.addAttribute("lineDownloads", LineDownloads.all());
        return "finance/overview";
    }

    /** At the programme's code or id, as the programme page ({@code ProgrammeAddress}). */
    @GetMapping("/programmes/{key}/finance")
    String programme(@PathVariable String key, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Authentication auth, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        boolean all = rights.canSeeUnpublished(auth);
        long id = portfolio.programmeAddress(key, all).orElseThrow(() -> new NotFoundException("programme", key)).id();
        ProgrammeFinance programme = figures.programme(id, all);
        List<CategoryTotals> projectCategories = figures.projectTotalsByCategory(programme, all);
        model.addAttribute("programme", programme);
        // what the sources state beside the budget lines (ceiling, expected investment, volume), never summed
        model.addAttribute("amounts", portfolio.programmeAmounts(id, all).orElse(null));
        model.addAttribute("ownLines", queries.lines(FinanceQueries.ofProgramme(id), all));
        // one row per project, a page at a time (a programme can have thousands); the totals above are over all
        ListParams<ListParams.Unsorted> params = ListParams.read(page, size);
        PageResult<FinanceQueries.ProjectWithLines> shown = queries.projectsWithLines(id, all, params.page(),
                params.size());
        Map<Long, MoneyTotals> money = figures.byProject(shown.items().stream()
                .map(FinanceQueries.ProjectWithLines::id).toList(), all);
        List<LineTotals.ProjectSubtotal> subtotals = shown.items().stream().map(p -> new LineTotals.ProjectSubtotal(
                p.id(), p.title(), money.getOrDefault(p.id(), MoneyTotals.NONE).lines(),
                money.getOrDefault(p.id(), MoneyTotals.NONE))).toList();
        model.addAttribute("projectSubtotals", params.requireExisting(new PageResult<>(subtotals, params.page(),
                params.size(), shown.total())));
        model.addAttribute("subtotalLinks", ListLinks.of("/programmes/" + programme.code() + "/finance", params)
                .anchor("projects-heading"));
        model.addAttribute("projectCategories", projectCategories);
        model.addAttribute("projectFigures", DerivedFigures.of(projectCategories));
        model.addAttribute("mobilised", queries.mobilised(id, all));
        model.addAttribute("chartJson", charts.budgetVsRealised(programme.byCategory()));
        model.addAttribute("canEdit", rights.programme(auth, id).full());
        model.addAttribute("lineDownloads", LineDownloads.ofProgramme(id));
        return ListLinks.view("finance/programme", request, response);
    }

    @GetMapping("/projects/{id}/finance")
    String project(@PathVariable long id, Authentication auth, Model model) {
        boolean all = rights.canSeeUnpublished(auth);
        ProjectRow project = queries.project(id, all).orElseThrow(() -> new NotFoundException("project", id));
        List<BudgetLineView> projectLines = queries.lines(
                FinanceQueries.condition(new org.regiomonitor.finance.internal.LineFilter(null, false, id, null, null,
                        null, null)), all);
        List<CategoryTotals> categories = LineTotals.byCategory(queries.categories(), projectLines);
        model.addAttribute("project", project);
        model.addAttribute("lines", projectLines);
        model.addAttribute("categories", categories);
        model.addAttribute("derived", DerivedFigures.of(categories));
        model.addAttribute("sources", LineTotals.sources(projectLines));
        model.addAttribute("chartJson", charts.budgetVsRealised(categories));
        model.addAttribute("editRight", lines.rightFor(auth, null, id));
        model.addAttribute("lineDownloads", LineDownloads.ofProject(id));
        return "finance/project";
    }
}
