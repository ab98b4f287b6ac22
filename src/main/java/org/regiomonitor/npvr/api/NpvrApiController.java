package org.regiomonitor.npvr.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.regiomonitor.npvr.internal.MilestoneInput;
import org.regiomonitor.npvr.internal.NpvrReader;
import org.regiomonitor.npvr.internal.NpvrService;
import org.regiomonitor.npvr.internal.NpvrViews.MilestoneView;
import org.regiomonitor.npvr.internal.NpvrViews.TaskView;
import org.regiomonitor.npvr.internal.TaskInput;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The NPVR plan as JSON: the tasks with their fiche (each text with its source locator), ministries, goals, linked
 * projects and indicator codes; the roadmap milestones. Analysts and administrators change a task's fiche and links
 * and a milestone's status; changes send the version read (409 when stale); invalid input is a 400 problem with one
 * error per field, and nothing is written.
 */
@RestController
@RequestMapping("/api/npvr")
@Tag(name = "NPVR plan", description = "The 21 tasks of the Plan voor de Regio, their links and the monitoring roadmap")
class NpvrApiController {

    private final NpvrReader reader;
    private final NpvrService service;
    private final AccessPolicy access;

    NpvrApiController(NpvrReader reader, NpvrService service, AccessPolicy access) {
        this.reader = reader;
        this.service = service;
        this.access = access;
    }

    @GetMapping("/tasks")
    @Operation(summary = "Every task with its fiche, ministries, goals, linked projects and indicator codes")
    List<TaskView> tasks(Authentication auth) {
        return reader.tasks(access.canSeeUnpublished(auth));
    }

    @GetMapping("/tasks/{number}")
    @Operation(summary = "One task by its number (1-21)")
    TaskView task(@PathVariable int number, Authentication auth) {
        return reader.task(number, access.canSeeUnpublished(auth))
                .orElseThrow(() -> new NotFoundException("npvr_task", String.valueOf(number)));
    }

    @PutMapping("/tasks/{number}")
    @Operation(summary = "Change a task's fiche texts and links (analysts, administrators)",
            description = "Send every fiche text (null: empty), the linked project ids, the indicator codes and the "
                    + "version you read; the links are replaced by those sent. 409 when stale.")
    TaskView updateTask(@PathVariable int number, @RequestBody TaskInput body, Authentication auth) {
        access.require(access.canMaintainMonitor(auth));
        return service.updateTask(number, body);
    }

    @GetMapping("/milestones")
    @Operation(summary = "The monitoring roadmap 2026-2029, in order, with status")
    List<MilestoneView> milestones() {
        return reader.milestones();
    }

    @PutMapping("/milestones/{code}")
    @Operation(summary = "Change a milestone's status (PLANNED, IN_PROGRESS, DONE, LATE) and note (analysts, administrators)",
            description = "Send the version you read; 409 when stale.")
    MilestoneView updateMilestone(@PathVariable String code, @RequestBody MilestoneInput body, Authentication auth) {
        access.require(access.canMaintainMonitor(auth));
        service.updateMilestone(code, body);
        return reader.milestone(code).orElseThrow();
    }
}
