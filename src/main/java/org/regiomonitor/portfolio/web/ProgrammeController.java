package org.regiomonitor.portfolio.web;

import org.regiomonitor.shared.web.SearchedChoices;

import jakarta.servlet.http.HttpServletRequest;

import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.portfolio.ProgrammeAddress;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.internal.Choices;
import org.regiomonitor.portfolio.internal.ProgrammeReader;
import org.regiomonitor.portfolio.internal.ProgrammeService;
import org.regiomonitor.portfolio.internal.ProgrammeViews.ProgrammeDetail;
import org.regiomonitor.portfolio.internal.ProjectFilter;
import org.regiomonitor.portfolio.internal.ProjectReader;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.web.FormErrors;
import org.regiomonitor.shared.web.QueryParams;
import org.regiomonitor.shared.SourceOptions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Programme pages: the list, one programme with its themes and projects, and the programme form. */
@Controller
class ProgrammeController {

    private final ProgrammeReader programmes;
    private final ProjectReader projects;
    private final ProgrammeService service;
    private final Choices choices;
    private final AccessPolicy policy;
    private final SourceOptions sourceOptions;
    private final AuditLog audit;
    private final PortfolioQueries portfolio;

    ProgrammeController(ProgrammeReader programmes, ProjectReader projects, ProgrammeService service, Choices choices,
            AccessPolicy policy, SourceOptions sourceOptions, AuditLog audit, PortfolioQueries portfolio) {
        this.portfolio = portfolio;
        this.audit = audit;
        this.sourceOptions = sourceOptions;
        this.programmes = programmes;
        this.projects = projects;
        this.service = service;
        this.choices = choices;
        this.policy = policy;
    }

    @GetMapping("/programmes")
    String list(@RequestParam(required = false) String status, Model model, Authentication auth) {
        ProgrammeStatus selected = QueryParams.enumOrNull(ProgrammeStatus.class, status);
        model.addAttribute("programmes", programmes.page(selected, policy.canSeeUnpublished(auth), 0, 1000).items());
        model.addAttribute("status", selected);
        model.addAttribute("statuses", ProgrammeStatus.values());
        model.addAttribute("canCreate", policy.canManageReferenceData(auth));
        return "portfolio/programmes";
    }

    /** At its code ({@code /programmes/AVT-2023}) or its id ({@link ProgrammeAddress}). */
    @GetMapping("/programmes/{key}")
    String show(@PathVariable String key, Model model, Authentication auth) {
        boolean all = policy.canSeeUnpublished(auth);
        long id = address(key, all).id();
        ProgrammeDetail programme = programmes.detail(id, all).orElseThrow(() -> new NotFoundException("programme", id));
        model.addAttribute("programme", programme);
        model.addAttribute("projects", ProjectExcerpt.of(projects, new ProjectFilter(id, null, null, null, null, null),
                all, ProjectExcerpt.ROWS));
        model.addAttribute("canEdit", policy.canEditProgramme(auth, id));
        model.addAttribute("canCreateProject", policy.canCreateProjectIn(auth, java.util.List.of(id)));
        model.addAttribute("history", audit.historyForPage(auth, "programme", id));
        return "portfolio/programme";
    }

    @GetMapping("/programmes/new")
    String createForm(Model model, Authentication auth) {
        policy.require(policy.canManageReferenceData(auth));
        model.addAttribute("form", ProgrammeForm.empty());
        return form(model, null);
    }

    @PostMapping("/programmes")
    String create(@ModelAttribute("form") ProgrammeForm form, BindingResult binding, Model model, Authentication auth,
            HttpServletRequest request, RedirectAttributes redirect) {
        policy.require(policy.canManageReferenceData(auth));
        if (SearchedChoices.searching(request)) {
            return form(model, null);
        }
        if (binding.hasErrors()) {
            FormErrors.apply(binding, service.violations(form.toInput(), null));
            return form(model, null);
        }
        try {
            long id = service.create(form.toInput(), auth);
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + address(String.valueOf(id), true).path();
        } catch (InvalidInputException e) {
            FormErrors.apply(binding, e.violations());
            return form(model, null);
        }
    }

    @GetMapping("/programmes/{key}/edit")
    String editForm(@PathVariable String key, Model model, Authentication auth) {
        policy.require(policy.canSeeUnpublished(auth));
        long id = address(key, true).id();
        ProgrammeDetail programme = programmes.detail(id, true).orElseThrow(() -> new NotFoundException("programme", id));
        policy.require(policy.canEditProgramme(auth, id));
        model.addAttribute("form", ProgrammeForm.of(programme));
        return form(model, programme);
    }

    @PostMapping("/programmes/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ProgrammeForm form, BindingResult binding,
            Model model, Authentication auth, HttpServletRequest request, RedirectAttributes redirect) {
        ProgrammeDetail programme = programmes.detail(id, true).orElseThrow(() -> new NotFoundException("programme", id));
        policy.require(policy.canEditProgramme(auth, id));
        if (SearchedChoices.searching(request)) {
            return form(model, programme);
        }
        if (binding.hasErrors()) {
            FormErrors.apply(binding, service.violations(form.toInput(), id));
            return form(model, programme);
        }
        try {
            service.update(id, form.toInput(), auth);
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + address(String.valueOf(id), true).path();
        } catch (InvalidInputException e) {
            FormErrors.apply(binding, e.violations());
        } catch (StaleEditException e) {
            FormErrors.stale(binding);
        }
        return form(model, programme);
    }

    private ProgrammeAddress address(String key, boolean all) {
        return portfolio.programmeAddress(key, all).orElseThrow(() -> new NotFoundException("programme", key));
    }

    private String form(Model model, ProgrammeDetail programme) {
        model.addAttribute("programme", programme);
        model.addAttribute("statuses", ProgrammeStatus.values());
        model.addAttribute("sources", sourceOptions.all());
        return "portfolio/programme-form";
    }
}
