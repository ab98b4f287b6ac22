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
}
