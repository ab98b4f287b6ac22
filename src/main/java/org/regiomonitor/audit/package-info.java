/**
 * The audit trail: who changed what, when. Features record their changes through
 * {@link org.regiomonitor.audit.AuditLog}. Owns {@code audit_event}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.AuditEvent.class})
package org.regiomonitor.audit;
