package org.regiomonitor.monitor.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.regiomonitor.monitor.MonitorIndicator;
import org.regiomonitor.monitor.MonitorTargets;
import org.regiomonitor.monitor.TargetView;
import org.regiomonitor.monitor.internal.BaselineInput;
import org.regiomonitor.monitor.internal.IndicatorInput;
import org.regiomonitor.monitor.internal.MonitorEditing;
import org.regiomonitor.monitor.internal.MonitorEditing.BaselineEdit;
import org.regiomonitor.monitor.internal.MonitorEditing.SetEdit;
import org.regiomonitor.monitor.internal.MonitorEditing.StatedEdit;
import org.regiomonitor.monitor.internal.SetInput;
import org.regiomonitor.monitor.internal.StatedInput;
import org.regiomonitor.monitor.internal.TargetInput;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.SourceRef;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * Analysts and administrators maintain the monitor's definitions through the API: indicators (with measures and
 * formula), indicator sets with their ordered indicators, baselines, targets and stated figures. Reads are open like
 * the rest of the monitor. As everywhere in the API: a change sends the version it read (409 when stale), a create
 * sends none, invalid input is a 400 problem with one error per field and writes nothing; a delete names the version
 * ({@code ?version=}). The rules are those of the forms ({@link MonitorEditing}).
 */
@RestController
@RequestMapping("/api/monitor")
@Tag(name = "Monitor definitions", description = "Indicators, sets, baselines, targets and stated figures of the monitor")
class MonitorEditApiController {

    /** A set with its indicator codes in order. */
    record SetView(String code, String nameNl, String nameEn, String nameDe, String description, String source,
            String sourceLocator, List<String> indicators, int version) {

        static SetView of(SetEdit s) {
            return new SetView(s.code(), s.nameNl(), s.nameEn(), s.nameDe(), s.description(), s.source(),
                    s.sourceLocator(), s.indicators(), s.version());
        }
    }

    /** A target with its baseline and the on-track verdict from the trend. */
    record TargetApiView(long id, String indicator, String area, int year, String kind, BigDecimal value,
            String qualifier, String referenceArea, SourceRef source, String baselinePeriod, BigDecimal baselineValue,
            boolean baselineStated, BigDecimal goal, Double projected, String verdict, int version) {

        static TargetApiView of(TargetView t) {
            return new TargetApiView(t.id(), t.indicator(), t.area(), t.year(), t.kind().name(), t.value(),
                    t.qualifier().name(), t.referenceArea(), t.source(),
                    t.baselinePeriod() == null ? null : t.baselinePeriod().code(), t.baselineValue(),
                    t.baselineStated(), t.goal(), t.projected(), t.verdict().name(), t.version());
        }
    }

    private final MonitorEditing editing;
    private final MonitorTargets targets;
    private final AccessPolicy access;

    MonitorEditApiController(MonitorEditing editing, MonitorTargets targets, AccessPolicy access) {
        this.editing = editing;
        this.targets = targets;
        this.access = access;
    }

    private void requireMaintainer(Authentication auth) {
        access.require(access.canMaintainMonitor(auth));
    }

