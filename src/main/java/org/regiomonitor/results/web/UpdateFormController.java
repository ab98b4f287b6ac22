package org.regiomonitor.results.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.regiomonitor.area.Areas;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.internal.ResultsReader;
import org.regiomonitor.results.internal.ResultsViews.DimensionView;
import org.regiomonitor.results.internal.ResultsViews.DisaggregationView;
import org.regiomonitor.results.internal.ResultsViews.IndicatorView;
import org.regiomonitor.results.internal.ResultsViews.PeriodView;
import org.regiomonitor.results.internal.ResultsViews.UpdateView;
import org.regiomonitor.results.internal.UpdateService;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.shared.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;

/**
 * The lead's update form (new and change), with the parts of the value by municipality and by the programme's
 * dimensions, and the evidence attached to it. Refused input comes back in the form with the errors beside the
 * fields and what was typed kept; nothing is written. A change someone else saved meanwhile is not overwritten:
 * the form shows what is saved now and keeps what the lead typed, to save again on purpose.
 */
@Controller
class UpdateFormController {

    private final ResultsReader reader;
    private final UpdateService updates;
    private final AccessPolicy policy;
    private final Areas areas;

    UpdateFormController(ResultsReader reader, UpdateService updates, AccessPolicy policy, Areas areas) {
        this.reader = reader;
        this.updates = updates;
        this.policy = policy;
        this.areas = areas;
    }

    /** A group of rows of the form's parts: the municipalities, or one dimension (whose parts make the whole). */
    public record PartGroup(String label, boolean municipalities, List<Row> rows, boolean flagged) {
    }

    /** A row of the form's parts: its place in {@code parts} and what it is for. */
    public record Row(int index, String label) {
    }

    @GetMapping("/indicators/{id}/updates/new")
    String newUpdate(@PathVariable long id, Authentication auth, Locale locale, Model model) {
        UpdateForm form = new UpdateForm();
        return page(indicator(id), null, form, new AttachmentForm(), true, auth, locale, model);
    }

    @GetMapping("/updates/{id}/edit")
    String edit(@PathVariable long id, Authentication auth, Locale locale, Model model) {
        UpdateView u = update(id);
        return page(indicator(u.indicatorId()), u, UpdateForm.of(u), new AttachmentForm(), true, auth, locale, model);
    }

