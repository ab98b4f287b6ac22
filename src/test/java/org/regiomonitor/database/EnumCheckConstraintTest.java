package org.regiomonitor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.regiomonitor.db.DefaultSchema;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Enum values are defined once: every status or kind column that the database restricts to a list of
 * values is typed by jOOQ as a Java enum, and the list equals that enum's constants, so the two cannot drift.
 */
@IntegrationTest
class EnumCheckConstraintTest {

    /** How PostgreSQL shows {@code col in ('A', 'B')}: {@code ((col)::text = ANY ((ARRAY['A'::character varying, ...} */
    private static final Pattern IN_LIST = Pattern.compile("= ANY \\(+ARRAY\\[");
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    @Autowired
    DSLContext dsl;

    @Test
    void everyCheckedValueListEqualsTheConstantsOfTheColumnsEnum() {
        Map<String, Set<String>> allowedByColumn = checkedValueLists();
        Map<String, Set<String>> enumByColumn = enumTypedColumns();

        assertThat(allowedByColumn).as("columns with a check constraint listing values").isNotEmpty();
        // both directions: no checked list without an enum, no enum-typed column without its check
        assertThat(enumByColumn.keySet()).isEqualTo(allowedByColumn.keySet());
        allowedByColumn.forEach((column, allowed) ->
                assertThat(allowed).as(column).isEqualTo(enumByColumn.get(column)));
        assertThat(allowedByColumn).containsKeys("project.status", "project_status_change.from_status",
                "project_status_change.to_status", "voucher_award.recipient_kind", "app_user.role",
                "area_statistic.statistic");
    }

    @Test
    void aValueOutsideTheEnumIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> dsl.execute("insert into project (title, status) values ('Enum test', 'ARCHIVED')"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("project_status_check");
        assertThatThrownBy(() -> dsl.execute("""
                with p as (insert into project (title, status) values ('Enum test', 'RUNNING') returning id)
                insert into project_status_change (project_id, from_status, to_status, changed_on, changed_by)
                select id, 'RUNNING', 'PAUSED', current_date, 'test' from p
                """))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("project_status_change_to_status_check");
        assertThatThrownBy(() -> dsl.execute(
                "insert into app_user (username, password_hash, role) values ('enum-test', 'x', 'admin')"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("app_user_role_check");
        assertThat(dsl.fetchCount(dsl.selectFrom("project").where("title = 'Enum test'"))).isZero();
    }

    /** "table.column" to the values its single-column check constraint of the form {@code col IN (...)} allows. */
    private Map<String, Set<String>> checkedValueLists() {
        Map<String, Set<String>> result = new TreeMap<>();
        dsl.fetch("""
                select c.conrelid::regclass::text as tab, a.attname as col, pg_get_constraintdef(c.oid) as def
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'c' and c.connamespace = 'public'::regnamespace and cardinality(c.conkey) = 1
                """).forEach(r -> {
            String def = r.get("def", String.class);
            if (IN_LIST.matcher(def).find()) {
                Set<String> values = new TreeSet<>();
                Matcher m = LITERAL.matcher(def);
                while (m.find()) {
                    values.add(m.group(1).replace("''", "'"));
                }
                result.put(r.get("tab", String.class) + "." + r.get("col", String.class), values);
            }
        });
        return result;
    }

    /** "table.column" to the constant names of the enum jOOQ maps the column to. */
    private static Map<String, Set<String>> enumTypedColumns() {
        Map<String, Set<String>> result = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (Field<?> field : table.fields()) {
                if (field.getType().isEnum()) {
                    result.put(table.getName() + "." + field.getName(), Arrays.stream(field.getType().getEnumConstants())
                            .map(e -> ((Enum<?>) e).name()).collect(Collectors.toCollection(TreeSet::new)));
                }
            }
        }
        return result;
    }
}
