package org.regiomonitor.results.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regiomonitor.results.RollUps;
import org.regiomonitor.results.internal.CatalogueIndicatorInput;
import org.regiomonitor.results.internal.DimensionInput;
import org.regiomonitor.results.internal.FrameworkService;
import org.regiomonitor.results.internal.IndicatorInput;
import org.regiomonitor.results.internal.PeriodLockInput;
import org.regiomonitor.results.internal.PeriodPlanInput;
import org.regiomonitor.results.internal.ResultInput;
import org.regiomonitor.results.internal.ResultsReader;
import org.regiomonitor.results.internal.ResultsViews.CatalogueView;
import org.regiomonitor.results.internal.ResultsViews.DimensionView;
import org.regiomonitor.results.internal.ResultsViews.IndicatorView;
import org.regiomonitor.results.internal.ResultsViews.PeriodView;
import org.regiomonitor.results.internal.ResultsViews.ResultView;
import org.regiomonitor.results.internal.ResultsViews.RollUpView;
import org.regiomonitor.results.internal.ResultsViews.TransitionView;
import org.regiomonitor.results.internal.ResultsViews.UpdateView;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.results.internal.UpdateInput;
import org.regiomonitor.results.internal.UpdateService;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The results framework as JSON: catalogue, periods and dimensions of programmes; results, indicators and their
 * updates with the review workflow; roll-ups. The same services, rules and rights as the pages: leads write and
 * submit updates, managers of the project's programmes return and approve them; changes send the version read
 * (409 when stale); invalid input is a 400 problem with one error per field.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Results", description = "Results, indicators, catalogue, reporting periods, updates, reviews and roll-ups")
class ResultsApiController {

    private final ResultsReader reader;
    private final FrameworkService framework;
    private final UpdateService updates;
    private final RollUps rollUps;
    private final AccessPolicy policy;

    ResultsApiController(ResultsReader reader, FrameworkService framework, UpdateService updates, RollUps rollUps,
            AccessPolicy policy) {
        this.reader = reader;
        this.framework = framework;
        this.updates = updates;
        this.rollUps = rollUps;
        this.policy = policy;
    }

    // ---- programme frame -------------------------------------------------------------------------------

    @GetMapping("/programmes/{id}/catalogue")
    @Operation(summary = "The programme's indicator catalogue, each with its aggregation rule")
    List<CatalogueView> catalogue(@PathVariable long id, Authentication auth, Locale locale) {
        visibleProgramme(id, auth);
        return reader.catalogue(id, locale);
    }

    @PostMapping("/programmes/{id}/catalogue")
    @Operation(summary = "Add an indicator to the programme's catalogue (its managers, administrators)")
    ResponseEntity<CatalogueView> createCatalogueIndicator(@PathVariable long id, @RequestBody CatalogueIndicatorInput body,
            Authentication auth, Locale locale) {
        long created = framework.createCatalogueIndicator(id, body, auth);
        return ResponseEntity.created(URI.create("/api/catalogue-indicators/" + created))
                .body(catalogueIndicator(created, auth, locale));
    }

    @GetMapping("/catalogue-indicators/{id}")
    @Operation(summary = "One catalogue indicator")
    CatalogueView catalogueIndicator(@PathVariable long id, Authentication auth, Locale locale) {
        CatalogueView view = reader.catalogueIndicator(id, locale)
                .orElseThrow(() -> new NotFoundException("catalogue indicator", id));
        visibleProgramme(view.programmeId(), auth);
        return view;
    }

    @PutMapping("/catalogue-indicators/{id}")
    @Operation(summary = "Change a catalogue indicator", description = "Send the version you read; 409 when stale. "
            + "Measure and cumulative are fixed once projects adopted it.")
    CatalogueView updateCatalogueIndicator(@PathVariable long id, @RequestBody CatalogueIndicatorInput body,
            Authentication auth, Locale locale) {
        framework.updateCatalogueIndicator(id, body, auth);
        return catalogueIndicator(id, auth, locale);
    }

    @GetMapping("/programmes/{id}/periods")
    @Operation(summary = "The programme's reporting periods, in order")
    List<PeriodView> periods(@PathVariable long id, Authentication auth) {
        visibleProgramme(id, auth);
        return reader.periods(id);
    }

