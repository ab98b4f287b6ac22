package org.regiomonitor.audit;

import java.time.LocalDate;

/**
 * What to show of the audit trail; every null field means "no filter".
 *
 * @param from first day of the period (in the region's time zone), inclusive
 * @param to   last day of the period, inclusive
 */
public record AuditFilter(String user, String entityType, Long entityId, String action, LocalDate from,
        LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);
}
