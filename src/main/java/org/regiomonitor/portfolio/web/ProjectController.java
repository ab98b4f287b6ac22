package org.regiomonitor.portfolio.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProjectMoney;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.internal.Choices;
import org.regiomonitor.portfolio.internal.ProjectExport;
import org.regiomonitor.portfolio.internal.ProjectFilter;
import org.regiomonitor.portfolio.internal.ProjectReader;
import org.regiomonitor.portfolio.internal.ProjectService;
import org.regiomonitor.portfolio.internal.ProjectSort;
import org.regiomonitor.portfolio.internal.ProjectViews.ProjectDetail;
import org.regiomonitor.portfolio.internal.ProjectViews.ProjectRow;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.export.TableDownloads;
import org.regiomonitor.shared.web.FormErrors;
import org.regiomonitor.shared.web.ListLinks;
import org.regiomonitor.shared.web.ListParams;
import org.regiomonitor.shared.web.QueryParams;
import org.regiomonitor.shared.web.SearchedChoices;
import org.regiomonitor.shared.SourceOptions;
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

/** Project pages: the filtered, sorted, paged list; one project; the project and status forms. */
@Controller
class ProjectController {

    private final ProjectReader projects;
    private final ProjectService service;
    private final Choices choices;
    private final AccessPolicy policy;
    private final SourceOptions sourceOptions;
    private final AuditLog audit;
    private final ProjectMoney.Lookup moneyLookup;
    private final ProjectExport export;

    ProjectController(ProjectReader projects, ProjectService service, Choices choices, AccessPolicy policy,
            SourceOptions sourceOptions, AuditLog audit, ProjectMoney.Lookup moneyLookup, ProjectExport export) {
        this.export = export;
        this.moneyLookup = moneyLookup;
        this.audit = audit;
        this.sourceOptions = sourceOptions;
        this.projects = projects;
        this.service = service;
        this.choices = choices;
        this.policy = policy;
    }

