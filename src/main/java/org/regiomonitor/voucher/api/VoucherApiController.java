package org.regiomonitor.voucher.api;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.web.ListParams;
import org.regiomonitor.voucher.SchemeKind;
import org.regiomonitor.voucher.VoucherFilter;
import org.regiomonitor.voucher.VoucherQueries;
import org.regiomonitor.voucher.VoucherSummary;
import org.regiomonitor.voucher.internal.VoucherForm;
import org.regiomonitor.voucher.internal.VoucherRepository;
import org.regiomonitor.voucher.internal.VoucherRepository.VoucherSort;
import org.regiomonitor.voucher.internal.VoucherService;
import org.regiomonitor.voucher.internal.VoucherViews.VoucherDetail;
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
 * JSON API of vouchers and small grants. Filters: {@code programme} (id), {@code schemeKind},
 * {@code municipality} (CBS code, e.g. GM0141), {@code year}. Bodies of POST and PUT: {@code programmeId,
 * projectId, scheme, schemeKind, quantity (null when unknown), quantityQualifier (EXACT, AT_LEAST, ABOUT), amount,
 * maxAmountPerAward, maxAmountSourceId, maxAmountSourceLocator, awardedOn, awardYear, municipalityId, recipientKind,
 * published, sourceId, sourceLocator} and, for PUT, the {@code version} that was read.
 */
@RestController
@RequestMapping("/api/vouchers")
class VoucherApiController {

    private final VoucherQueries queries;
    private final VoucherRepository repository;
    private final VoucherService service;
    private final AccessPolicy access;

    VoucherApiController(VoucherQueries queries, VoucherRepository repository, VoucherService service,
            AccessPolicy access) {
        this.queries = queries;
        this.repository = repository;
        this.service = service;
        this.access = access;
    }

    @GetMapping
    PageResult<VoucherDetail> list(@RequestParam(required = false) Long programme,
            @RequestParam(required = false) SchemeKind schemeKind, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Authentication auth) {
        ListParams<VoucherSort> params = params(page, size, sort, dir);
        return repository.list(new VoucherFilter(programme, schemeKind, municipality, year),
                access.canSeeUnpublished(auth), params.sort(), params.descending(), params.page(), params.size());
    }

    /** The list's page and order as the API reads them (also for its downloads); newest awards first by default. */
    static ListParams<VoucherSort> params(Integer page, Integer size, String sort, String dir) {
        return ListParams.read(page, size, sort, dir, VoucherSort.YEAR, true);
    }

    @Operation(summary = "Voucher totals overall and per programme, scheme and municipality", description = """
            'awards' counts awards (sum of quantities); 'knownAmount' sums only known amounts and \
            'awardsWithUnknownAmount' says how many awards it leaves out. 'byMunicipality' lists the 20 \
            municipalities with the most awards (and the awards without one), 'otherMunicipalities' adds up the \
            rest (filter by 'municipality' for one's own). 'sources': each place (places 1) when there are at most \
            8, else each source document with its number of places, at most 8, and 'more' further documents; \
            every award's own place is in /api/vouchers and the downloads.""")
    @GetMapping("/summary")
    VoucherSummary summary(@RequestParam(required = false) Long programme,
            @RequestParam(required = false) SchemeKind schemeKind, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Integer year, Authentication auth) {
        return queries.summary(new VoucherFilter(programme, schemeKind, municipality, year),
                access.canSeeUnpublished(auth));
    }

    @GetMapping("/{id}")
    VoucherDetail detail(@PathVariable long id, Authentication auth) {
        return repository.detail(id, access.canSeeUnpublished(auth))
                .orElseThrow(() -> new NotFoundException("voucher", id));
    }

    @PostMapping
    ResponseEntity<VoucherDetail> create(@RequestBody VoucherForm body, Authentication auth) {
        long id = service.create(body, auth);
        return ResponseEntity.created(URI.create("/api/vouchers/" + id)).body(detail(id, auth));
    }

    @PutMapping("/{id}")
    VoucherDetail update(@PathVariable long id, @RequestBody VoucherForm body, Authentication auth) {
        service.update(id, body, auth);
        return detail(id, auth);
    }
}
