package org.regiomonitor.monitor.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.regiomonitor.area.Areas;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.monitor.Aggregation;
import org.regiomonitor.monitor.Direction;
import org.regiomonitor.monitor.Formula;
import org.regiomonitor.monitor.IndicatorSets;
import org.regiomonitor.monitor.MonitorIndicator;
import org.regiomonitor.monitor.TargetView;
import org.regiomonitor.monitor.internal.MonitorEditing;
import org.regiomonitor.monitor.internal.MonitorEditing.BaselineEdit;
import org.regiomonitor.monitor.internal.MonitorEditing.SetEdit;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.SourceOptions;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.shared.web.FormSave;
import org.springframework.context.MessageSource;
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
import org.springframework.web.util.UriUtils;

/**
 * Analysts maintain the monitor's definitions here: an indicator (with its measures and formula) on its edit page,
 * which also lists its baselines, targets and stated figures with their forms and shows its change history; and
 * the indicator sets with their ordered indicators. Only for {@code AccessPolicy.canMaintainMonitor}.
 */
@Controller
class MonitorEditController {

    private final MonitorEditing editing;
    private final IndicatorSets sets;
    private final SourceOptions sources;
    private final Areas areas;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final MessageSource messages;

    MonitorEditController(MonitorEditing editing, IndicatorSets sets, SourceOptions sources, Areas areas,
            AccessPolicy access, AuditLog audit, MessageSource messages) {
        this.editing = editing;
        this.sets = sets;
        this.sources = sources;
        this.areas = areas;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    private static String path(String code) {
        return UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String editPath(String code) {
        return "/monitor/indicators/" + path(code) + "/edit";
    }

    /** Measure errors are about single lines of the one measures field. */
    private static List<Violation> toIndicatorFields(List<Violation> violations) {
        return violations.stream().map(v -> v.field() != null && v.field().startsWith("measures[")
                ? new Violation("measures", v.code(), v.args()) : v).toList();
    }

    private static List<Violation> toSetFields(List<Violation> violations) {
        return violations.stream().map(v -> v.field() != null && v.field().startsWith("indicators[")
                ? new Violation("indicators", v.code(), v.args()) : v).toList();
    }

    private List<String> texts(List<Violation> violations, Locale locale) {
        return violations.stream().map(v -> messages.getMessage(v.code(), v.args(), v.code(), locale)).toList();
    }

    // ---------------------------------------------------------------- indicators

    @GetMapping("/monitor/indicators/new")
    String newIndicator(Authentication auth, Model model) {
        access.require(access.canMaintainMonitor(auth));
        IndicatorForm form = new IndicatorForm();
        form.setDirection(Direction.HIGHER_IS_BETTER);
        form.setAggregation(Aggregation.SUM);
        return indicatorForm(null, form, auth, model);
    }

    @PostMapping("/monitor/indicators")
    String createIndicator(@ModelAttribute("form") IndicatorForm form, BindingResult errors, Authentication auth,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        String[] created = new String[1];
        if (FormSave.save(errors, response, () -> editing.checkIndicator(null, form.toInput()),
                () -> created[0] = editing.createIndicator(form.toInput()).code(), MonitorEditController::toIndicatorFields)) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + editPath(created[0]);
        }
        return indicatorForm(null, form, auth, model);
    }

    @GetMapping("/monitor/indicators/{code}/edit")
    String editIndicator(@PathVariable String code, Authentication auth, Model model) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        return indicatorForm(i, IndicatorForm.of(i, editing.measures(i.id())), auth, model);
    }

