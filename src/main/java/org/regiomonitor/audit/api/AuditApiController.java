package org.regiomonitor.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.regiomonitor.audit.AuditFilter;
import org.regiomonitor.audit.AuditRecord;
import org.regiomonitor.audit.internal.AuditRows;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.web.ListParams;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail as JSON, for administrators only (the API's security chain refuses everyone else). */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Who changed what, when, from what to what; log-ins and rights (administrators only)")
class AuditApiController {

    private final AuditRows rows;

    AuditApiController(AuditRows rows) {
        this.rows = rows;
    }

    @GetMapping
    @Operation(summary = "List audit records", description = "Newest first, paged (page is 0-based; size default 50, "
            + "max 200). Row changes carry the changed fields before and after (a delete: the whole row before; a "
            + "create: the whole row after); events such as log-ins and reference-data loads carry detail. "
            + "Administrators only.")
    PageResult<AuditRecord> list(
            @Parameter(description = "user name of the actor, or 'system'") @RequestParam(required = false) String user,
            @Parameter(description = "entity, e.g. project, programme, budget_line, voucher_award, organisation, "
                    + "app_user") @RequestParam(required = false) String entityType,
            @Parameter(description = "entity id") @RequestParam(required = false) Long entityId,
            @Parameter(description = "action, e.g. CREATE, UPDATE, DELETE, LOGIN, LOAD_REFERENCE_DATA")
            @RequestParam(required = false) String action,
            @Parameter(description = "first day (ISO date, region's time zone), inclusive")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day (ISO date, region's time zone), inclusive")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        AuditFilter filter = AuditFilter.of(user, entityType, entityId, action, from, to);
        ListParams<ListParams.Unsorted> params = ListParams.read(page, size);
        return rows.page(filter, params.page(), params.size());
    }
}
