package org.regiomonitor.finance.api;

import java.math.BigDecimal;
import java.net.URI;
import org.regiomonitor.finance.internal.FinanceQueries;
import org.regiomonitor.finance.internal.FinanceRights;
import org.regiomonitor.finance.internal.MobilisedCommand;
import org.regiomonitor.finance.internal.MobilisedInvestmentService;
import org.regiomonitor.finance.internal.MobilisedView;
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

/** Investments a programme's regional money mobilised (the numerator of its multiplier). */
@RestController
@RequestMapping("/api/mobilised-investments")
class MobilisedInvestmentApi {

    /** {@code programmeId} only for POST (an investment stays with its programme); {@code version} only for PUT. */
    record MobilisedRequest(Long programmeId,
            String description, BigDecimal amount,
            Long linkedProgrammeId, Long sourceId,
            String sourceLocator, Integer version) {
    }

    private final MobilisedInvestmentService service;
    private final FinanceQueries queries;
    private final FinanceRights rights;

    MobilisedInvestmentApi(MobilisedInvestmentService service, FinanceQueries queries, FinanceRights rights) {
        this.service = service;
        this.queries = queries;
        this.rights = rights;
    }

    @GetMapping
    PageResult<MobilisedView> list(@RequestParam(required = false) Long programme,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Authentication auth) {
        ListParams<ListParams.Unsorted> p = ListParams.read(page, size);
        return queries.mobilisedPage(programme, rights.canSeeUnpublished(auth), p.page(), p.size());
    }

    @GetMapping("/{id}")
    MobilisedView detail(@PathVariable long id, Authentication auth) {
        return queries.mobilisedInvestment(id, rights.canSeeUnpublished(auth))
                .orElseThrow(() -> new NotFoundException("mobilised investment", id));
    }

    @PostMapping
    ResponseEntity<MobilisedView> create(@RequestBody MobilisedRequest r, Authentication auth) {
        long id = service.create(command(r), auth);
        return ResponseEntity.created(URI.create("/api/mobilised-investments/" + id)).body(detail(id, auth));
    }

    @PutMapping("/{id}")
    MobilisedView update(@PathVariable long id, @RequestBody MobilisedRequest r, Authentication auth) {
        service.update(id, command(r), auth);
        return detail(id, auth);
    }

    private static MobilisedCommand command(MobilisedRequest r) {
        return new MobilisedCommand(r.programmeId(), r.description(), r.amount(), r.linkedProgrammeId(),
                r.sourceId(), r.sourceLocator(), r.version());
    }
}
