package org.regiomonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every stored total is marked dirty by the one trigger function, mark_dirty (V49), with arguments that name a real
 * state table and its primary key: a new kind of stored total takes this function rather than a copy of it.
 */
@IntegrationTest
class MarkDirtyTriggersTest {

    @Autowired
    DSLContext dsl;

    @Test
    void everyMarkDirtyTriggerCallsTheOneFunctionWithItsStateTableAndKeys() {
        List<String> functions = dsl.fetch("""
                select distinct p.proname from pg_trigger tg join pg_proc p on p.oid = tg.tgfoid
                where not tg.tgisinternal and p.proname like '%dirty%' order by 1
                """).getValues(0, String.class);
        assertThat(functions).containsExactly("mark_dirty");

        List<Record> triggers = dsl.fetch("""
                select tg.tgname, tg.tgnargs, tg.tgargs
                from pg_trigger tg join pg_proc p on p.oid = tg.tgfoid
                where not tg.tgisinternal and p.proname = 'mark_dirty' order by 1
                """);
        assertThat(triggers).hasSizeGreaterThan(50);
        for (Record t : triggers) {
            String what = t.get(0, String.class);
            assertThat(t.get(1, Integer.class)).as(what).isBetween(3, 4);
            // the arguments, each ended by a zero byte
            String[] args = new String(t.get(2, byte[].class), StandardCharsets.UTF_8).split("\0");
            String state = args[0];
            String keys = args[1];
            String primaryKey = dsl.fetchOptional("""
                    select string_agg(a.attname, ', ' order by k.n) from pg_index i
                    cross join unnest(i.indkey) with ordinality k(attnum, n)
                    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                    where i.indrelid = to_regclass(?) and i.indisprimary
                    """, state).map(r -> r.get(0, String.class)).orElse(null);
            assertThat(primaryKey).as(what + ": the primary key of " + state).isEqualTo(keys);
            assertThat(dsl.fetchExists(dsl.selectFrom("information_schema.columns")
                    .where("table_name = ? and column_name = 'dirty'", state)))
                    .as(what + ": " + state + ".dirty").isTrue();
        }
    }
}
