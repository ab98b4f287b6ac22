package org.regiomonitor.finance.api;

import java.net.URI;
import org.regiomonitor.finance.internal.FinanceQueries;
import org.regiomonitor.finance.internal.FinanceRights;
import org.regiomonitor.finance.internal.FunderCommand;
import org.regiomonitor.finance.internal.FunderService;
import org.regiomonitor.finance.internal.FunderView;
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

/** Funders and their categories (RIJK, PROVINCIE, GEMEENTEN, ONDERWIJS, PRIVAAT, EU, OVERIG); changes: administrators. */
@RestController
@RequestMapping("/api/funders")
class FunderApi {

    /** {@code version} only for PUT. */
    record FunderRequest(String name, String categoryCode,
            Long organisationId, Integer version) {
    }

    private final FunderService service;
    private final FinanceQueries queries;
    private final FinanceRights rights;

    FunderApi(FunderService service, FinanceQueries queries, FinanceRights rights) {
        this.service = service;
        this.queries = queries;
        this.rights = rights;
    }

    @GetMapping
    PageResult<FunderView> list(@RequestParam(required = false) String category,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Authentication auth) {
        ListParams<ListParams.Unsorted> p = ListParams.read(page, size);
        return queries.funderPage(category, q, rights.canSeeUnpublished(auth), p.page(), p.size());
    }

    @GetMapping("/{id}")
    FunderView detail(@PathVariable long id, Authentication auth) {
        return queries.funder(id, rights.canSeeUnpublished(auth))
                .orElseThrow(() -> new NotFoundException("funder", id));
    }

    @PostMapping
    ResponseEntity<FunderView> create(@RequestBody FunderRequest r, Authentication auth) {
        long id = service.create(new FunderCommand(r.name(), r.categoryCode(), r.organisationId(), r.version()), auth);
        return ResponseEntity.created(URI.create("/api/funders/" + id)).body(detail(id, auth));
    }

    @PutMapping("/{id}")
    FunderView update(@PathVariable long id, @RequestBody FunderRequest r, Authentication auth) {
        service.update(id, new FunderCommand(r.name(), r.categoryCode(), r.organisationId(), r.version()), auth);
        return detail(id, auth);
    }

    /** Only funders without budget lines; {@code version} as last seen. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version, Authentication auth) {
        service.delete(id, version, auth);
        return ResponseEntity.noContent().build();
    }
}
