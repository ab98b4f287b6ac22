package org.regiomonitor.results.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.portfolio.ProgrammeAddress;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.PeriodKind;
import org.regiomonitor.results.internal.FrameworkService;
import org.regiomonitor.results.internal.PeriodLockInput;
import org.regiomonitor.results.internal.ResultsReader;
import org.regiomonitor.results.internal.ResultsViews.CatalogueView;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.security.AccessPolicy;
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
 * Setting up a programme's results framework in the browser: its indicator catalogue, reporting periods (a plan
 * for a range of years; locking) and disaggregation dimensions. For the programme's managers and administrators
 * ({@code AccessPolicy.canEditProgramme}), through {@link FrameworkService} as the API: the same rules and rights.
 */
@Controller
class ProgrammeSetupController {

    private final FrameworkService framework;
    private final ResultsReader reader;
    private final PortfolioQueries portfolio;
    private final AccessPolicy policy;

    ProgrammeSetupController(FrameworkService framework, ResultsReader reader, PortfolioQueries portfolio,
            AccessPolicy policy) {
        this.framework = framework;
        this.reader = reader;
        this.portfolio = portfolio;
        this.policy = policy;
    }

    // ---- overview and periods --------------------------------------------------------------------------

    @GetMapping("/programmes/{key}/results/setup")
    String setup(@PathVariable String key, Authentication auth, Locale locale, Model model) {
        return page(editable(key, auth), PeriodPlanForm.empty(), locale, model);
    }

    @PostMapping("/programmes/{key}/results/setup/periods")
    String addPeriods(@PathVariable String key, @ModelAttribute("planForm") PeriodPlanForm form, BindingResult binding,
            Authentication auth, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ProgrammeAddress p = editable(key, auth);
        int[] added = new int[1];
        if (FormSave.save(binding, response, List::of,
                () -> added[0] = framework.addPeriods(p.id(), form.toInput(), auth).size())) {
            redirect.addFlashAttribute("periodsAdded", added[0]);
            return "redirect:" + setupPath(p) + "#periods";
        }
        return page(p, form, locale, model);
    }

    /** Locks or unlocks a period; a stale version or a refusal is said on the setup page, nothing changed. */
    @PostMapping("/periods/{id}/lock")
    String lock(@PathVariable long id, @RequestParam boolean locked, @RequestParam int version, Authentication auth,
            RedirectAttributes redirect) {
        long programmeId = reader.programmeOfPeriod(id).orElseThrow(() -> new NotFoundException("period", id));
        ProgrammeAddress p = editable(String.valueOf(programmeId), auth);
        try {
            framework.lockPeriod(id, new PeriodLockInput(locked, version), auth);
            redirect.addFlashAttribute("setupSaved", locked ? "results.setup.period.lockedNow"
                    : "results.setup.period.unlockedNow");
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("setupError", "error.stale");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("setupError", e.violations().getFirst().code());
        }
        return "redirect:" + setupPath(p) + "#period-" + id;
    }

    // ---- catalogue -------------------------------------------------------------------------------------

    @GetMapping("/programmes/{key}/results/setup/catalogue/new")
    String newCatalogueIndicator(@PathVariable String key, Authentication auth, Model model) {
        model.addAttribute("form", CatalogueForm.empty());
        return catalogueForm(editable(key, auth), null, model);
    }

    @PostMapping("/programmes/{key}/results/setup/catalogue")
    String createCatalogueIndicator(@PathVariable String key, @ModelAttribute("form") CatalogueForm form,
            BindingResult binding, Authentication auth, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        ProgrammeAddress p = editable(key, auth);
        if (FormSave.save(binding, response, () -> framework.catalogueViolations(p.id(), form.toInput(), null),
                () -> framework.createCatalogueIndicator(p.id(), form.toInput(), auth))) {
            redirect.addFlashAttribute("setupSaved", "results.setup.saved");
            return "redirect:" + setupPath(p) + "#catalogue";
        }
        return catalogueForm(p, null, model);
    }

    @GetMapping("/catalogue-indicators/{id}/edit")
    String editCatalogueIndicator(@PathVariable long id, Authentication auth, Locale locale, Model model) {
        CatalogueView c = catalogueIndicator(id, locale);
        ProgrammeAddress p = editable(String.valueOf(c.programmeId()), auth);
        model.addAttribute("form", CatalogueForm.of(c));
        return catalogueForm(p, c, model);
    }

    @PostMapping("/catalogue-indicators/{id}")
    String updateCatalogueIndicator(@PathVariable long id, @ModelAttribute("form") CatalogueForm form,
            BindingResult binding, Authentication auth, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        CatalogueView c = catalogueIndicator(id, locale);
        ProgrammeAddress p = editable(String.valueOf(c.programmeId()), auth);
        if (FormSave.save(binding, response, () -> framework.catalogueViolations(p.id(), form.toInput(), id),
                () -> framework.updateCatalogueIndicator(id, form.toInput(), auth))) {
            redirect.addFlashAttribute("setupSaved", "results.setup.saved");
            return "redirect:" + setupPath(p) + "#catalogue-" + id;
        }
        return catalogueForm(p, c, model);
    }

