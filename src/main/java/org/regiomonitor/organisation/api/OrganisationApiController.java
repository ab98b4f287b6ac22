package org.regiomonitor.organisation.api;

import java.net.URI;
import java.util.List;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.organisation.internal.OrganisationForm;
import org.regiomonitor.organisation.internal.OrganisationRepository;
import org.regiomonitor.organisation.internal.OrganisationRights;
import org.regiomonitor.organisation.internal.OrganisationService;
import org.regiomonitor.organisation.LinkedFunder;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationDetail;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationFilter;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationListItem;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationSort;
import org.regiomonitor.organisation.ProjectParticipation;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageParams;
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

/**
 * JSON API of organisations. Same rules and rights as the pages (same service). Bodies of POST and
 * PUT: {@code name, kind, municipalityId, website, description, published, sourceId, sourceLocator}
 * and, for PUT, the {@code version} that was read.
 */
@RestController
@RequestMapping("/api/organisations")
class OrganisationApiController {

    /**
     * An organisation with the projects it takes part in and the funders linked to it.
     *
     * @param projects     the first {@value #PROJECTS_SHOWN}, in the project list's order: the first page of
     *                     {@code allProjects}
     * @param projectCount the number of all of them
     * @param allProjects  the project list filtered by the organisation, which pages through all of them
     */
    record OrganisationResponse(OrganisationDetail organisation, List<ProjectParticipation> projects, long projectCount,
            String allProjects, List<LinkedFunder> funders) {
    }

    /** An organisation can take part in thousands of projects: the item holds a page of them, the list the rest. */
    static final int PROJECTS_SHOWN = PageParams.DEFAULT_SIZE;

    private final OrganisationRepository repository;
    private final OrganisationService service;
    private final OrganisationRights rights;

    OrganisationApiController(OrganisationRepository repository, OrganisationService service,
            OrganisationRights rights) {
        this.repository = repository;
        this.service = service;
        this.rights = rights;
    }

    /**
     * Organisations by name. Filters: {@code kind} (GOVERNMENT, EDUCATION, BUSINESS, CIVIL_SOCIETY),
     * {@code municipality} (CBS area code, e.g. GM0141), {@code q} (text in name or description).
     */
    @GetMapping
    PageResult<OrganisationListItem> list(@RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Authentication auth) {
        ListParams<OrganisationSort> params = ListParams.read(page, size, sort, dir, OrganisationSort.NAME);
        return repository.list(filter(kind, municipality, q, params), rights.canSeeUnpublished(auth), params.page(),
                params.size());
    }

    /** The filters and order of the list as the API reads them (also for its downloads). */
    static OrganisationFilter filter(OrganisationKind kind, String municipality, String q,
            ListParams<OrganisationSort> params) {
        return new OrganisationFilter(kind, municipality, q, params.sort(), params.descending());
    }

    @GetMapping("/{id}")
    OrganisationResponse detail(@PathVariable long id, Authentication auth) {
        boolean all = rights.canSeeUnpublished(auth);
        OrganisationDetail organisation = repository.detail(id, all)
                .orElseThrow(() -> new NotFoundException("organisation", id));
        PageResult<ProjectParticipation> projects = repository.firstProjects(id, all, PROJECTS_SHOWN);
        return new OrganisationResponse(organisation, projects.items(), projects.total(),
                "/api/projects?organisation=" + id, repository.funders(id));
    }

    @PostMapping
    ResponseEntity<OrganisationResponse> create(@RequestBody OrganisationForm body, Authentication auth) {
        long id = service.create(body, auth);
        return ResponseEntity.created(URI.create("/api/organisations/" + id)).body(detail(id, auth));
    }

    @PutMapping("/{id}")
    OrganisationResponse update(@PathVariable long id, @RequestBody OrganisationForm body,
            Authentication auth) {
        service.update(id, body, auth);
        return detail(id, auth);
    }
}
