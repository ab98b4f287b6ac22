package org.regiomonitor.portfolio.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProgrammeSummary;
import org.regiomonitor.portfolio.internal.ProgrammeInput;
import org.regiomonitor.portfolio.internal.ProgrammeReader;
import org.regiomonitor.portfolio.internal.ProgrammeService;
import org.regiomonitor.portfolio.internal.ProgrammeViews.ProgrammeDetail;
import org.regiomonitor.portfolio.internal.ProgrammeViews.ThemeDetail;
import org.regiomonitor.portfolio.internal.ProgrammeViews.ThemeView;
import org.regiomonitor.portfolio.internal.ThemeInput;
import org.regiomonitor.portfolio.internal.ThemeService;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.web.ListParams;
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

/** Programmes and their themes as JSON; the same services, rules and rights as the web pages. */
@RestController
@RequestMapping("/api")
@Tag(name = "Programmes", description = "Investment programmes and their themes (action lines, goals, NPVR tasks)")
class ProgrammeApiController {

    private final ProgrammeReader programmes;
    private final ProgrammeService programmeService;
    private final ThemeService themeService;
    private final AccessPolicy policy;

    ProgrammeApiController(ProgrammeReader programmes, ProgrammeService programmeService, ThemeService themeService,
            AccessPolicy policy) {
        this.programmes = programmes;
        this.programmeService = programmeService;
        this.themeService = themeService;
        this.policy = policy;
    }

    @GetMapping("/programmes")
    @Operation(summary = "List programmes", description = "By start year and code, with their project counts. "
            + "Anonymous callers see published programmes and projects only.")
    PageResult<ProgrammeSummary> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Authentication auth) {
        ListParams<ListParams.Unsorted> params = ListParams.read(page, size);
        return programmes.page(ApiParams.parse(ProgrammeStatus.class, "status", status),
                policy.canSeeUnpublished(auth), params.page(), params.size());
    }

    @GetMapping("/programmes/{id}")
    @Operation(summary = "One programme with its facts, their sources and its themes")
    ProgrammeDetail get(@PathVariable long id, Authentication auth) {
        return programmes.detail(id, policy.canSeeUnpublished(auth))
                .orElseThrow(() -> new NotFoundException("programme", id));
    }

    @GetMapping("/programmes/{id}/themes")
    @Operation(summary = "The themes of a programme, in their order")
    List<ThemeView> themes(@PathVariable long id, Authentication auth) {
        return get(id, auth).themes();
    }

    @PostMapping("/programmes")
    @Operation(summary = "Create a programme (administrators)")
    ResponseEntity<ProgrammeDetail> create(@RequestBody ProgrammeInput body, Authentication auth) {
        long id = programmeService.create(body, auth);
        return ResponseEntity.created(URI.create("/api/programmes/" + id)).body(get(id, auth));
    }

    @PutMapping("/programmes/{id}")
    @Operation(summary = "Replace a programme's facts", description = "Send the version you read; 409 when stale.")
    ProgrammeDetail update(@PathVariable long id, @RequestBody ProgrammeInput body, Authentication auth) {
        programmeService.update(id, body, auth);
        return get(id, auth);
    }

    @PostMapping("/programmes/{id}/themes")
    @Operation(summary = "Add a theme to a programme")
    ResponseEntity<ThemeDetail> createTheme(@PathVariable long id, @RequestBody ThemeInput body, Authentication auth) {
        long themeId = themeService.create(id, body, auth);
        return ResponseEntity.created(URI.create("/api/themes/" + themeId)).body(theme(themeId, auth));
    }

    @GetMapping("/themes/{id}")
    @Operation(summary = "One theme with its programme")
    ThemeDetail theme(@PathVariable long id, Authentication auth) {
        return programmes.theme(id, policy.canSeeUnpublished(auth))
                .orElseThrow(() -> new NotFoundException("theme", id));
    }

    @PutMapping("/themes/{id}")
    @Operation(summary = "Change a theme", description = "Send the version you read; 409 when stale.")
    ThemeDetail updateTheme(@PathVariable long id, @RequestBody ThemeInput body, Authentication auth) {
        themeService.update(id, body, auth);
        return theme(id, auth);
    }

    @DeleteMapping("/themes/{id}")
    @Operation(summary = "Remove a theme that no project uses")
    ResponseEntity<Void> deleteTheme(@PathVariable long id, @RequestParam int version, Authentication auth) {
        themeService.delete(id, version, auth);
        return ResponseEntity.noContent().build();
    }
}
