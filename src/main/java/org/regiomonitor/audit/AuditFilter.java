package org.regiomonitor.audit;

import static org.regiomonitor.shared.Text.blankToNull;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What to show of the audit trail; every null field means "no filter".
 *
 * @param from first day of the period (in the region's time zone), inclusive
 * @param to   last day of the period, inclusive
 */
public record AuditFilter(String user, String entityType, Long entityId, String action, LocalDate from,
        LocalDate to) {

    /** A filter from request parameters: blank texts mean "no filter"; actions are upper case. */
    public static AuditFilter of(String user, String entityType, Long entityId, String action, LocalDate from,
            LocalDate to) {
        String a = blankToNull(action);
        return new AuditFilter(blankToNull(user), blankToNull(entityType), entityId,
                a == null ? null : a.toUpperCase(Locale.ROOT), from, to);
    }
}
