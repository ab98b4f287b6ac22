package org.regiomonitor.audit.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.regiomonitor.audit.AuditRecord;
import org.regiomonitor.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows audit records readably in templates ({@code ${@auditFmt...}}): names of fields, entities and
 * actions from the message bundles (the raw name when a bundle has none), values as the page shows them
 * elsewhere (dates in the language's pattern, yes/no, numbers), and the page of each entity.
 */
@Component("auditFmt")
public class AuditFormat {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    /** Where each entity is shown; entities without a page of their own by id have none. */
    private static final Map<String, String> PAGES = Map.of(
            "project", "/projects/%d",
            "programme", "/programmes/%d",
            "theme", "/themes/%d",
            "organisation", "/organisations/%d",
            "voucher_award", "/vouchers/%d/edit",
            "budget_line", "/finance/budget-lines/%d",
            "funder", "/finance/funders/%d/edit",
            "mobilised_investment", "/finance/mobilised/%d/edit",
            "app_user", "/admin/users/%d");

    /** Fields that hold the id of another entity, so that the value can link to that entity's page. */
    private static final Map<String, String> REFERENCES = Map.ofEntries(
            Map.entry("organisation_id", "organisation"), Map.entry("lead_organisation_id", "organisation"),
            Map.entry("owner_organisation_id", "organisation"), Map.entry("programme_id", "programme"),
            Map.entry("linked_programme_id", "programme"), Map.entry("project_id", "project"),
            Map.entry("theme_id", "theme"), Map.entry("funder_id", "funder"), Map.entry("budget_line_id", "budget_line"),
            Map.entry("user_id", "app_user"));

    private final MessageSource messages;
    private final Formats fmt;

    AuditFormat(MessageSource messages, Formats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    public String field(String name) {
        return message("audit.field." + name, name.replace('_', ' '));
    }

    public String entity(String type) {
        return message("audit.entity." + type, type.replace('_', ' '));
    }

    public String action(String action) {
        return message("audit.action." + action, action);
    }

    /** The action, and for a child row which part of the entity it touched ("Partner added"). */
    public String what(AuditRecord r) {
        return r.isChildRow() ? action(r.action()) + " · " + entity(r.tableName()) : action(r.action());
    }

    public String moment(AuditRecord r) {
        return fmt.dateTime(r.occurredAt());
    }

    /** The address of the entity's page, or null when it has none. */
    public String page(String entityType, Long id) {
        String pattern = PAGES.get(entityType);
        return pattern == null || id == null ? null : pattern.formatted(id);
    }

    /** The page of the entity a field's value refers to (e.g. the organisation of organisation_id), or null. */
    public String reference(String field, Object value) {
        String type = REFERENCES.get(field);
        return type != null && value instanceof Number id ? page(type, id.longValue()) : null;
    }

    public String value(Object v) {
        return switch (v) {
            case null -> Formats.UNKNOWN;
            case Boolean b -> message(b ? "audit.yes" : "audit.no", b.toString());
            case Number n -> fmt.number(new BigDecimal(n.toString()));
            case Map<?, ?> m -> m.entrySet().stream().map(e -> e.getKey() + ": " + value(e.getValue()))
                    .collect(Collectors.joining(", "));
            case Collection<?> c -> c.stream().map(this::value).collect(Collectors.joining(", "));
            case String s when DATE.matcher(s).matches() -> date(s);
            case String s when MOMENT.matcher(s).matches() -> moment(s);
            default -> v.toString();
        };
    }

    private String date(String s) {
        try {
            return fmt.date(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return s;
        }
    }

    private String moment(String s) {
        try {
            return fmt.dateTime(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            return s;
        }
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
