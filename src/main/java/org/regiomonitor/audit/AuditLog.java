package org.regiomonitor.audit;

import static org.regiomonitor.db.Tables.AUDIT_EVENT;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records changes in the caller's transaction, so a change and its audit record stand or fall together. */
@Service
public class AuditLog {

    private final DSLContext dsl;

    AuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String username, String action, String entityType, Long entityId, String detail) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.USERNAME, username)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.DETAIL, detail)
                .execute();
    }

    /**
     * Records an event in the caller's transaction (a change of rights stands or falls with its record).
     * {@code detail} holds what the event is about (e.g. the role before and after); never secrets.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, AuditAction action, String entityType, Long entityId,
            java.util.Map<String, ?> detail) {
        record(actor, action.name(), entityType, entityId, detail == null ? null : detail.toString());
    }

    /**
     * Records a security event in its own transaction, so that it stands whatever happens to the
     * caller's work: failed log-ins, throttling, refused writes.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordEvent(String actor, AuditAction action, String entityType, Long entityId,
            java.util.Map<String, ?> detail) {
        record(actor, action.name(), entityType, entityId, detail == null ? null : detail.toString());
    }
}
