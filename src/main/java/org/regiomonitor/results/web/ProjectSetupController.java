package org.regiomonitor.results.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.ResultType;
import org.regiomonitor.results.internal.FrameworkService;
import org.regiomonitor.results.internal.ResultsReader;
import org.regiomonitor.results.internal.ResultsViews.CatalogueView;
import org.regiomonitor.results.internal.ResultsViews.IndicatorView;
import org.regiomonitor.results.internal.ResultsViews.PeriodView;
import org.regiomonitor.results.internal.ResultsViews.ResultView;
import org.regiomonitor.results.internal.SetupChoices;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.SourceOptions;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.web.FormSave;
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

/**
 * Setting up a project's results in the browser: results (title, type, description, themes) and their indicators
 * (adopting a catalogue indicator of one of the project's programmes, or the project's own) with baseline, target
 * and optional per-period targets. For whoever may edit the project ({@code AccessPolicy.canEditProject}: its leads,
 * its programmes' managers, administrators), through {@link FrameworkService} as the API.
 */
@Controller
class ProjectSetupController {

    /** A choice in a select or a group of checkboxes. */
    record Choice(long id, String label) {
    }

    private final FrameworkService framework;
    private final ResultsReader reader;
    private final SetupChoices choices;
    private final SourceOptions sources;
    private final AccessPolicy policy;

    ProjectSetupController(FrameworkService framework, ResultsReader reader, SetupChoices choices,
            SourceOptions sources, AccessPolicy policy) {
        this.framework = framework;
        this.reader = reader;
        this.choices = choices;
        this.sources = sources;
        this.policy = policy;
    }

    @GetMapping("/projects/{id}/results/setup")
    String setup(@PathVariable long id, Authentication auth, Model model) {
        head(editable(id, auth), model);
        model.addAttribute("results", reader.results(id));
        model.addAttribute("themes", choices.themesOfProject(id));
        return "results/setup-project";
    }

    // ---- results ---------------------------------------------------------------------------------------

    @GetMapping("/projects/{id}/results/setup/new")
    String newResult(@PathVariable long id, Authentication auth, Model model) {
        long project = editable(id, auth);
        model.addAttribute("form", ResultForm.empty(nextPosition(reader.results(project).stream()
                .mapToInt(ResultView::position).max().orElse(-1))));
        return resultForm(project, null, model);
    }

    @PostMapping("/projects/{id}/results/setup")
    String createResult(@PathVariable long id, @ModelAttribute("form") ResultForm form, BindingResult binding,
            Authentication auth, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        long project = editable(id, auth);
        long[] created = new long[1];
        if (FormSave.save(binding, response, () -> framework.resultViolations(project, form.toInput()),
                () -> created[0] = framework.createResult(project, form.toInput(), auth))) {
            return saved(project, "result-" + created[0], redirect);
        }
        return resultForm(project, null, model);
    }

    @GetMapping("/results/{id}/edit")
    String editResult(@PathVariable long id, Authentication auth, Model model) {
        ResultView result = result(id);
        long project = editable(result.projectId(), auth);
        model.addAttribute("form", ResultForm.of(result));
        return resultForm(project, result, model);
    }

    @PostMapping("/results/{id}")
    String updateResult(@PathVariable long id, @ModelAttribute("form") ResultForm form, BindingResult binding,
            Authentication auth, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ResultView result = result(id);
        long project = editable(result.projectId(), auth);
        if (FormSave.save(binding, response, () -> framework.resultViolations(project, form.toInput()),
                () -> framework.updateResult(id, form.toInput(), auth))) {
            return saved(project, "result-" + id, redirect);
        }
        return resultForm(project, result, model);
    }

