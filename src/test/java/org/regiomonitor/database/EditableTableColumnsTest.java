package org.regiomonitor.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every editable table has created_at, updated_at and version, and updated_at is set one way: by the
 * database's set_updated_at() trigger on every update (V7__constraints.sql explains which tables are editable).
 */
@IntegrationTest
class EditableTableColumnsTest {

    static final List<String> EDITABLE = List.of("area", "organisation", "programme", "theme", "project",
            "voucher_award", "funder", "budget_line", "mobilised_investment", "app_user",
            // results (V13); the reference data has no rows in them yet, ResultsSchemaTest updates one of each
            "catalogue_indicator", "reporting_period", "disaggregation_dimension", "result", "indicator",
            "result_update",
            // the monitor (V23): edited by analysts
            "monitor_indicator", "indicator_set", "stated_observation", "monitor_baseline", "monitor_target",
            // the NPVR plan (V25)
            "npvr_theme", "npvr_task", "npvr_milestone",
            // reports (V28): definitions and their council letters
            "report", "report_council");

    /** The tables above that the reference data fills, for the trigger test that updates an existing row. */
    static final List<String> WITH_REFERENCE_ROWS = EDITABLE.subList(0, 10);

    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyEditableTableHasCreatedAtUpdatedAtAndVersion() {
        for (String table : EDITABLE) {
            List<String> columns = dsl.fetch("""
                    select column_name, data_type, is_nullable, column_default is not null as has_default
                    from information_schema.columns
                    where table_schema = 'public' and table_name = ?
                      and column_name in ('created_at', 'updated_at', 'version')
                    order by column_name
                    """, table)
                    .map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3));
            assertThat(columns).as(table).containsExactly(
                    "created_at timestamp with time zone NO true",
                    "updated_at timestamp with time zone NO true",
                    "version integer NO true");
        }
    }

    /** Every editable table has its set_updated_at trigger (the test above shows what it does). */
    @Test
    void everyEditableTableHasTheUpdatedAtTrigger() {
        List<String> withTrigger = dsl.fetch("""
                select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                join pg_proc p on p.oid = t.tgfoid
                where p.proname = 'set_updated_at' and c.relnamespace = 'public'::regnamespace
                """).getValues(0, String.class);
        assertThat(withTrigger).containsAll(EDITABLE);
    }

    /** A table with optimistic locking (a version column) is edited by users, so it belongs to the list. */
    @Test
    void theListNamesEveryTableWithAVersion() {
        List<String> versioned = dsl.fetch("""
                select table_name from information_schema.columns
                where table_schema = 'public' and column_name = 'version'
                  and table_name <> 'flyway_schema_history'
                """).getValues(0, String.class);
        assertThat(versioned).containsExactlyInAnyOrderElementsOf(EDITABLE);
    }

    @Test
    void updatedAtMovesOnEveryUpdateWhateverTheStatementSets() {
        for (String table : WITH_REFERENCE_ROWS) {
            transactions.executeWithoutResult(status -> {
                Long id = dsl.fetchSingle("select min(id) from " + table).get(0, Long.class);
                assertThat(id).as("a row in " + table + " (the reference data has one)").isNotNull();
                // the statement tries to set an old time: the trigger sets the time of the update instead
                Instant updated = dsl.fetchSingle("update " + table + " set updated_at = timestamptz '" + LONG_AGO
                        + "' where id = ? returning updated_at", id).get(0, Instant.class);
                Instant now = dsl.select(DSL.currentInstant()).fetchSingle().value1();
                assertThat(updated).as(table).isEqualTo(now);
                status.setRollbackOnly();
            });
        }
    }
}