    @PostMapping("/indicators/{id}/updates")
    String create(@PathVariable long id, @ModelAttribute("updateForm") UpdateForm form, BindingResult errors,
            Authentication auth, Locale locale, Model model, HttpServletResponse response) {
        IndicatorView indicator = indicator(id);
        if (!errors.hasErrors()) {
            try {
                long created = updates.create(id, form.toInput(), auth);
                return "redirect:/projects/" + projectOf(indicator) + "/results#update-" + created;
            } catch (InvalidInputException e) {
                FormErrors.apply(errors, e.violations().stream().map(form::onForm).toList());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(indicator, null, form, new AttachmentForm(), false, auth, locale, model);
    }

    @PostMapping("/updates/{id}")
    String change(@PathVariable long id, @ModelAttribute("updateForm") UpdateForm form, BindingResult errors,
            Authentication auth, Locale locale, Model model, HttpServletResponse response) {
        UpdateView saved = update(id);
        IndicatorView indicator = indicator(saved.indicatorId());
        if (!errors.hasErrors()) {
            try {
                updates.update(id, form.toInput(), auth);
                return "redirect:/projects/" + projectOf(indicator) + "/results#update-" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(errors, e.violations().stream().map(form::onForm).toList());
            } catch (StaleEditException e) {
                // what is saved now is shown beside what the lead typed; saving again (on purpose) replaces it
                UpdateView now = update(id);
                errors.reject("results.update.stale");
                form.setVersion(now.version());
                model.addAttribute("savedNow", now);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return page(indicator, now, form, new AttachmentForm(), false, auth, locale, model);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(indicator, saved, form, new AttachmentForm(), false, auth, locale, model);
    }

    @PostMapping("/updates/{id}/attachments")
    String attach(@PathVariable long id, @ModelAttribute("attachmentForm") AttachmentForm form, BindingResult errors,
            Authentication auth, Locale locale, Model model, HttpServletResponse response) throws IOException {
        UpdateView saved = update(id);
        MultipartFile file = form.getFile();
        try {
            updates.attach(id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(),
                    auth);
            return "redirect:/updates/" + id + "/edit#attachments";
        } catch (InvalidInputException e) {
            FormErrors.apply(errors, e.violations());
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(indicator(saved.indicatorId()), saved, UpdateForm.of(saved), form, true, auth, locale, model);
    }

    /** An attachment, for anyone who may see the update's unsaved states (logged-in users, as in the API). */
    @GetMapping("/updates/{updateId}/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable long updateId, @PathVariable long id, Authentication auth) {
        policy.require(policy.canSeeUnpublished(auth));
        var file = reader.attachment(id).filter(a -> a.updateId() == updateId)
                .orElseThrow(() -> new NotFoundException("attachment", id));
        return file.asDownload();
    }

    private String page(IndicatorView indicator, UpdateView update, UpdateForm form, AttachmentForm attachmentForm,
            boolean fresh, Authentication auth, Locale locale, Model model) {
        long project = projectOf(indicator);
        policy.require(policy.canWriteResultUpdates(auth, project));
        if (update != null && !update.status().editable()) {
            throw InvalidInputException.of(null, "results.update.notEditable");
        }
        List<DimensionView> dimensions = indicator.measure() == Measure.UNIT ? reader.dimensionsOfProject(project)
                : List.of();
        PartNames names = PartNames.of(areas.municipalityChoices(), dimensions, locale);
        if (fresh && indicator.measure() == Measure.UNIT) {
            form.setParts(rows(update == null ? List.of() : update.disaggregations(), names, dimensions));
        }
        model.addAttribute("indicator", indicator);
        model.addAttribute("projectId", project);
        model.addAttribute("projectTitle", reader.projectTitle(project, true).orElseThrow());
        model.addAttribute("update", update);
        model.addAttribute("updateForm", form);
        model.addAttribute("attachmentForm", attachmentForm);
        model.addAttribute("periods", reader.periodsOfProject(project).stream().filter(p -> !p.locked()).toList());
        model.addAttribute("period", update == null ? null : reader.period(update.periodId()).map(PeriodView::label)
                .orElse(null));
        model.addAttribute("qualifiers", ValueQualifier.values());
        model.addAttribute("groups", groups(form.getParts(), names, fresh ? update : null));
        model.addAttribute("partNames", names);
        model.addAttribute("maxMegabytes", org.regiomonitor.results.internal.AttachmentTypes.MAX_BYTES / 1024 / 1024);
        model.addAttribute("maxBytes", org.regiomonitor.results.internal.AttachmentTypes.MAX_BYTES);
        return "results/update-form";
    }

    /**
     * One row per municipality of the home region and per value of the project's dimensions, with the saved parts
     * filled in (a saved part of another municipality gets a row of its own).
     */
    private static List<UpdateForm.Part> rows(List<DisaggregationView> saved, PartNames names,
            List<DimensionView> dimensions) {
        Map<String, java.math.BigDecimal> byArea = new LinkedHashMap<>();
        Map<Long, java.math.BigDecimal> byValue = new LinkedHashMap<>();
        saved.forEach(p -> {
            if (p.areaCode() != null) {
                byArea.put(p.areaCode(), p.value().stripTrailingZeros());
            } else {
                byValue.put(p.dimensionValueId(), p.value().stripTrailingZeros());
            }
        });
        List<UpdateForm.Part> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>(names.home());
        byArea.keySet().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        codes.forEach(c -> rows.add(new UpdateForm.Part(c, null, byArea.get(c))));
        dimensions.forEach(d -> d.values().forEach(v -> rows.add(new UpdateForm.Part(null, v.id(), byValue.get(v.id())))));
        return rows;
    }

    /** The form's rows by municipality and by dimension, in the order they come; flagged: saved and not adding up. */
    private static List<PartGroup> groups(List<UpdateForm.Part> parts, PartNames names, UpdateView saved) {
        Map<Object, List<Row>> rows = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            UpdateForm.Part p = parts.get(i);
            Long value = p.getDimensionValueId();
            Object key = value == null ? "municipalities"
                    : Objects.requireNonNullElse(names.dimensionOfValue().get(value), -1L);
            String label = value == null ? names.municipality(p.getAreaCode())
                    : names.values().getOrDefault(value, String.valueOf(value));
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(new Row(i, label));
        }
        List<PartGroup> groups = new ArrayList<>();
        rows.forEach((key, indices) -> {
            boolean municipalities = "municipalities".equals(key);
            Long dimension = municipalities ? null : (Long) key;
            boolean flagged = saved != null && saved.unbalancedDimensions().stream().anyMatch(d -> Objects.equals(d, dimension));
            groups.add(new PartGroup(municipalities ? null : names.dimensions().getOrDefault(dimension, "?"),
                    municipalities, indices, flagged));
        });
        return groups;
    }

    private IndicatorView indicator(long id) {
        return reader.indicator(id).orElseThrow(() -> new NotFoundException("indicator", id));
    }

    private UpdateView update(long id) {
        return reader.update(id, true).orElseThrow(() -> new NotFoundException("update", id));
    }

    private long projectOf(IndicatorView indicator) {
        return reader.projectOfIndicator(indicator.id()).orElseThrow();
    }
}
