package org.regiomonitor.audit;

import static org.regiomonitor.db.Tables.AUDIT_EVENT;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.regiomonitor.audit.internal.AuditRows;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's API for the other features. Row changes (create, update, delete with their values)
 * are recorded by the database itself (trigger {@code audit_row_change}, migration V6), so features do
 * not record them; they record here only events that are not row changes (log-ins, rights, loads) and
 * read the history of their entities.
 */
@Service
public class AuditLog {

    /** Records in the history section of a page; the audit page shows the rest. */
    public static final int HISTORY_SIZE = 20;
    /** The authority of administrators (Spring Security's role naming; the security feature grants it). */
    private static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private final DSLContext dsl;
    private final AuditRows rows;

    AuditLog(DSLContext dsl, AuditRows rows) {
        this.dsl = dsl;
        this.rows = rows;
    }

    /**
     * Records an event in the caller's transaction (a change of rights stands or falls with its record).
     * {@code detail} holds what the event is about (e.g. the role before and after); never secrets.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, AuditAction action, String entityType, Long entityId, Map<String, ?> detail) {
        insert(actor, action, entityType, entityId, detail);
    }

    /**
     * Records a security event in its own transaction, so that it stands whatever happens to the
     * caller's work: failed log-ins, throttling, refused writes.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordEvent(String actor, AuditAction action, String entityType, Long entityId,
            Map<String, ?> detail) {
        insert(actor, action, entityType, entityId, detail);
    }

    /**
     * Stops recording row changes for the rest of the caller's transaction, for a bulk load that records
     * one summary event instead (a reference-data load writes thousands of rows; one record per row would
     * bury every other change). Only the loader calls this; the setting ends with the transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void summariseRowChanges() {
        dsl.execute("select set_config('regiomonitor.audit_summary', 'on', true)");
    }

    /**
     * The state of the data: the newest change recorded (row changes, reference-data loads, imports; not log-ins),
     * which a report names so that it can be told which data it was made from. Null when nothing was ever changed.
     */
    @Transactional(readOnly = true)
    public DataState dataState() {
        return rows.dataState();
    }

    /** The newest {@code limit} records of one entity, including changes of its child rows; newest first. */
    public List<AuditRecord> history(String entityType, long entityId, int limit) {
        return rows.history(entityType, entityId, limit);
    }

    /**
     * The history section of an entity's page: the newest {@link #HISTORY_SIZE} records for administrators,
     * null for everyone else (the section is then not shown). The trail is for administrators only.
     */
    public List<AuditRecord> historyForPage(Authentication viewer, String entityType, long entityId) {
        boolean admin = viewer != null && viewer.isAuthenticated() && viewer.getAuthorities().stream()
                .anyMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()));
        return admin ? history(entityType, entityId, HISTORY_SIZE) : null;
    }

    private void insert(String actor, AuditAction action, String entityType, Long entityId, Map<String, ?> detail) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.USERNAME, actor == null || actor.isBlank() ? AuditRows.SYSTEM : actor)
                .set(AUDIT_EVENT.ACTION, action.name())
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.DETAIL, detail == null ? null : JSONB.jsonb(rows.json(detail)))
                .execute();
    }
}
