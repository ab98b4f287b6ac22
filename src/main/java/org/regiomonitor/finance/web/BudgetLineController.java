package org.regiomonitor.finance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.finance.Amounts;
import org.regiomonitor.finance.internal.BudgetLineExport;
import org.regiomonitor.finance.internal.BudgetLineService;
import org.regiomonitor.finance.internal.BudgetLineView;
import org.regiomonitor.finance.internal.EditRight;
import org.regiomonitor.finance.internal.FinanceQueries;
import org.regiomonitor.finance.internal.FinanceRights;
import org.regiomonitor.finance.internal.LineFilter;
import org.regiomonitor.finance.internal.NewBudgetLine;
import org.regiomonitor.finance.internal.NewRevision;
import org.regiomonitor.finance.internal.ProgrammeRow;
import org.regiomonitor.finance.internal.ProjectRow;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.export.TableDownloads;
import org.regiomonitor.shared.SourceOptions;
import org.regiomonitor.shared.web.FormErrors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Adding budget lines and revising their amounts; a line's page shows its whole history. */
@Controller
class BudgetLineController {


    private final BudgetLineService service;
    private final FinanceQueries queries;
    private final FinanceRights rights;
    private final SourceOptions sourceOptions;
    private final AuditLog audit;
    private final BudgetLineExport download;

    BudgetLineController(BudgetLineService service, FinanceQueries queries, FinanceRights rights,
            SourceOptions sourceOptions, AuditLog audit, BudgetLineExport download) {
        this.download = download;
        this.audit = audit;
        this.sourceOptions = sourceOptions;
        this.service = service;
        this.queries = queries;
        this.rights = rights;
    }

    @GetMapping("/finance/budget-lines/new")
    String newLine(@RequestParam(name = "programme", required = false) Long programmeId,
            @RequestParam(name = "project", required = false) Long projectId, Authentication auth, Model model) {
        LineForm form = new LineForm();
        form.setProgrammeId(programmeId);
        form.setProjectId(projectId);
        return lineForm(form, auth, model);
    }

