/** The audit trail: who changed what, when. Features record their changes through {@link org.regiomonitor.audit.AuditLog}. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.regiomonitor.audit;