    @PostMapping("/monitor/indicators/{code}")
    String saveIndicator(@PathVariable String code, @ModelAttribute("form") IndicatorForm form, BindingResult errors,
            Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        form.setCode(i.code()); // the code is not a field of the edit form: it stays
        if (FormSave.save(errors, response, () -> editing.checkIndicator(i, form.toInput()),
                () -> editing.updateIndicator(i.code(), form.toInput()), MonitorEditController::toIndicatorFields)) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + editPath(i.code());
        }
        return indicatorForm(i, form, auth, model);
    }

    @PostMapping("/monitor/indicators/{code}/delete")
    String deleteIndicator(@PathVariable String code, @RequestParam int version, Authentication auth, Locale locale,
            RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        try {
            editing.deleteIndicator(i.code(), version);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("editErrors", texts(e.violations(), locale));
            return "redirect:" + editPath(i.code());
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("editErrors", List.of(messages.getMessage("error.stale", null, locale)));
            return "redirect:" + editPath(i.code());
        }
        redirect.addFlashAttribute("deleted", i.code());
        return "redirect:/monitor";
    }

    private String indicatorForm(MonitorIndicator i, IndicatorForm form, Authentication auth, Model model) {
        model.addAttribute("indicator", i);
        model.addAttribute("form", form);
        model.addAttribute("indicators", sets.indicators());
        model.addAttribute("sources", sources.all());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("aggregations", Aggregation.values());
        model.addAttribute("formulas", Formula.values());
        if (i != null) {
            model.addAttribute("targets", editing.targets(i.id()));
            model.addAttribute("baselines", editing.baselines(i.id()));
            model.addAttribute("stated", editing.stated(i.id()));
            model.addAttribute("history", audit.historyForPage(auth, "monitor_indicator", i.id()));
        }
        return "monitor/indicator-form";
    }

    // ---------------------------------------------------------------- baselines

    @GetMapping("/monitor/indicators/{code}/baselines/new")
    String newBaseline(@PathVariable String code, Authentication auth, Model model) {
        access.require(access.canMaintainMonitor(auth));
        return baselineForm(editing.indicator(code), new BaselineForm(), false, model);
    }

    @GetMapping("/monitor/indicators/{code}/baselines/{area}/edit")
    String editBaseline(@PathVariable String code, @PathVariable String area, Authentication auth, Model model) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        BaselineEdit b = editing.baselines(i.id()).stream().filter(x -> x.area().equals(area)).findFirst()
                .orElseThrow(() -> new NotFoundException("monitor_baseline", area));
        return baselineForm(i, BaselineForm.of(b), true, model);
    }

    @PostMapping("/monitor/indicators/{code}/baselines")
    String saveBaseline(@PathVariable String code, @ModelAttribute("form") BaselineForm form, BindingResult errors,
            Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        if (FormSave.save(errors, response, () -> editing.checkBaseline(form.toInput()),
                () -> editing.setBaseline(i.code(), form.toInput()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + editPath(i.code()) + "#baselines";
        }
        return baselineForm(i, form, form.getVersion() != null, model);
    }

    @PostMapping("/monitor/indicators/{code}/baselines/{area}/delete")
    String deleteBaseline(@PathVariable String code, @PathVariable String area, @RequestParam int version,
            Authentication auth, Locale locale, RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        deleting(() -> editing.deleteBaseline(i.code(), area, version), locale, redirect);
        return "redirect:" + editPath(i.code()) + "#baselines";
    }

    private String baselineForm(MonitorIndicator i, BaselineForm form, boolean existing, Model model) {
        model.addAttribute("indicator", i);
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("areaChoices", areas.list(null));
        return "monitor/baseline-form";
    }

    // ---------------------------------------------------------------- targets

    @GetMapping("/monitor/indicators/{code}/targets/new")
    String newTarget(@PathVariable String code, Authentication auth, Model model) {
        access.require(access.canMaintainMonitor(auth));
        return targetForm(editing.indicator(code), null, new TargetForm(), model);
    }

    @PostMapping("/monitor/indicators/{code}/targets")
    String createTarget(@PathVariable String code, @ModelAttribute("form") TargetForm form, BindingResult errors,
            Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        if (FormSave.save(errors, response, () -> editing.checkTarget(i, null, form.toInput()),
                () -> editing.createTarget(i.code(), form.toInput()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + editPath(i.code()) + "#targets";
        }
        return targetForm(i, null, form, model);
    }

    @GetMapping("/monitor/indicators/{code}/targets/{id}/edit")
    String editTarget(@PathVariable String code, @PathVariable long id, Authentication auth, Model model) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        return targetForm(i, id, TargetForm.of(editing.target(i.id(), id)), model);
    }

    @PostMapping("/monitor/indicators/{code}/targets/{id}")
    String saveTarget(@PathVariable String code, @PathVariable long id, @ModelAttribute("form") TargetForm form,
            BindingResult errors, Authentication auth, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        editing.target(i.id(), id);
        if (FormSave.save(errors, response, () -> editing.checkTarget(i, id, form.toInput()),
                () -> editing.updateTarget(i.code(), id, form.toInput()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + editPath(i.code()) + "#targets";
        }
        return targetForm(i, id, form, model);
    }

    @PostMapping("/monitor/indicators/{code}/targets/{id}/delete")
    String deleteTarget(@PathVariable String code, @PathVariable long id, @RequestParam int version,
            Authentication auth, Locale locale, RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        deleting(() -> editing.deleteTarget(i.code(), id, version), locale, redirect);
        return "redirect:" + editPath(i.code()) + "#targets";
    }

    private String targetForm(MonitorIndicator i, Long id, TargetForm form, Model model) {
        model.addAttribute("indicator", i);
        model.addAttribute("targetId", id);
        model.addAttribute("form", form);
        model.addAttribute("kinds", TargetView.Kind.values());
        model.addAttribute("qualifiers", ValueQualifier.values());
        model.addAttribute("sources", sources.all());
        model.addAttribute("areaChoices", areas.list(null));
        return "monitor/target-form";
    }

    // ---------------------------------------------------------------- stated figures

    @GetMapping("/monitor/indicators/{code}/stated/new")
    String newStated(@PathVariable String code, Authentication auth, Model model) {
        access.require(access.canMaintainMonitor(auth));
        return statedForm(editing.indicator(code), null, new StatedForm(), model);
    }

    @PostMapping("/monitor/indicators/{code}/stated")
    String createStated(@PathVariable String code, @ModelAttribute("form") StatedForm form, BindingResult errors,
            Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        if (FormSave.save(errors, response, () -> editing.checkStated(i, null, form.toInput()),
                () -> editing.createStated(i.code(), form.toInput()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + editPath(i.code()) + "#stated";
        }
        return statedForm(i, null, form, model);
    }

    @GetMapping("/monitor/indicators/{code}/stated/{id}/edit")
    String editStated(@PathVariable String code, @PathVariable long id, Authentication auth, Model model) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        return statedForm(i, id, StatedForm.of(editing.statedFigure(i.id(), id)), model);
    }

    @PostMapping("/monitor/indicators/{code}/stated/{id}")
    String saveStated(@PathVariable String code, @PathVariable long id, @ModelAttribute("form") StatedForm form,
            BindingResult errors, Authentication auth, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        editing.statedFigure(i.id(), id);
        if (FormSave.save(errors, response, () -> editing.checkStated(i, id, form.toInput()),
                () -> editing.updateStated(i.code(), id, form.toInput()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + editPath(i.code()) + "#stated";
        }
        return statedForm(i, id, form, model);
    }

    @PostMapping("/monitor/indicators/{code}/stated/{id}/delete")
    String deleteStated(@PathVariable String code, @PathVariable long id, @RequestParam int version,
            Authentication auth, Locale locale, RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        MonitorIndicator i = editing.indicator(code);
        deleting(() -> editing.deleteStated(i.code(), id, version), locale, redirect);
        return "redirect:" + editPath(i.code()) + "#stated";
    }

    private String statedForm(MonitorIndicator i, Long id, StatedForm form, Model model) {
        model.addAttribute("indicator", i);
        model.addAttribute("statedId", id);
        model.addAttribute("form", form);
        model.addAttribute("qualifiers", ValueQualifier.values());
        model.addAttribute("sources", sources.all());
        model.addAttribute("areaChoices", areas.list(null));
        return "monitor/stated-form";
    }

    private void deleting(Runnable delete, Locale locale, RedirectAttributes redirect) {
        try {
            delete.run();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("editErrors", texts(e.violations(), locale));
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("editErrors", List.of(messages.getMessage("error.stale", null, locale)));
        }
    }

    // ---------------------------------------------------------------- sets

    @GetMapping("/monitor/sets/new")
    String newSet(Authentication auth, Model model) {
        access.require(access.canMaintainMonitor(auth));
        return setForm(null, new SetForm(), auth, model);
    }

    @PostMapping("/monitor/sets")
    String createSet(@ModelAttribute("form") SetForm form, BindingResult errors, Authentication auth, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        if (form.applyOp()) {
            return setForm(null, form, auth, model);
        }
        String[] created = new String[1];
        if (FormSave.save(errors, response, () -> editing.checkSet(null, form.toInput()),
                () -> created[0] = editing.createSet(form.toInput()), MonitorEditController::toSetFields)) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/monitor/sets/" + path(created[0]);
        }
        return setForm(null, form, auth, model);
    }

    @GetMapping("/monitor/sets/{code}/edit")
    String editSet(@PathVariable String code, Authentication auth, Model model) {
        access.require(access.canMaintainMonitor(auth));
        SetEdit s = set(code);
        return setForm(s, SetForm.of(s), auth, model);
    }

    @PostMapping("/monitor/sets/{code}")
    String saveSet(@PathVariable String code, @ModelAttribute("form") SetForm form, BindingResult errors,
            Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        SetEdit s = set(code);
        form.setCode(s.code());
        if (form.applyOp()) {
            return setForm(s, form, auth, model);
        }
        if (FormSave.save(errors, response, () -> editing.checkSet(s, form.toInput()),
                () -> editing.updateSet(s.code(), form.toInput()), MonitorEditController::toSetFields)) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/monitor/sets/" + path(s.code());
        }
        return setForm(s, form, auth, model);
    }

    @PostMapping("/monitor/sets/{code}/delete")
    String deleteSet(@PathVariable String code, @RequestParam int version, Authentication auth, Locale locale,
            RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        SetEdit s = set(code);
        try {
            editing.deleteSet(s.code(), version);
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("editErrors", List.of(messages.getMessage("error.stale", null, locale)));
            return "redirect:/monitor/sets/" + path(s.code()) + "/edit";
        }
        redirect.addFlashAttribute("deleted", s.code());
        return "redirect:/monitor";
    }

    private SetEdit set(String code) {
        return editing.set(code).orElseThrow(() -> new NotFoundException("indicator set", code));
    }

    private String setForm(SetEdit s, SetForm form, Authentication auth, Model model) {
        List<MonitorIndicator> all = sets.indicators();
        model.addAttribute("set", s);
        model.addAttribute("form", form);
        model.addAttribute("indicators", all);
        List<MonitorIndicator> chosen = new ArrayList<>();
        for (String c : form.getIndicators()) {
            chosen.add(all.stream().filter(i -> i.code().equals(c)).findFirst().orElse(null));
        }
        model.addAttribute("chosen", chosen);
        model.addAttribute("sources", sources.all());
        if (s != null) {
            model.addAttribute("history", audit.historyForPage(auth, "indicator_set", s.id()));
        }
        return "monitor/set-form";
    }
}