    /** Removes a result without reported values; otherwise (or when stale) says why on the setup page. */
    @PostMapping("/results/{id}/delete")
    String deleteResult(@PathVariable long id, @RequestParam int version, Authentication auth,
            RedirectAttributes redirect) {
        long project = editable(result(id).projectId(), auth);
        try {
            framework.deleteResult(id, version, auth);
            redirect.addFlashAttribute("setupSaved", "results.setup.result.deleted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("setupError", e.violations().getFirst().code());
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("setupError", "error.stale");
        }
        return "redirect:/projects/" + project + "/results/setup";
    }

    // ---- indicators ------------------------------------------------------------------------------------

    /** A new indicator of the result; {@code catalogue}: adopt that catalogue indicator (the form is filled from it). */
    @GetMapping("/results/{id}/indicators/new")
    String newIndicator(@PathVariable long id, @RequestParam(required = false) Long catalogue, Authentication auth,
            Locale locale, Model model) {
        ResultView result = result(id);
        long project = editable(result.projectId(), auth);
        List<PeriodView> periods = reader.periodsOfProject(project);
        int position = nextPosition(result.indicators().stream().mapToInt(IndicatorView::position).max().orElse(-1));
        CatalogueView adopted = catalogue == null ? null : choices.catalogueOfProject(project, locale).stream()
                .filter(c -> c.id() == catalogue).findFirst()
                .orElseThrow(() -> new NotFoundException("catalogue indicator", catalogue));
        model.addAttribute("form", adopted == null ? IndicatorForm.empty(periods, position)
                : IndicatorForm.adopting(adopted, adopted.nameNl(), periods, position));
        return indicatorForm(project, result, null, periods, locale, model);
    }

    @PostMapping("/results/{id}/indicators")
    String createIndicator(@PathVariable long id, @ModelAttribute("form") IndicatorForm form, BindingResult binding,
            Authentication auth, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ResultView result = result(id);
        long project = editable(result.projectId(), auth);
        FormRows targets = form.filledTargets();
        long[] created = new long[1];
        if (FormSave.save(binding, response, () -> framework.indicatorViolations(project, form.toInput(targets)),
                () -> created[0] = framework.createIndicator(id, form.toInput(targets), auth),
                v -> targets.toRows("periodTargets", v))) {
            return saved(project, "indicator-" + created[0], redirect);
        }
        return indicatorForm(project, result, null, reader.periodsOfProject(project), locale, model);
    }

    @GetMapping("/indicators/{id}/edit")
    String editIndicator(@PathVariable long id, Authentication auth, Locale locale, Model model) {
        IndicatorView indicator = indicator(id);
        ResultView result = result(indicator.resultId());
        long project = editable(result.projectId(), auth);
        List<PeriodView> periods = reader.periodsOfProject(project);
        model.addAttribute("form", IndicatorForm.of(indicator, periods));
        return indicatorForm(project, result, indicator, periods, locale, model);
    }

    @PostMapping("/indicators/{id}")
    String updateIndicator(@PathVariable long id, @ModelAttribute("form") IndicatorForm form, BindingResult binding,
            Authentication auth, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        IndicatorView indicator = indicator(id);
        ResultView result = result(indicator.resultId());
        long project = editable(result.projectId(), auth);
        FormRows targets = form.filledTargets();
        if (FormSave.save(binding, response, () -> framework.indicatorViolations(project, form.toInput(targets)),
                () -> framework.updateIndicator(id, form.toInput(targets), auth),
                v -> targets.toRows("periodTargets", v))) {
            return saved(project, "indicator-" + id, redirect);
        }
        return indicatorForm(project, result, indicator, reader.periodsOfProject(project), locale, model);
    }

    /** Removes an indicator without reported values; otherwise (or when stale) says why on the setup page. */
    @PostMapping("/indicators/{id}/delete")
    String deleteIndicator(@PathVariable long id, @RequestParam int version, Authentication auth,
            RedirectAttributes redirect) {
        long project = editable(result(indicator(id).resultId()).projectId(), auth);
        try {
            framework.deleteIndicator(id, version, auth);
            redirect.addFlashAttribute("setupSaved", "results.setup.indicator.deleted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("setupError", e.violations().getFirst().code());
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("setupError", "error.stale");
        }
        return "redirect:/projects/" + project + "/results/setup";
    }

    // ---- parts -----------------------------------------------------------------------------------------

    /**
     * The project, when the caller may edit it: anonymous visitors are sent to log in, other users get 403, an
     * unknown project is a 404.
     */
    private long editable(long projectId, Authentication auth) {
        policy.require(policy.canSeeUnpublished(auth));
        reader.projectTitle(projectId, true).orElseThrow(() -> new NotFoundException("project", projectId));
        policy.require(policy.canEditProject(auth, projectId));
        return projectId;
    }

    private ResultView result(long id) {
        return reader.result(id).orElseThrow(() -> new NotFoundException("result", id));
    }

    private IndicatorView indicator(long id) {
        return reader.indicator(id).orElseThrow(() -> new NotFoundException("indicator", id));
    }

    private static int nextPosition(int highest) {
        return Math.min(highest + 1, 9999);
    }

    private static String saved(long project, String fragment, RedirectAttributes redirect) {
        redirect.addFlashAttribute("setupSaved", "results.setup.saved");
        return "redirect:/projects/" + project + "/results/setup#" + fragment;
    }

    private String resultForm(long project, ResultView existing, Model model) {
        head(project, model);
        model.addAttribute("result", existing);
        model.addAttribute("types", ResultType.values());
        model.addAttribute("themes", choices.themesOfProject(project).entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList());
        return "results/setup-result";
    }

    private String indicatorForm(long project, ResultView result, IndicatorView existing, List<PeriodView> periods,
            Locale locale, Model model) {
        head(project, model);
        List<CatalogueView> catalogue = choices.catalogueOfProject(project, locale);
        Map<String, String> names = reader.catalogueNames(catalogue, locale);
        model.addAttribute("result", result);
        model.addAttribute("indicator", existing);
        model.addAttribute("catalogue", catalogue.stream()
                .map(c -> new Choice(c.id(), c.code() + " · " + names.get(c.code().toLowerCase(Locale.ROOT)))).toList());
        model.addAttribute("periodsById", IndicatorForm.byId(periods));
        model.addAttribute("measures", Measure.values());
        model.addAttribute("sources", sources.all());
        return "results/setup-indicator";
    }

    private void head(long project, Model model) {
        model.addAttribute("projectId", project);
        model.addAttribute("projectTitle", reader.projectTitle(project, true).orElseThrow());
    }
}
