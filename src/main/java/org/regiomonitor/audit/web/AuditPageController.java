package org.regiomonitor.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.regiomonitor.audit.AuditAction;
import org.regiomonitor.audit.AuditFilter;
import org.regiomonitor.audit.internal.AuditRows;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.web.ListLinks;
import org.regiomonitor.shared.web.ListParams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit page for administrators (the web security chain admits only them under {@code /admin}):
 * the trail filtered by user, entity, action and period, newest first, paged.
 */
@Controller
class AuditPageController {

    /** The entities the trail records (the trigger arguments of V6) and the events' subjects. */
    static final List<String> ENTITY_TYPES = List.of("project", "programme", "theme", "organisation", "voucher_award",
            "funder", "budget_line", "mobilised_investment", "area", "source", "app_user", "api_token",
            "reference_data");

    private final AuditRows rows;

    AuditPageController(AuditRows rows) {
        this.rows = rows;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String user, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String action,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        // Filter values that do not fit mean "no filter", as on the other list pages.
        AuditFilter filter = AuditFilter.of(user, entityType, parseId(entityId), action, parseDate(from),
                parseDate(to));
        ListParams<ListParams.Unsorted> params = ListParams.read(page, size);
        model.addAttribute("filter", filter);
        model.addAttribute("result", params.requireExisting(rows.page(filter, params.page(), params.size())));
        model.addAttribute("links", ListLinks.of("/admin/audit", params).filter("user", filter.user())
                .filter("entityType", filter.entityType()).filter("entityId", filter.entityId())
                .filter("action", filter.action()).filter("from", filter.from()).filter("to", filter.to()));
        model.addAttribute("entityTypes", ENTITY_TYPES);
        model.addAttribute("actions", AuditAction.values());
        return ListLinks.view("audit/list", request, response);
    }

    private static Long parseId(String s) {
        try {
            return Text.isBlank(s) ? null : Long.valueOf(Text.strip(s));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String s) {
        try {
            return Text.isBlank(s) ? null : LocalDate.parse(Text.strip(s));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
