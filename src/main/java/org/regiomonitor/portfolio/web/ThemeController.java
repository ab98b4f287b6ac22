package org.regiomonitor.portfolio.web;

import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.portfolio.ThemePageSection;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.portfolio.internal.Choices;
import org.regiomonitor.portfolio.internal.ProgrammeReader;
import org.regiomonitor.portfolio.internal.ProgrammeViews.ProgrammeDetail;
import org.regiomonitor.portfolio.internal.ProgrammeViews.ThemeDetail;
import org.regiomonitor.portfolio.internal.ProjectFilter;
import org.regiomonitor.portfolio.internal.ProjectReader;
import org.regiomonitor.portfolio.internal.ThemeService;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.web.FormErrors;
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

/** A theme with its projects, and adding, changing and removing themes of a programme. */
@Controller
class ThemeController {

    private final ProgrammeReader programmes;
    private final ProjectReader projects;
    private final ThemeService service;
    private final Choices choices;
    private final AccessPolicy policy;
    private final SourceOptions sourceOptions;
    private final PortfolioQueries portfolio;
    private final java.util.List<ThemePageSection> sections;

    ThemeController(ProgrammeReader programmes, ProjectReader projects, ThemeService service, Choices choices,
            AccessPolicy policy, SourceOptions sourceOptions, PortfolioQueries portfolio,
            java.util.List<ThemePageSection> sections) {
        this.sections = sections;
        this.portfolio = portfolio;
        this.sourceOptions = sourceOptions;
        this.programmes = programmes;
        this.projects = projects;
        this.service = service;
        this.choices = choices;
        this.policy = policy;
    }

    /** At its programme's address and its code ({@code /programmes/NPVR/themes/TALENT}), or at its id. */
    @GetMapping("/programmes/{key}/themes/{code}")
    String show(@PathVariable String key, @PathVariable String code, Model model, Authentication auth) {
        boolean all = policy.canSeeUnpublished(auth);
        long programmeId = portfolio.programmeAddress(key, all).orElseThrow(() -> new NotFoundException("programme", key))
                .id();
        return show(programmes.theme(programmeId, code, all).orElseThrow(() -> new NotFoundException("theme", code)),
                all, model, auth);
    }

    @GetMapping("/themes/{id}")
    String show(@PathVariable long id, Model model, Authentication auth) {
        boolean all = policy.canSeeUnpublished(auth);
        return show(programmes.theme(id, all).orElseThrow(() -> new NotFoundException("theme", id)), all, model, auth);
    }

    private String show(ThemeDetail theme, boolean all, Model model, Authentication auth) {
        long id = theme.theme().id();
        model.addAttribute("theme", theme);
        // beside the results section, as on an area's page: a theme of a national programme has thousands of
        // projects, and the excerpt links to the whole list (paged, sortable) and its downloads
        model.addAttribute("projects", ProjectExcerpt.of(projects, new ProjectFilter(null, id, null, null, null, null),
                all, ProjectExcerpt.ROWS));
        model.addAttribute("canEdit", policy.canEditProgramme(auth, theme.programmeId()));
        // the theme's results come from the results feature, which uses the portfolio itself
        sections.forEach(section -> section.addTo(model, id, theme.programmeId(), theme.programmeCode(), all));
        return "portfolio/theme";
    }

    @GetMapping("/programmes/{key}/themes/new")
    String createForm(@PathVariable String key, Model model, Authentication auth) {
        policy.require(policy.canSeeUnpublished(auth));
        long programmeId = portfolio.programmeAddress(key, true).orElseThrow(() -> new NotFoundException("programme", key))
                .id();
        ProgrammeDetail programme = programme(programmeId);
        policy.require(policy.canEditProgramme(auth, programmeId));
        model.addAttribute("form", ThemeForm.empty(programme.themes().size() + 1));
        return form(model, programme, null);
    }

    @PostMapping("/programmes/{programmeId}/themes")
    String create(@PathVariable long programmeId, @ModelAttribute("form") ThemeForm form, BindingResult binding,
            Model model, Authentication auth, RedirectAttributes redirect) {
        ProgrammeDetail programme = programme(programmeId);
        policy.require(policy.canEditProgramme(auth, programmeId));
        if (binding.hasErrors()) {
            FormErrors.apply(binding, service.violations(programmeId, form.toInput(), null));
            return form(model, programme, null);
        }
        try {
            long id = service.create(programmeId, form.toInput(), auth);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/themes/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(binding, e.violations());
            return form(model, programme, null);
        }
    }

    @GetMapping("/themes/{id}/edit")
    String editForm(@PathVariable long id, Model model, Authentication auth) {
        policy.require(policy.canSeeUnpublished(auth));
        ThemeDetail theme = theme(id);
        policy.require(policy.canEditProgramme(auth, theme.programmeId()));
        model.addAttribute("form", ThemeForm.of(theme.theme()));
        return form(model, programme(theme.programmeId()), theme);
    }

    @PostMapping("/themes/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ThemeForm form, BindingResult binding, Model model,
            Authentication auth, RedirectAttributes redirect) {
        ThemeDetail theme = theme(id);
        policy.require(policy.canEditProgramme(auth, theme.programmeId()));
        if (binding.hasErrors()) {
            FormErrors.apply(binding, service.violations(theme.programmeId(), form.toInput(), id));
            return form(model, programme(theme.programmeId()), theme);
        }
        try {
            service.update(id, form.toInput(), auth);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/themes/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(binding, e.violations());
        } catch (StaleEditException e) {
            FormErrors.stale(binding);
        }
        return form(model, programme(theme.programmeId()), theme);
    }

    @PostMapping("/themes/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, Authentication auth,
            RedirectAttributes redirect) {
        long programmeId = service.programmeOf(id);
        try {
            service.delete(id, version, auth);
            redirect.addFlashAttribute("themeDeleted", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("themeError", e.violations().get(0).code());
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("themeError", "error.stale");
        }
        return "redirect:" + portfolio.programmeAddress(String.valueOf(programmeId), true)
                .orElseThrow(() -> new NotFoundException("programme", programmeId)).path();
    }

    private ProgrammeDetail programme(long programmeId) {
        // Only logged-in users get this far on the edit pages; they may see unpublished programmes.
        return programmes.detail(programmeId, true).orElseThrow(() -> new NotFoundException("programme", programmeId));
    }

    private ThemeDetail theme(long id) {
        return programmes.theme(id, true).orElseThrow(() -> new NotFoundException("theme", id));
    }

    private String form(Model model, ProgrammeDetail programme, ThemeDetail theme) {
        model.addAttribute("programme", programme);
        model.addAttribute("theme", theme);
        model.addAttribute("kinds", ThemeKind.values());
        model.addAttribute("sources", sourceOptions.all());
        return "portfolio/theme-form";
    }
}
