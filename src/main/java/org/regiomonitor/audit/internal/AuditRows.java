package org.regiomonitor.audit.internal;

import static org.regiomonitor.db.Tables.AUDIT_EVENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.regiomonitor.audit.AuditAction;
import org.regiomonitor.audit.AuditFilter;
import org.regiomonitor.audit.AuditRecord;
import org.regiomonitor.shared.Formats;
import org.regiomonitor.shared.PageResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail (the audit feature owns {@code audit_event}) and turns its jsonb into maps. */
@Component
public class AuditRows {

    /** The actor of changes that no logged-in user made (start-up, loads, scheduled work). */
    public static final String SYSTEM = "system";

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final JsonMapper json;

    AuditRows(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /** The newest change (not a log-in or another security event); null when there is none. */
    public org.regiomonitor.audit.DataState dataState() {
        return dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.in(CHANGES))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1)
                .fetchOptional(r -> new org.regiomonitor.audit.DataState(r.value1(), r.value2())).orElse(null);
    }

    private static final List<String> CHANGES = java.util.stream.Stream.of(AuditAction.CREATE, AuditAction.UPDATE,
            AuditAction.DELETE, AuditAction.LOAD_REFERENCE_DATA, AuditAction.IMPORT_OBSERVATIONS).map(Enum::name).toList();

    public List<AuditRecord> history(String entityType, long entityId, int limit) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(entityType)).and(AUDIT_EVENT.ENTITY_ID.eq(entityId))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(this::toRecord);
    }

    /** One page of the records that pass the filter, newest first, with the total count (one snapshot). */
    @Transactional(readOnly = true)
    public PageResult<AuditRecord> page(AuditFilter filter, int page, int size) {
        Condition where = condition(filter);
        long total = dsl.fetchCount(AUDIT_EVENT, where);
        List<AuditRecord> items = dsl.selectFrom(AUDIT_EVENT).where(where)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(size).offset((long) page * size)
                .fetch(this::toRecord);
        return new PageResult<>(items, page, size, total);
    }

    public String json(Map<String, ?> value) {
        return json.writeValueAsString(value);
    }

    private static Condition condition(AuditFilter f) {
        List<Condition> c = new ArrayList<>();
        if (f.user() != null) {
            c.add(AUDIT_EVENT.USERNAME.eq(f.user()));
        }
        if (f.entityType() != null) {
            c.add(AUDIT_EVENT.ENTITY_TYPE.eq(f.entityType()));
        }
        if (f.entityId() != null) {
            c.add(AUDIT_EVENT.ENTITY_ID.eq(f.entityId()));
        }
        if (f.action() != null) {
            c.add(AUDIT_EVENT.ACTION.eq(f.action()));
        }
        // Days are the region's days, as the page shows the moments.
        if (f.from() != null) {
            c.add(AUDIT_EVENT.OCCURRED_AT.ge(f.from().atStartOfDay(Formats.ZONE).toInstant()));
        }
        if (f.to() != null) {
            c.add(AUDIT_EVENT.OCCURRED_AT.lt(f.to().plusDays(1).atStartOfDay(Formats.ZONE).toInstant()));
        }
        return DSL.and(c);
    }

    private AuditRecord toRecord(Record r) {
        return new AuditRecord(r.get(AUDIT_EVENT.ID), r.get(AUDIT_EVENT.OCCURRED_AT), r.get(AUDIT_EVENT.USERNAME),
                r.get(AUDIT_EVENT.ACTION), r.get(AUDIT_EVENT.ENTITY_TYPE), r.get(AUDIT_EVENT.ENTITY_ID),
                r.get(AUDIT_EVENT.TABLE_NAME), map(r.get(AUDIT_EVENT.BEFORE)), map(r.get(AUDIT_EVENT.AFTER)),
                map(r.get(AUDIT_EVENT.DETAIL)));
    }

    private Map<String, Object> map(JSONB value) {
        return value == null ? null : json.readValue(value.data(), MAP);
    }
}