    @PostMapping("/programmes/{id}/periods")
    @Operation(summary = "Add reporting periods", description = "Every period of the kind (HALF_YEAR unless given; "
            + "YEAR, QUARTER) from fromYear to toYear; periods that overlap existing ones are refused.")
    ResponseEntity<List<PeriodView>> addPeriods(@PathVariable long id, @RequestBody PeriodPlanInput body,
            Authentication auth) {
        List<Long> created = framework.addPeriods(id, body, auth);
        return ResponseEntity.created(URI.create("/api/programmes/" + id + "/periods"))
                .body(reader.periods(id).stream().filter(p -> created.contains(p.id())).toList());
    }

    @PutMapping("/periods/{id}/lock")
    @Operation(summary = "Lock or unlock a period", description = "A locked period takes no new, changed or "
            + "submitted updates. Send the version you read; 409 when stale.")
    PeriodView lockPeriod(@PathVariable long id, @RequestBody PeriodLockInput body, Authentication auth) {
        framework.lockPeriod(id, body, auth);
        return reader.period(id).orElseThrow(() -> new NotFoundException("period", id));
    }

    @GetMapping("/programmes/{id}/dimensions")
    @Operation(summary = "The programme's disaggregation dimensions with their values")
    List<DimensionView> dimensions(@PathVariable long id, Authentication auth) {
        visibleProgramme(id, auth);
        return reader.dimensions(id);
    }

    @PostMapping("/programmes/{id}/dimensions")
    @Operation(summary = "Add a disaggregation dimension with its values")
    ResponseEntity<DimensionView> createDimension(@PathVariable long id, @RequestBody DimensionInput body,
            Authentication auth) {
        long created = framework.createDimension(id, body, auth);
        return ResponseEntity.created(URI.create("/api/programmes/" + id + "/dimensions"))
                .body(reader.dimensions(id).stream().filter(d -> d.id() == created).findFirst().orElseThrow());
    }

    @DeleteMapping("/dimensions/{id}")
    @Operation(summary = "Remove a disaggregation dimension no update uses")
    ResponseEntity<Void> deleteDimension(@PathVariable long id, @RequestParam int version, Authentication auth) {
        framework.deleteDimension(id, version, auth);
        return ResponseEntity.noContent().build();
    }

    // ---- results and indicators ------------------------------------------------------------------------

    @GetMapping("/projects/{id}/results")
    @Operation(summary = "The project's results with indicators, baselines, targets and progress")
    List<ResultView> results(@PathVariable long id, Authentication auth) {
        visibleProject(id, auth);
        return reader.results(id);
    }

    @PostMapping("/projects/{id}/results")
    @Operation(summary = "Add a result to a project (whoever may edit the project)")
    ResponseEntity<ResultView> createResult(@PathVariable long id, @RequestBody ResultInput body, Authentication auth) {
        long created = framework.createResult(id, body, auth);
        return ResponseEntity.created(URI.create("/api/results/" + created)).body(result(created, auth));
    }

    @GetMapping("/results/{id}")
    @Operation(summary = "One result with its indicators")
    ResultView result(@PathVariable long id, Authentication auth) {
        visibleProject(reader.projectOfResult(id).orElseThrow(() -> new NotFoundException("result", id)), auth);
        return reader.result(id).orElseThrow(() -> new NotFoundException("result", id));
    }

    @PutMapping("/results/{id}")
    @Operation(summary = "Change a result", description = "Send the version you read; 409 when stale.")
    ResultView updateResult(@PathVariable long id, @RequestBody ResultInput body, Authentication auth) {
        framework.updateResult(id, body, auth);
        return result(id, auth);
    }

