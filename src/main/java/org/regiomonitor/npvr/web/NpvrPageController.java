package org.regiomonitor.npvr.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.npvr.MilestoneStatus;
import org.regiomonitor.npvr.NpvrTaskIndicatorSection;
import org.regiomonitor.npvr.internal.NpvrReader;
import org.regiomonitor.npvr.internal.NpvrService;
import org.regiomonitor.npvr.internal.NpvrViews.MilestoneView;
import org.regiomonitor.npvr.internal.NpvrViews.TaskView;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.web.FormSave;
import org.regiomonitor.shared.web.SearchedChoices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The NPVR plan pages: the overview with the roadmap, a task with its fiche, and the edit forms. */
@Controller
class NpvrPageController {

    private final NpvrReader reader;
    private final NpvrService service;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ObjectProvider<NpvrTaskIndicatorSection> indicatorSections;

    NpvrPageController(NpvrReader reader, NpvrService service, AccessPolicy access, AuditLog audit,
            ObjectProvider<NpvrTaskIndicatorSection> indicatorSections) {
        this.reader = reader;
        this.service = service;
        this.access = access;
        this.audit = audit;
        this.indicatorSections = indicatorSections;
    }

    @GetMapping("/npvr")
    String overview(Authentication auth, Model model) {
        model.addAttribute("themes", reader.themes());
        model.addAttribute("milestones", reader.milestones());
        model.addAttribute("canEdit", access.canMaintainMonitor(auth));
        return "npvr/overview";
    }

    @GetMapping("/npvr/tasks/{number}")
    String task(@PathVariable int number, Authentication auth, Model model) {
        boolean seeUnpublished = access.canSeeUnpublished(auth);
        TaskView task = reader.task(number, seeUnpublished).orElseThrow(() -> notFound(number));
        model.addAttribute("task", task);
        model.addAttribute("canEdit", access.canMaintainMonitor(auth));
        // the monitor shows each indicator with its latest signal; without it the page lists the codes
        Optional<NpvrTaskIndicatorSection.Section> section = Optional.ofNullable(indicatorSections.getIfUnique())
                .flatMap(s -> s.section(number, task.indicatorCodes(), seeUnpublished));
        section.ifPresent(s -> model.addAllAttributes(s.model()));
        model.addAttribute("indicatorSection", section.orElse(null));
        return "npvr/task";
    }

    @GetMapping("/npvr/tasks/{number}/edit")
    String editTask(@PathVariable int number, Authentication auth, Model model) {
        access.require(access.canMaintainMonitor(auth));
        TaskView task = reader.task(number, true).orElseThrow(() -> notFound(number));
        return taskForm(task, TaskForm.of(task), auth, model);
    }

    @PostMapping("/npvr/tasks/{number}")
    String saveTask(@PathVariable int number, @ModelAttribute("form") TaskForm form, BindingResult errors,
            Authentication auth, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        TaskView task = reader.task(number, true).orElseThrow(() -> notFound(number));
        if (SearchedChoices.searching(request)) {
            return taskForm(task, form, auth, model);
        }
        if (FormSave.save(errors, response, () -> service.check(form.toInput()),
                () -> service.updateTask(number, form.toInput()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/npvr/tasks/" + number;
        }
        return taskForm(task, form, auth, model);
    }

    @GetMapping("/npvr/milestones/{code}/edit")
    String editMilestone(@PathVariable String code, Authentication auth, Model model) {
        access.require(access.canMaintainMonitor(auth));
        MilestoneView m = reader.milestone(code).orElseThrow(() -> new NotFoundException("npvr_milestone", code));
        return milestoneForm(m, MilestoneForm.of(m), auth, model);
    }

    @PostMapping("/npvr/milestones/{code}")
    String saveMilestone(@PathVariable String code, @ModelAttribute("form") MilestoneForm form, BindingResult errors,
            Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.require(access.canMaintainMonitor(auth));
        MilestoneView m = reader.milestone(code).orElseThrow(() -> new NotFoundException("npvr_milestone", code));
        if (FormSave.save(errors, response, List::of, () -> service.updateMilestone(m.code(), form.toInput()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/npvr#roadmap";
        }
        return milestoneForm(m, form, auth, model);
    }

    private String taskForm(TaskView task, TaskForm form, Authentication auth, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("history", audit.historyForPage(auth, "npvr_task", task.id()));
        return "npvr/task-form";
    }

    private String milestoneForm(MilestoneView m, MilestoneForm form, Authentication auth, Model model) {
        model.addAttribute("milestone", m);
        model.addAttribute("form", form);
        model.addAttribute("statuses", MilestoneStatus.values());
        model.addAttribute("history", audit.historyForPage(auth, "npvr_milestone", m.id()));
        return "npvr/milestone-form";
    }

    private static NotFoundException notFound(int number) {
        return new NotFoundException("npvr_task", String.valueOf(number));
    }
}
