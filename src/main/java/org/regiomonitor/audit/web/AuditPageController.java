package org.regiomonitor.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.regiomonitor.audit.AuditAction;
import org.regiomonitor.audit.AuditFilter;
import org.regiomonitor.audit.internal.AuditRows;
import org.regiomonitor.shared.PageParams;
import org.regiomonitor.shared.Text;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

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
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageParams.DEFAULT_SIZE) int size, Model model) {
        // Filter values that do not fit mean "no filter", as on the other list pages.
        AuditFilter filter = AuditFilter.of(user, entityType, parseId(entityId), action, parseDate(from),
                parseDate(to));
        int pageSize = PageParams.size(size);
        model.addAttribute("filter", filter);
        model.addAttribute("result", rows.page(filter, PageParams.page(page), pageSize));
        model.addAttribute("links", new Links(filter, pageSize));
        model.addAttribute("entityTypes", ENTITY_TYPES);
        model.addAttribute("actions", AuditAction.values());
        return "audit/list";
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

    /** Addresses of the pages of the list with the current filters, for the pager. */
    public record Links(AuditFilter filter, int size) {

        public String page(int page) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/admin/audit");
            add(b, "user", filter.user());
            add(b, "entityType", filter.entityType());
            add(b, "entityId", filter.entityId());
            add(b, "action", filter.action());
            add(b, "from", filter.from());
            add(b, "to", filter.to());
            add(b, "page", page == 0 ? null : page);
            add(b, "size", size == PageParams.DEFAULT_SIZE ? null : size);
            return b.encode().build().toUriString();
        }

        private static void add(UriComponentsBuilder b, String name, Object value) {
            if (value != null) {
                b.queryParam(name, value);
            }
        }
    }
}