    @PostMapping("/finance/budget-lines")
    String create(@ModelAttribute("lineForm") LineForm form, BindingResult errors, Authentication auth,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Integer year = FormSupport.year("year", form.getYear(), errors);
        var budgeted = FormSupport.amount("budgeted", form.getBudgeted(), errors);
        var committed = FormSupport.amount("committed", form.getCommitted(), errors);
        var realised = FormSupport.amount("realised", form.getRealised(), errors);
        if (!errors.hasErrors()) {
            try {
                long id = service.create(new NewBudgetLine(form.getProgrammeId(), form.getProjectId(),
                        form.getFunderId(), year, budgeted, committed, realised, form.getSourceId(),
                        form.getSourceLocator(), form.getReason()), auth);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/finance/budget-lines/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(errors, e.violations());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return lineForm(form, auth, model);
    }

    private String lineForm(LineForm form, Authentication auth, Model model) {
        String ownerName;
        String ownerUrl;
        String period;
        if (form.getProgrammeId() != null) {
            ProgrammeRow p = queries.programme(form.getProgrammeId(), true)
                    .orElseThrow(() -> new NotFoundException("programme", form.getProgrammeId()));
            ownerName = p.name();
            ownerUrl = "/programmes/" + p.code() + "/finance";
            period = p.startYear() == null && p.endYear() == null ? null
                    : (p.startYear() == null ? "…" : p.startYear()) + "–" + (p.endYear() == null ? "…" : p.endYear());
        } else if (form.getProjectId() != null) {
            ProjectRow p = queries.project(form.getProjectId(), true)
                    .orElseThrow(() -> new NotFoundException("project", form.getProjectId()));
            ownerName = p.title();
            ownerUrl = "/projects/" + p.id() + "/finance";
            period = null;
        } else {
            throw new NotFoundException("programme or project", "none");
        }
        EditRight right = service.rightFor(auth, form.getProgrammeId(), form.getProjectId());
        rights.require(right.any());
        model.addAttribute("lineForm", form);
        model.addAttribute("ownerName", ownerName);
        model.addAttribute("ownerUrl", ownerUrl);
        model.addAttribute("period", period);
        model.addAttribute("editRight", right);
        model.addAttribute("funders", queries.allFunders(true));
        model.addAttribute("sources", sourceOptions.all());
        return "finance/line-form";
    }

    /**
     * Budget lines as Excel (lines, revisions, notes): those the filters select, as the API's list reads them. The
     * finance pages link to it with their own selection (all lines, a programme with its projects, a project).
     */
    @GetMapping("/finance/budget-lines.xlsx")
    void xlsx(@RequestParam(required = false) Long programme,
            @RequestParam(defaultValue = "false") boolean includeProjects,
            @RequestParam(required = false) Long project, @RequestParam(required = false) Long funder,
            @RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String municipality,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        download(TableDownloads.Format.XLSX, null,
                new LineFilter(programme, includeProjects, project, funder, category, year, municipality), auth, locale, response);
    }

    /** Budget lines as CSV: the lines, or ({@code table=revisions}) all their revisions. */
    @GetMapping("/finance/budget-lines.csv")
    void csv(@RequestParam(required = false) Long programme,
            @RequestParam(defaultValue = "false") boolean includeProjects,
            @RequestParam(required = false) Long project, @RequestParam(required = false) Long funder,
            @RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String table, Authentication auth, Locale locale,
            HttpServletResponse response) throws IOException {
        download(TableDownloads.Format.CSV, table,
                new LineFilter(programme, includeProjects, project, funder, category, year, municipality), auth, locale, response);
    }

    private void download(TableDownloads.Format format, String table, LineFilter filter, Authentication auth,
            Locale locale, HttpServletResponse response) throws IOException {
        download.send(response, format, table, filter, rights.canSeeUnpublished(auth), locale,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }

    @GetMapping("/finance/budget-lines/{id}")
    String line(@PathVariable long id, Authentication auth, Model model) {
        BudgetLineView line = visibleLine(id, auth);
        return linePage(line, revisionFormFor(line), auth, model);
    }

    @PostMapping("/finance/budget-lines/{id}/revisions")
    String revise(@PathVariable long id, @ModelAttribute("revisionForm") RevisionForm form,
            BindingResult errors, Authentication auth, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        BudgetLineView line = queries.line(id, true).orElseThrow(() -> new NotFoundException("budget line", id));
        rights.require(rights.line(auth, line).any());
        var budgeted = FormSupport.amount("budgeted", form.getBudgeted(), errors);
        var committed = FormSupport.amount("committed", form.getCommitted(), errors);
        var realised = FormSupport.amount("realised", form.getRealised(), errors);
        if (!errors.hasErrors()) {
            try {
                int revision = service.revise(id, new NewRevision(form.getVersion(), budgeted, committed, realised,
                        form.getReason(), form.getSourceId(), form.getSourceLocator()), auth);
                redirect.addFlashAttribute("savedRevision", revision);
                return "redirect:/finance/budget-lines/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(errors, e.violations());
            } catch (StaleEditException e) {
                // show what is current now, so the user can apply the change again on top of it
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                BudgetLineView fresh = queries.line(id, true).orElseThrow();
                RevisionForm freshForm = revisionFormFor(fresh);
                String page = linePage(fresh, freshForm, auth, model);
                // the error summary of the fresh form says why nothing was saved
                BindingResult freshErrors = new BeanPropertyBindingResult(freshForm, "revisionForm");
                FormErrors.stale(freshErrors);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "revisionForm", freshErrors);
                return page;
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return linePage(line, form, auth, model);
    }

    private BudgetLineView visibleLine(long id, Authentication auth) {
        return queries.line(id, rights.canSeeUnpublished(auth))
                .orElseThrow(() -> new NotFoundException("budget line", id));
    }

    private String linePage(BudgetLineView line, RevisionForm form, Authentication auth, Model model) {
        EditRight right = rights.line(auth, line);
        model.addAttribute("line", line);
        model.addAttribute("revisions", queries.revisions(line.id()).reversed());
        model.addAttribute("editRight", right);
        model.addAttribute("history", audit.historyForPage(auth, "budget_line", line.id()));
        if (right.any()) {
            model.addAttribute("revisionForm", form);
            model.addAttribute("sources", sourceOptions.all());
        }
        return "finance/line";
    }

    private static RevisionForm revisionFormFor(BudgetLineView line) {
        RevisionForm form = new RevisionForm();
        Amounts a = line.current();
        form.setVersion(line.version());
        form.setBudgeted(plain(a.budgeted()));
        form.setCommitted(plain(a.committed()));
        form.setRealised(plain(a.realised()));
        return form;
    }

    private static String plain(java.math.BigDecimal x) {
        return x == null ? "" : x.toPlainString();
    }
}