    /**
     * The project list. {@code money=show} adds the budgeted, committed and realised totals per project (from
     * the finance feature, one query for the page). Sorting by an amount is not offered: the order is made in
     * the portfolio's SQL, which may not read the finance feature's tables.
     */
    @GetMapping("/projects")
    String list(@RequestParam(required = false) Long programme, @RequestParam(required = false) Long theme,
            @RequestParam(required = false) String status, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Long organisation, @RequestParam(required = false) String q,
            @RequestParam(required = false) String regionWide, @RequestParam(required = false) String money, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model, Authentication auth,
            HttpServletRequest request, HttpServletResponse response) {
        boolean all = policy.canSeeUnpublished(auth);
        ProjectFilter filter = filter(programme, theme, status, municipality, organisation, q, regionWide);
        ListParams<ProjectSort.Column> params = params(page, size, sort, dir);
        PageResult<ProjectRow> result = params.requireExisting(
                projects.page(filter, ProjectSort.of(params), all, params.page(), params.size()));
        boolean showMoney = "show".equals(money);
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("money", showMoney
                ? moneyLookup.byProject(result.items().stream().map(ProjectRow::id).toList(), all) : null);
        model.addAttribute("links", links(filter, params).option("money", showMoney ? "show" : null));
        model.addAttribute("showMoney", showMoney);
        model.addAttribute("programmes", choices.programmes(all));
        model.addAttribute("municipalities", choices.municipalityChoices());
        // the organisation is a searched choice: the page carries only the chosen one (a select of a thousand
        // weighed 80 KB on every list page, issue 10)
        OrganisationField organisationField = new OrganisationField(filter.organisation());
        model.addAttribute("projectFilter", organisationField);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "projectFilter",
                new BeanPropertyBindingResult(organisationField, "projectFilter"));
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("canCreate", policy.canCreateProjects(auth));
        return ListLinks.view("portfolio/projects", request, response);
    }

    /** The organisation of the filter bar as a form field, for the searched choice ({@code fragments/form :: choice}). */
    public static class OrganisationField {
        private final Long organisation;

        OrganisationField(Long organisation) {
            this.organisation = organisation;
        }

        public Long getOrganisation() { return organisation; }
    }

    /**
     * The list as Excel (projects, partners, notes): every row with the list's filters and order. The same
     * parameters as the list, read the same way.
     */
    @GetMapping("/projects.xlsx")
    void xlsx(@RequestParam(required = false) Long programme, @RequestParam(required = false) Long theme,
            @RequestParam(required = false) String status, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Long organisation, @RequestParam(required = false) String q,
            @RequestParam(required = false) String regionWide, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        download(TableDownloads.Format.XLSX, null, filter(programme, theme, status, municipality, organisation, q, regionWide),
                params(null, null, sort, dir), auth, locale, response);
    }

    /** The list as CSV: the projects, or ({@code table=partners}) their partners. */
    @GetMapping("/projects.csv")
    void csv(@RequestParam(required = false) Long programme, @RequestParam(required = false) Long theme,
            @RequestParam(required = false) String status, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Long organisation, @RequestParam(required = false) String q,
            @RequestParam(required = false) String regionWide, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) String table, Authentication auth, Locale locale,
            HttpServletResponse response) throws IOException {
        download(TableDownloads.Format.CSV, table, filter(programme, theme, status, municipality, organisation, q, regionWide),
                params(null, null, sort, dir), auth, locale, response);
    }

    private void download(TableDownloads.Format format, String table, ProjectFilter filter,
            ListParams<ProjectSort.Column> params, Authentication auth, Locale locale, HttpServletResponse response)
            throws IOException {
        export.send(response, format, table, filter, ProjectSort.of(params), policy.canSeeUnpublished(auth), locale,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }

    /** The list's filters as the page reads them: a status it does not know is no filter. */
    private static ProjectFilter filter(Long programme, Long theme, String status, String municipality,
            Long organisation, String q, String regionWide) {
        return new ProjectFilter(programme, theme, QueryParams.enumOrNull(ProjectStatus.class, status), municipality,
                organisation, q, "true".equals(regionWide));
    }

    static ListParams<ProjectSort.Column> params(Integer page, Integer size, String sort, String dir) {
        return ListParams.read(page, size, sort, dir, ProjectSort.Column.TITLE);
    }

    /** The addresses of the list with these filters (also for the other pages' excerpts of it, {@link ProjectExcerpt}). */
    static ListLinks links(ProjectFilter filter, ListParams<ProjectSort.Column> params) {
        return ListLinks.of("/projects", params).filter("q", filter.text())
                .filter("programme", filter.programme()).filter("theme", filter.theme())
                .filter("status", filter.status()).filter("municipality", filter.municipality())
                .filter("organisation", filter.organisation()).filter("regionWide", filter.regionWide());
    }

    @GetMapping("/projects/{id}")
    String show(@PathVariable long id, Model model, Authentication auth) {
        ProjectDetail project = projects.detail(id, policy.canSeeUnpublished(auth))
                .orElseThrow(() -> new NotFoundException("project", id));
        model.addAttribute("project", project);
        model.addAttribute("canEdit", policy.canEditProject(auth, id));
        model.addAttribute("history", audit.historyForPage(auth, "project", id));
        return "portfolio/project";
    }

    @GetMapping("/projects/new")
    String createForm(@RequestParam(required = false) Long programme, Model model, Authentication auth) {
        policy.require(policy.canCreateProjects(auth));
        model.addAttribute("form", ProjectForm.empty(programme));
        return form(model, null, true);
    }

    @PostMapping("/projects")
    String create(@ModelAttribute("form") ProjectForm form, BindingResult binding, Model model, Authentication auth,
            HttpServletRequest request, RedirectAttributes redirect) {
        policy.require(policy.canCreateProjects(auth));
        if (SearchedChoices.searching(request)) {
            return form(model, null, true);
        }
        form.compact();
        if (binding.hasErrors()) {
            FormErrors.apply(binding, service.violations(form.toInput(true)));
            return form(model, null, true);
        }
        try {
            long id = service.create(form.toInput(true), auth);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/projects/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(binding, e.violations());
            return form(model, null, true);
        }
    }

    @GetMapping("/projects/{id}/edit")
    String editForm(@PathVariable long id, Model model, Authentication auth) {
        policy.require(policy.canSeeUnpublished(auth));
        ProjectDetail project = project(id);
        policy.require(policy.canEditProject(auth, id));
        model.addAttribute("form", ProjectForm.of(project));
        return form(model, project, policy.canCreateProjects(auth));
    }

    @PostMapping("/projects/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ProjectForm form, BindingResult binding, Model model,
            Authentication auth, HttpServletRequest request, RedirectAttributes redirect) {
        ProjectDetail project = project(id);
        policy.require(policy.canEditProject(auth, id));
        boolean programmesEditable = policy.canCreateProjects(auth);
        if (SearchedChoices.searching(request)) {
            return form(model, project, programmesEditable);
        }
        if (form.getStatus() != null && form.getStatus() != project.status()) {
            // The edit form offers no status (the lifecycle moves through the status form): refuse, not ignore.
            throw InvalidInputException.of("status", "portfolio.project.statusViaTransition");
        }
        form.compact();
        if (binding.hasErrors()) {
            FormErrors.apply(binding, service.violations(form.toInput(false)));
            return form(model, project, programmesEditable);
        }
        try {
            service.update(id, form.toInput(false), auth);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/projects/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(binding, e.violations());
        } catch (StaleEditException e) {
            FormErrors.stale(binding);
        }
        return form(model, project, programmesEditable);
    }

    @GetMapping("/projects/{id}/status")
    String statusForm(@PathVariable long id, Model model, Authentication auth) {
        policy.require(policy.canSeeUnpublished(auth));
        ProjectDetail project = project(id);
        policy.require(policy.canEditProject(auth, id));
        StatusForm form = new StatusForm();
        form.setVersion(project.version());
        model.addAttribute("form", form);
        model.addAttribute("project", project);
        return "portfolio/project-status";
    }

    @PostMapping("/projects/{id}/status")
    String changeStatus(@PathVariable long id, @ModelAttribute("form") StatusForm form, BindingResult binding,
            Model model, Authentication auth, RedirectAttributes redirect) {
        ProjectDetail project = project(id);
        policy.require(policy.canEditProject(auth, id));
        if (binding.hasErrors()) {
            FormErrors.apply(binding, service.statusViolations(project.status(), form.toInput()));
        } else {
            try {
                service.changeStatus(id, form.toInput(), auth);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/projects/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(binding, e.violations());
            } catch (StaleEditException e) {
                FormErrors.stale(binding);
            }
        }
        model.addAttribute("project", project);
        return "portfolio/project-status";
    }

    private ProjectDetail project(long id) {
        return projects.detail(id, true).orElseThrow(() -> new NotFoundException("project", id));
    }

    /**
     * @param programmesEditable false for project leads: they edit their project within the
     *                           programmes it has, so the programme choice is shown but fixed
     */
    private String form(Model model, ProjectDetail project, boolean programmesEditable) {
        ProjectForm form = (ProjectForm) model.getAttribute("form");
        form.addSpareRows();
        model.addAttribute("project", project);
        model.addAttribute("programmesEditable", programmesEditable);
        model.addAttribute("programmes", choices.programmes(true));
        model.addAttribute("municipalities", choices.municipalityChoices());
        model.addAttribute("sources", sourceOptions.all());
        model.addAttribute("statuses", ProjectStatus.values());
        // LEAD is not offered: the lead organisation is the LEAD partner by itself.
        model.addAttribute("roles", List.of(PartnerRole.IMPLEMENTING, PartnerRole.CO_FINANCING, PartnerRole.KNOWLEDGE));
        return "portfolio/project-form";
    }
}