    /** Removes a catalogue indicator no project adopted; otherwise (or when stale) says why on the setup page. */
    @PostMapping("/catalogue-indicators/{id}/delete")
    String deleteCatalogueIndicator(@PathVariable long id, @RequestParam int version, Authentication auth,
            Locale locale, RedirectAttributes redirect) {
        ProgrammeAddress p = editable(String.valueOf(catalogueIndicator(id, locale).programmeId()), auth);
        try {
            framework.deleteCatalogueIndicator(id, version, auth);
            redirect.addFlashAttribute("setupSaved", "results.setup.catalogue.deleted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("setupError", e.violations().getFirst().code());
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("setupError", "error.stale");
        }
        return "redirect:" + setupPath(p) + "#catalogue";
    }

    // ---- dimensions ------------------------------------------------------------------------------------

    /** Removes a dimension no update uses; otherwise (or when stale) says why on the setup page. */
    @PostMapping("/dimensions/{id}/delete")
    String deleteDimension(@PathVariable long id, @RequestParam int version, Authentication auth,
            RedirectAttributes redirect) {
        long programme = reader.programmeOfDimension(id).orElseThrow(() -> new NotFoundException("dimension", id));
        ProgrammeAddress p = editable(String.valueOf(programme), auth);
        try {
            framework.deleteDimension(id, version, auth);
            redirect.addFlashAttribute("setupSaved", "results.setup.dimension.deleted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("setupError", e.violations().getFirst().code());
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("setupError", "error.stale");
        }
        return "redirect:" + setupPath(p) + "#dimensions";
    }

    @GetMapping("/programmes/{key}/results/setup/dimensions/new")
    String newDimension(@PathVariable String key, Authentication auth, Model model) {
        ProgrammeAddress p = editable(key, auth);
        model.addAttribute("form", DimensionForm.empty());
        return dimensionForm(p, model);
    }

    @PostMapping("/programmes/{key}/results/setup/dimensions")
    String createDimension(@PathVariable String key, @ModelAttribute("form") DimensionForm form, BindingResult binding,
            Authentication auth, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ProgrammeAddress p = editable(key, auth);
        form.padRows();
        FormRows rows = form.filledRows();
        if (FormSave.save(binding, response, List::of, () -> framework.createDimension(p.id(), form.toInput(rows), auth),
                violations -> rows.toRows("values", violations).stream()
                        // no value at all: said beside the first row
                        .map(v -> "values".equals(v.field()) ? new Violation("values[0].code", v.code(), v.args()) : v)
                        .toList())) {
            redirect.addFlashAttribute("setupSaved", "results.setup.saved");
            return "redirect:" + setupPath(p) + "#dimensions";
        }
        return dimensionForm(p, model);
    }

    // ---- parts -----------------------------------------------------------------------------------------

    /**
     * The programme, when the caller may edit it: anonymous visitors are sent to log in, other users get 403, an
     * unknown programme is a 404.
     */
    private ProgrammeAddress editable(String key, Authentication auth) {
        policy.require(policy.canSeeUnpublished(auth));
        ProgrammeAddress p = portfolio.programmeAddress(key, true)
                .orElseThrow(() -> new NotFoundException("programme", key));
        policy.require(policy.canEditProgramme(auth, p.id()));
        return p;
    }

    private CatalogueView catalogueIndicator(long id, Locale locale) {
        return reader.catalogueIndicator(id, locale).orElseThrow(() -> new NotFoundException("catalogue indicator", id));
    }

    private static String setupPath(ProgrammeAddress p) {
        return p.path() + "/results/setup";
    }

    private String page(ProgrammeAddress p, PeriodPlanForm form, Locale locale, Model model) {
        head(p, model);
        List<CatalogueView> catalogue = reader.catalogue(p.id(), locale);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("names", reader.catalogueNames(catalogue, locale));
        model.addAttribute("periods", reader.periods(p.id()));
        model.addAttribute("dimensions", reader.dimensions(p.id()));
        model.addAttribute("planForm", form);
        model.addAttribute("kinds", PeriodKind.values());
        return "results/setup";
    }

    private String catalogueForm(ProgrammeAddress p, CatalogueView existing, Model model) {
        head(p, model);
        model.addAttribute("indicator", existing);
        model.addAttribute("measures", Measure.values());
        return "results/setup-catalogue";
    }

    private String dimensionForm(ProgrammeAddress p, Model model) {
        head(p, model);
        return "results/setup-dimension";
    }

    private void head(ProgrammeAddress p, Model model) {
        model.addAttribute("programme", p);
        model.addAttribute("programmeName", reader.programmeName(p.id(), true).orElse(p.code()));
        model.addAttribute("setupPath", setupPath(p));
    }
}