    private static String path(String s) {
        return UriUtils.encodePathSegment(s, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- indicators

    @PostMapping("/indicators")
    @Operation(summary = "Create an indicator (analysts, administrators)",
            description = "Observed: with its dataset measures; computed: formula RATIO (numerator, denominator, "
                    + "factor) or CHANGE_SINCE (numerator as input, factor, basePeriod). Weight and inputs by code, "
                    + "source by code. No version.")
    ResponseEntity<MonitorApiController.IndicatorView> createIndicator(@RequestBody IndicatorInput body,
            Authentication auth, Locale locale) {
        requireMaintainer(auth);
        MonitorIndicator i = editing.createIndicator(body);
        return ResponseEntity.created(URI.create("/api/monitor/indicators/" + path(i.code())))
                .body(MonitorApiController.IndicatorView.of(i, editing.measures(i.id()), locale));
    }

    @PutMapping("/indicators/{code}")
    @Operation(summary = "Change an indicator (analysts, administrators)",
            description = "Send every field and the version you read; the measures are replaced by those sent. The "
                    + "code cannot change (omit it or send the same). 409 when stale.")
    MonitorApiController.IndicatorView updateIndicator(@PathVariable String code, @RequestBody IndicatorInput body,
            Authentication auth, Locale locale) {
        requireMaintainer(auth);
        MonitorIndicator current = editing.indicator(code);
        IndicatorInput in = body.code() != null ? body : new IndicatorInput(current.code(), body.nameNl(),
                body.nameEn(), body.nameDe(), body.definition(), body.unit(), body.decimals(), body.direction(),
                body.aggregation(), body.weight(), body.formula(), body.numerator(), body.denominator(), body.factor(),
                body.basePeriod(), body.tolerancePercent(), body.source(), body.sourceLocator(), body.measures(),
                body.version());
        MonitorIndicator i = editing.updateIndicator(current.code(), in);
        return MonitorApiController.IndicatorView.of(i, editing.measures(i.id()), locale);
    }

    @DeleteMapping("/indicators/{code}")
    @Operation(summary = "Delete an indicator without imported figures that nothing uses (analysts, administrators)",
            description = "Refused (400, naming what uses it) while it has figures or another indicator, a set or an "
                    + "NPVR task uses it. Its baselines, targets and stated figures go with it.")
    ResponseEntity<Void> deleteIndicator(@PathVariable String code, @RequestParam int version, Authentication auth) {
        requireMaintainer(auth);
        editing.deleteIndicator(editing.indicator(code).code(), version);
        return ResponseEntity.noContent().build();
    }

    // ---------------------------------------------------------------- sets

    @GetMapping("/sets")
    @Operation(summary = "Every indicator set with its indicator codes in order")
    List<SetView> sets() {
        return editing.sets().stream().map(SetView::of).toList();
    }

    @GetMapping("/sets/{code}")
    @Operation(summary = "One indicator set with its indicator codes in order")
    SetView set(@PathVariable String code) {
        return SetView.of(setOf(code));
    }

    private SetEdit setOf(String code) {
        return editing.set(code).orElseThrow(() -> new NotFoundException("indicator set", code));
    }

    @PostMapping("/sets")
    @Operation(summary = "Create an indicator set (analysts, administrators)", description = "indicators: codes in order.")
    ResponseEntity<SetView> createSet(@RequestBody SetInput body, Authentication auth) {
        requireMaintainer(auth);
        String code = editing.createSet(body);
        return ResponseEntity.created(URI.create("/api/monitor/sets/" + path(code))).body(SetView.of(setOf(code)));
    }

    @PutMapping("/sets/{code}")
    @Operation(summary = "Change an indicator set and the order of its indicators (analysts, administrators)",
            description = "The indicators are replaced by those sent, in that order. 409 when stale.")
    SetView updateSet(@PathVariable String code, @RequestBody SetInput body, Authentication auth) {
        requireMaintainer(auth);
        SetEdit s = setOf(code);
        SetInput in = body.code() != null ? body : new SetInput(s.code(), body.nameNl(), body.nameEn(), body.nameDe(),
                body.description(), body.source(), body.sourceLocator(), body.indicators(), body.version());
        editing.updateSet(s.code(), in);
        return SetView.of(setOf(s.code()));
    }

    @DeleteMapping("/sets/{code}")
    @Operation(summary = "Delete an indicator set (its indicators stay)")
    ResponseEntity<Void> deleteSet(@PathVariable String code, @RequestParam int version, Authentication auth) {
        requireMaintainer(auth);
        editing.deleteSet(setOf(code).code(), version);
        return ResponseEntity.noContent().build();
    }

    // ---------------------------------------------------------------- baselines

    @GetMapping("/indicators/{code}/baselines")
    @Operation(summary = "The baseline period of an indicator per area")
    List<BaselineEdit> baselines(@PathVariable String code) {
        return editing.baselines(editing.indicator(code).id());
    }

    @PutMapping("/indicators/{code}/baselines")
    @Operation(summary = "Set the baseline period of an indicator in an area (analysts, administrators)",
            description = "New: without version; changed: with the version read (409 when stale).")
    List<BaselineEdit> setBaseline(@PathVariable String code, @RequestBody BaselineInput body, Authentication auth) {
        requireMaintainer(auth);
        MonitorIndicator i = editing.indicator(code);
        editing.setBaseline(i.code(), body);
        return editing.baselines(i.id());
    }

    @DeleteMapping("/indicators/{code}/baselines/{area}")
    @Operation(summary = "Remove the baseline of an indicator in an area")
    ResponseEntity<Void> deleteBaseline(@PathVariable String code, @PathVariable String area,
            @RequestParam int version, Authentication auth) {
        requireMaintainer(auth);
        editing.deleteBaseline(editing.indicator(code).code(), area, version);
        return ResponseEntity.noContent().build();
    }

    // ---------------------------------------------------------------- targets

    @GetMapping("/indicators/{code}/targets")
    @Operation(summary = "The targets of an indicator with baseline, goal, projected trend value and verdict")
    List<TargetApiView> targets(@PathVariable String code) {
        return targets.ofIndicator(editing.indicator(code).code()).stream().map(TargetApiView::of).toList();
    }

    private TargetApiView target(String code, long id) {
        return targets.ofIndicator(code).stream().filter(t -> t.id() == id).findFirst().map(TargetApiView::of)
                .orElseThrow(() -> new NotFoundException("monitor_target", String.valueOf(id)));
    }

    @PostMapping("/indicators/{code}/targets")
    @Operation(summary = "Add a target (analysts, administrators)",
            description = "kind ABSOLUTE or INCREASE with value, MATCH_AREA with referenceArea; source by code.")
    ResponseEntity<TargetApiView> createTarget(@PathVariable String code, @RequestBody TargetInput body,
            Authentication auth) {
        requireMaintainer(auth);
        MonitorIndicator i = editing.indicator(code);
        long id = editing.createTarget(i.code(), body);
        return ResponseEntity.created(URI.create("/api/monitor/indicators/" + path(i.code()) + "/targets/" + id))
                .body(target(i.code(), id));
    }

    @GetMapping("/indicators/{code}/targets/{id}")
    @Operation(summary = "One target of an indicator")
    TargetApiView getTarget(@PathVariable String code, @PathVariable long id) {
        return target(editing.indicator(code).code(), id);
    }

    @PutMapping("/indicators/{code}/targets/{id}")
    @Operation(summary = "Change a target (analysts, administrators); 409 when stale")
    TargetApiView updateTarget(@PathVariable String code, @PathVariable long id, @RequestBody TargetInput body,
            Authentication auth) {
        requireMaintainer(auth);
        MonitorIndicator i = editing.indicator(code);
        editing.updateTarget(i.code(), id, body);
        return target(i.code(), id);
    }

    @DeleteMapping("/indicators/{code}/targets/{id}")
    @Operation(summary = "Delete a target (analysts, administrators)")
    ResponseEntity<Void> deleteTarget(@PathVariable String code, @PathVariable long id, @RequestParam int version,
            Authentication auth) {
        requireMaintainer(auth);
        editing.deleteTarget(editing.indicator(code).code(), id, version);
        return ResponseEntity.noContent().build();
    }

    // ---------------------------------------------------------------- stated figures

    @GetMapping("/indicators/{code}/stated")
    @Operation(summary = "The figures documents state for an indicator, with their sources")
    List<StatedEdit> stated(@PathVariable String code) {
        return editing.stated(editing.indicator(code).id());
    }

    @PostMapping("/indicators/{code}/stated")
    @Operation(summary = "Add a stated figure (analysts, administrators); source by code")
    ResponseEntity<StatedEdit> createStated(@PathVariable String code, @RequestBody StatedInput body,
            Authentication auth) {
        requireMaintainer(auth);
        MonitorIndicator i = editing.indicator(code);
        long id = editing.createStated(i.code(), body);
        return ResponseEntity.created(URI.create("/api/monitor/indicators/" + path(i.code()) + "/stated/" + id))
                .body(editing.statedFigure(i.id(), id));
    }

    @PutMapping("/indicators/{code}/stated/{id}")
    @Operation(summary = "Change a stated figure (analysts, administrators); 409 when stale")
    StatedEdit updateStated(@PathVariable String code, @PathVariable long id, @RequestBody StatedInput body,
            Authentication auth) {
        requireMaintainer(auth);
        MonitorIndicator i = editing.indicator(code);
        editing.updateStated(i.code(), id, body);
        return editing.statedFigure(i.id(), id);
    }

    @DeleteMapping("/indicators/{code}/stated/{id}")
    @Operation(summary = "Delete a stated figure (analysts, administrators)")
    ResponseEntity<Void> deleteStated(@PathVariable String code, @PathVariable long id, @RequestParam int version,
            Authentication auth) {
        requireMaintainer(auth);
        editing.deleteStated(editing.indicator(code).code(), id, version);
        return ResponseEntity.noContent().build();
    }
}