    @DeleteMapping("/results/{id}")
    @Operation(summary = "Remove a result without reported values")
    ResponseEntity<Void> deleteResult(@PathVariable long id, @RequestParam int version, Authentication auth) {
        framework.deleteResult(id, version, auth);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/catalogue-indicators/{id}")
    @Operation(summary = "Remove a catalogue indicator no project adopted")
    ResponseEntity<Void> deleteCatalogueIndicator(@PathVariable long id, @RequestParam int version,
            Authentication auth) {
        framework.deleteCatalogueIndicator(id, version, auth);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/indicators/{id}")
    @Operation(summary = "Remove an indicator without reported values")
    ResponseEntity<Void> deleteIndicator(@PathVariable long id, @RequestParam int version, Authentication auth) {
        framework.deleteIndicator(id, version, auth);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/results/{id}/indicators")
    @Operation(summary = "Add an indicator to a result", description = "Adopting a catalogue indicator of one of the "
            + "project's programmes adds its values to the programme totals; measure and cumulative must match it.")
    ResponseEntity<IndicatorView> createIndicator(@PathVariable long id, @RequestBody IndicatorInput body,
            Authentication auth) {
        long created = framework.createIndicator(id, body, auth);
        return ResponseEntity.created(URI.create("/api/indicators/" + created)).body(indicator(created, auth));
    }

    @GetMapping("/indicators/{id}")
    @Operation(summary = "One indicator with its progress")
    IndicatorView indicator(@PathVariable long id, Authentication auth) {
        visibleProject(reader.projectOfIndicator(id).orElseThrow(() -> new NotFoundException("indicator", id)), auth);
        return reader.indicator(id).orElseThrow(() -> new NotFoundException("indicator", id));
    }

    @PutMapping("/indicators/{id}")
    @Operation(summary = "Change an indicator", description = "Send the version you read; 409 when stale.")
    IndicatorView updateIndicator(@PathVariable long id, @RequestBody IndicatorInput body, Authentication auth) {
        framework.updateIndicator(id, body, auth);
        return indicator(id, auth);
    }

    // ---- updates and their review ----------------------------------------------------------------------

    @GetMapping("/indicators/{id}/updates")
    @Operation(summary = "The updates of an indicator with their history", description = "Newest period first, "
            + "corrections and the values they superseded included. Anonymous callers see counted values only.")
    List<UpdateView> updates(@PathVariable long id, Authentication auth) {
        indicator(id, auth);
        return reader.updates(id, policy.canSeeUnpublished(auth));
    }

    @PostMapping("/indicators/{id}/updates")
    @Operation(summary = "Write an update for a period (a lead of the project)", description = "A new update of a "
            + "period with an approved value is a correction: once approved it supersedes that value.")
    ResponseEntity<UpdateView> createUpdate(@PathVariable long id, @RequestBody UpdateInput body, Authentication auth) {
        long created = updates.create(id, body, auth);
        return ResponseEntity.created(URI.create("/api/updates/" + created)).body(update(created, auth));
    }

    @GetMapping("/updates/{id}")
    @Operation(summary = "One update with its disaggregations (flagged when they do not add up) and attachments")
    UpdateView update(@PathVariable long id, Authentication auth) {
        visibleProject(reader.projectOfUpdate(id).orElseThrow(() -> new NotFoundException("update", id)), auth);
        return reader.update(id, policy.canSeeUnpublished(auth)).orElseThrow(() -> new NotFoundException("update", id));
    }

    @PutMapping("/updates/{id}")
    @Operation(summary = "Change a draft or returned update (a lead of the project)",
            description = "Send the version you read; 409 when stale.")
    UpdateView changeUpdate(@PathVariable long id, @RequestBody UpdateInput body, Authentication auth) {
        updates.update(id, body, auth);
        return update(id, auth);
    }

    @PostMapping("/updates/{id}/submit")
    @Operation(summary = "Submit (or resubmit) an update for review (a lead of the project)")
    UpdateView submit(@PathVariable long id, @RequestBody ReviewInput body, Authentication auth) {
        updates.submit(id, body, auth);
        return update(id, auth);
    }

    @PostMapping("/updates/{id}/return")
    @Operation(summary = "Return an update to the lead with a comment (a manager of one of the project's programmes)")
    UpdateView returnToLead(@PathVariable long id, @RequestBody ReviewInput body, Authentication auth) {
        updates.returnToLead(id, body, auth);
        return update(id, auth);
    }

    @PostMapping("/updates/{id}/approve")
    @Operation(summary = "Approve an update (a manager of one of the project's programmes)",
            description = "From the next request on it counts in every roll-up.")
    UpdateView approve(@PathVariable long id, @RequestBody ReviewInput body, Authentication auth) {
        updates.approve(id, body, auth);
        return update(id, auth);
    }

    @GetMapping("/updates/{id}/transitions")
    @Operation(summary = "Every status change of an update: who, when, from, to and the comment")
    List<TransitionView> transitions(@PathVariable long id, Authentication auth) {
        update(id, auth);
        return reader.transitions(id);
    }

    @PostMapping(path = "/updates/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach evidence to a draft or returned update", description = "PDF, PNG, JPEG, XLSX, DOCX "
            + "or CSV, recognised by content; at most 10 MB.")
    ResponseEntity<UpdateView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file,
            Authentication auth) throws IOException {
        updates.attach(id, file.getOriginalFilename(), file.getBytes(), auth);
        return ResponseEntity.created(URI.create("/api/updates/" + id)).body(update(id, auth));
    }

    @GetMapping("/attachments/{id}")
    @Operation(summary = "Download an attachment (logged-in users)")
    ResponseEntity<byte[]> attachment(@PathVariable long id, Authentication auth) {
        var file = reader.attachment(id).filter(a -> policy.canSeeUnpublished(auth))
                .orElseThrow(() -> new NotFoundException("attachment", id));
        update(file.updateId(), auth);
        return file.asDownload();
    }

    // ---- roll-ups --------------------------------------------------------------------------------------

    @GetMapping("/programmes/{id}/roll-ups")
    @Operation(summary = "The programme's totals per catalogue indicator and reporting period",
            description = "Computed on request from approved values; each total with its rule.")
    RollUpView programmeRollUps(@PathVariable long id, Authentication auth, Locale locale) {
        visibleProgramme(id, auth);
        return reader.programmeRollUp(id, policy.canSeeUnpublished(auth), locale);
    }

    @GetMapping("/programmes/{id}/themes/{themeId}/roll-ups")
    @Operation(summary = "The totals of the results serving a theme of the programme, per reporting period")
    RollUpView themeRollUps(@PathVariable long id, @PathVariable long themeId, Authentication auth, Locale locale) {
        visibleProgramme(id, auth);
        if (!reader.themeOfProgramme(themeId, id)) {
            throw new NotFoundException("theme", themeId);
        }
        return reader.themeRollUp(id, themeId, policy.canSeeUnpublished(auth), locale);
    }

    @GetMapping("/projects/{id}/roll-ups")
    @Operation(summary = "The project's figures per indicator and reporting period of its programmes")
    RollUpView projectRollUps(@PathVariable long id, Authentication auth, Locale locale) {
        visibleProject(id, auth);
        return reader.rollUp(rollUps.project(id), reader.windows(reader.periodsOfProject(id)), Map.of(), Map.of(), locale);
    }

    @GetMapping("/roll-ups")
    @Operation(summary = "Region-wide or cross-programme totals for a span of dates, with what each municipality gets",
            description = "Without programme: every project of the region; with one or more: their projects, a joint "
                    + "project once. Municipalities get only values disaggregated to them; the rest is not attributed.")
    RollUpView regionRollUps(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "programme", required = false) Collection<Long> programmeIds, Authentication auth,
            Locale locale) {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "results.error.dateOrder");
        }
        Collection<Long> programmes = programmeIds == null ? List.of() : programmeIds;
        programmes.forEach(p -> visibleProgramme(p, auth));
        return reader.windowRollUp(programmes, policy.canSeeUnpublished(auth), new RollUps.Window(from + "/" + to, from,
                to), locale);
    }

    private void visibleProgramme(long programmeId, Authentication auth) {
        if (!reader.programmeVisible(programmeId, policy.canSeeUnpublished(auth))) {
            throw new NotFoundException("programme", programmeId);
        }
    }

    private void visibleProject(long projectId, Authentication auth) {
        if (!reader.projectVisible(projectId, policy.canSeeUnpublished(auth))) {
            throw new NotFoundException("project", projectId);
        }
    }
}
