package org.regiomonitor.portfolio.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.internal.ProjectFilter;
import org.regiomonitor.portfolio.internal.ProjectInput;
import org.regiomonitor.portfolio.internal.ProjectReader;
import org.regiomonitor.portfolio.internal.ProjectService;
import org.regiomonitor.portfolio.internal.ProjectSort;
import org.regiomonitor.portfolio.internal.ProjectViews.ProjectDetail;
import org.regiomonitor.portfolio.internal.ProjectViews.ProjectRow;
import org.regiomonitor.portfolio.internal.StatusChangeInput;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.web.ListParams;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Projects as JSON; the same services, rules and rights as the web pages. */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "Projects, their partners, programmes, themes, municipalities and lifecycle")
class ProjectApiController {

    private final ProjectReader projects;
    private final ProjectService service;
    private final AccessPolicy policy;

    ProjectApiController(ProjectReader projects, ProjectService service, AccessPolicy policy) {
        this.projects = projects;
        this.service = service;
        this.policy = policy;
    }

    @GetMapping
    @Operation(summary = "List projects", description = "Paged (page is 0-based, a negative one is the first; size default 50, kept between 1 and 200; "
            + "past the last page an empty page) and "
            + "filtered. Anonymous callers see published projects only.")
    PageResult<ProjectRow> list(
            @Parameter(description = "programme id") @RequestParam(required = false) Long programme,
            @Parameter(description = "theme id") @RequestParam(required = false) Long theme,
            @Parameter(description = "lifecycle status") @RequestParam(required = false) String status,
            @Parameter(description = "municipality area code, e.g. GM0153") @RequestParam(required = false)
            String municipality,
            @Parameter(description = "organisation id (lead or partner)") @RequestParam(required = false)
            Long organisation,
            @Parameter(description = "words in title or summary") @RequestParam(required = false) String q,
            @Parameter(description = "title, lead, status, start or end (unknown: title)")
            @RequestParam(required = false) String sort,
            @Parameter(description = "asc or desc") @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Authentication auth) {
        ListParams<ProjectSort.Column> params = ListParams.read(page, size, sort, dir, ProjectSort.Column.TITLE);
        return projects.page(filter(programme, theme, status, municipality, organisation, q),
                ProjectSort.of(params), policy.canSeeUnpublished(auth), params.page(), params.size());
    }

    /** The filters of the list as the API reads them (also for its downloads): an unknown status is a 400. */
    static ProjectFilter filter(Long programme, Long theme, String status, String municipality, Long organisation,
            String q) {
        return new ProjectFilter(programme, theme, ApiParams.parse(ProjectStatus.class, "status", status),
                municipality, organisation, q);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project with partners, programmes, themes, municipalities, links and status history")
    ProjectDetail get(@PathVariable long id, Authentication auth) {
        return projects.detail(id, policy.canSeeUnpublished(auth))
                .orElseThrow(() -> new NotFoundException("project", id));
    }

    @PostMapping
    @Operation(summary = "Create a project", description = "Administrators, or programme managers in their "
            + "programmes. The lead organisation becomes a partner with role LEAD.")
    ResponseEntity<ProjectDetail> create(@RequestBody ProjectInput body, Authentication auth) {
        long id = service.create(body, auth);
        return ResponseEntity.created(URI.create("/api/projects/" + id)).body(get(id, auth));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a project", description = "Everything is replaced (lists left out mean none); "
            + "the status changes only through POST /status. Send the version you read; 409 when stale. "
            + "Project leads cannot change the programmes.")
    ProjectDetail update(@PathVariable long id, @RequestBody ProjectInput body, Authentication auth) {
        service.update(id, body, auth);
        return get(id, auth);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move a project to its next lifecycle status", description = "Allowed: APPLICATION -> "
            + "UNDER_ASSESSMENT -> APPROVED | REJECTED; APPROVED -> RUNNING -> COMPLETED -> CONTINUED_INDEPENDENTLY. "
            + "changedOn defaults to today. Send the project version you read.")
    ProjectDetail changeStatus(@PathVariable long id, @RequestBody StatusChangeInput body, Authentication auth) {
        service.changeStatus(id, body, auth);
        return get(id, auth);
    }
}
