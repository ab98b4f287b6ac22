package org.regiomonitor.finance.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.regiomonitor.finance.internal.BudgetLineService;
import org.regiomonitor.finance.internal.BudgetLineView;
import org.regiomonitor.finance.internal.FinanceQueries;
import org.regiomonitor.finance.internal.FinanceRights;
import org.regiomonitor.finance.internal.LineFilter;
import org.regiomonitor.finance.internal.NewBudgetLine;
import org.regiomonitor.finance.internal.NewRevision;
import org.regiomonitor.finance.internal.RevisionView;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.web.ListParams;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Budget lines: list with filters, detail with the whole revision history, create (revision 1) and
 * revise (a new revision naming the line version the caller saw; 409 when it is stale).
 */
@RestController
@RequestMapping("/api/budget-lines")
class BudgetLineApi {

    /** A new line with its original amounts; exactly one of programmeId and projectId; year null = whole period. */
    record CreateRequest(Long programmeId, Long projectId, Long funderId, Integer year, BigDecimal budgeted,
            BigDecimal committed, BigDecimal realised, Long sourceId,
            String sourceLocator,
            String reason) {
    }

    /** New amounts (all three; null = unknown), the reason, the source and the line version seen. */
    record RevisionRequest(Integer version, BigDecimal budgeted, BigDecimal committed, BigDecimal realised,
            String reason, Long sourceId,
            String sourceLocator) {
    }

    /** A line and its revisions, oldest first (revision 1 = original, last = current). */
    record Detail(BudgetLineView line, List<RevisionView> revisions) {
    }

    private final BudgetLineService service;
    private final FinanceQueries queries;
    private final FinanceRights rights;

    BudgetLineApi(BudgetLineService service, FinanceQueries queries, FinanceRights rights) {
        this.service = service;
        this.queries = queries;
        this.rights = rights;
    }

    /**
     * Lines with their current and original amounts. {@code programme} gives the programme's own lines;
     * add {@code includeProjects=true} for the lines of its projects too.
     */
    @GetMapping
    PageResult<BudgetLineView> list(@RequestParam(required = false) Long programme,
            @RequestParam(defaultValue = "false") boolean includeProjects,
            @RequestParam(required = false) Long project, @RequestParam(required = false) Long funder,
            @RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Authentication auth) {
        ListParams<ListParams.Unsorted> p = ListParams.read(page, size);
        return queries.linePage(new LineFilter(programme, includeProjects, project, funder, category, year,
                municipality), rights.canSeeUnpublished(auth), p.page(), p.size());
    }

    @GetMapping("/{id}")
    Detail detail(@PathVariable long id, Authentication auth) {
        BudgetLineView line = queries.line(id, rights.canSeeUnpublished(auth))
                .orElseThrow(() -> new NotFoundException("budget line", id));
        return new Detail(line, queries.revisions(id));
    }

    @PostMapping
    ResponseEntity<Detail> create(@RequestBody CreateRequest r, Authentication auth) {
        long id = service.create(new NewBudgetLine(r.programmeId(), r.projectId(), r.funderId(), r.year(),
                r.budgeted(), r.committed(), r.realised(), r.sourceId(), r.sourceLocator(), r.reason()), auth);
        return ResponseEntity.created(URI.create("/api/budget-lines/" + id)).body(detail(id, auth));
    }

    @PostMapping("/{id}/revisions")
    ResponseEntity<Detail> revise(@PathVariable long id, @RequestBody RevisionRequest r, Authentication auth) {
        service.revise(id, new NewRevision(r.version(), r.budgeted(), r.committed(), r.realised(), r.reason(),
                r.sourceId(), r.sourceLocator()), auth);
        return ResponseEntity.created(URI.create("/api/budget-lines/" + id)).body(detail(id, auth));
    }
}
