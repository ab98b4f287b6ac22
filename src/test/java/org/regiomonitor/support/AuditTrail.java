package org.regiomonitor.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.audit.AuditRecord;

/** Reads the audit trail of one entity through the audit feature's API, for the tests of every feature. */
public final class AuditTrail {

    private final List<AuditRecord> records;

    private AuditTrail(List<AuditRecord> records) {
        this.records = records;
    }

    public static AuditTrail of(AuditLog audit, String entityType, long id) {
        return new AuditTrail(audit.history(entityType, id, 200));
    }

    public List<AuditRecord> records() {
        return records;
    }

    /** The newest record of the action on the table; fails when there is none. */
    public AuditRecord latest(String action, String table) {
        return records.stream().filter(r -> r.action().equals(action) && table.equals(r.tableName())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " of " + table + " in " + records));
    }

    /** Asserts the newest such record names the actor and holds these values before and after. */
    public AuditRecord assertChange(String action, String table, String actor, Map<String, ?> before,
            Map<String, ?> after) {
        AuditRecord r = latest(action, table);
        assertThat(r.actor()).isEqualTo(actor);
        assertThat(r.occurredAt()).isNotNull();
        assertValues(r.before(), before);
        assertValues(r.after(), after);
        return r;
    }

    private static void assertValues(Map<String, Object> actual, Map<String, ?> expected) {
        if (expected == null) {
            assertThat(actual).isNull();
            return;
        }
        assertThat(actual).isNotNull();
        expected.forEach((field, value) -> {
            assertThat(actual).containsKey(field);
            Object found = actual.get(field);
            if (value instanceof Number n && found instanceof Number m) {
                // JSON numbers come back as Integer, Long or Double; 1500 and 1500.00 are the same amount.
                assertThat(new BigDecimal(m.toString())).as(field).isEqualByComparingTo(new BigDecimal(n.toString()));
            } else {
                assertThat(found).as(field).isEqualTo(value);
            }
        });
    }
}
