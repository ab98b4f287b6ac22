package org.regiomonitor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every table the application edits has the audit trigger, so a table added by a later migration cannot be
 * changed without a trace. The exceptions hold no business data: the trail itself, Flyway's history, fixed
 * lookup rows written by migrations, and the bookkeeping of sessions, log-in attempts (log-ins are
 * recorded as events instead), reminders sent (written by the reminder job, never edited) and the
 * programme totals derived from audited rows in the same transaction.
 */
@IntegrationTest
class AuditCoverageTest {

    static final Set<String> NOT_AUDITED = Set.of("audit_event", "flyway_schema_history", "funder_category",
            "spring_session", "spring_session_attributes", "login_attempt", "update_reminder",
            "programme_result_state", "programme_result_total", "programme_result_area_total",
            "programme_result_source",
            // stored totals, derived from audited rows in the same transaction (issue 10)
            "finance_total_state", "finance_total", "finance_total_source", "region_result_state",
            "region_result_total", "region_result_area_total", "region_result_source", "project_count",
            "theme_result_state", "theme_result_total", "theme_result_area_total", "theme_result_source",
            "budget_line_count", "table_row_count",
            // the monitor's figures come in bulk imports: each import is one release (who, when, files, checksum,
            // counts) with an audit event, and a replaced figure is kept in observation_revision (issue 8)
            "observation", "observation_release", "observation_revision",
            // the monitor's figures from members and figure counts, derived in the same transaction (issue 10)
            "monitor_period_state", "monitor_region_state", "monitor_member_figure",
            // a background job's progress (issue 9): what it makes are report snapshots, audited one by one
            "report_job",
            // issue 10: which instance ran a scheduled job when; an upload waiting an hour at most for "Import" (the
            // import itself is the audited release)
            "scheduled_run", "monitor_pending_import");

    @Autowired
    DSLContext dsl;

    @Test
    void everyEditableTableHasTheAuditTrigger() {
        List<String> tables = dsl.fetch("""
                select c.relname
                from pg_class c
                where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
                  and not exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                                  where t.tgrelid = c.oid and p.proname = 'audit_row_change')
                order by 1
                """).getValues(0, String.class);
        assertThat(tables).as("the query sees tables without the trigger").contains("audit_event");
        assertThat(tables).filteredOn(t -> !NOT_AUDITED.contains(t)).isEmpty();
    }
}
