package org.regiomonitor.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One record of the audit trail.
 *
 * @param actor      the user who acted, or "system"
 * @param action     an {@link AuditAction} name (records written before V6 may hold older labels)
 * @param entityType the entity the record is about, e.g. "project"; child rows are recorded against their
 *                   entity (a project's partners against the project)
 * @param tableName  the table of the changed row (e.g. "project_partner"); null for events
 * @param before     changed fields before the change (the whole row for a delete); null for a create
 * @param after      changed fields after the change (the whole row for a create); null for a delete
 * @param detail     what an event is about (e.g. counts per table of a reference-data load)
 */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, String entityType,
        Long entityId, String tableName, Map<String, Object> before, Map<String, Object> after,
        Map<String, Object> detail) {

    /** A field before and after the change; either side is null when the field did not exist then. */
    public record FieldChange(String field, Object before, Object after) {
    }

    /** The changed fields, each with its value before and after, for showing "from → to". */
    public List<FieldChange> changes() {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        List<FieldChange> out = new ArrayList<>(fields.size());
        for (String f : fields) {
            out.add(new FieldChange(f, before == null ? null : before.get(f), after == null ? null : after.get(f)));
        }
        return out;
    }

    /** True when the change is to a child row of the entity (a partner of a project, a revision of a line). */
    public boolean isChildRow() {
        return tableName != null && !tableName.equals(entityType);
    }
}
