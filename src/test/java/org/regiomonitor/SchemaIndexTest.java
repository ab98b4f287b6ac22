package org.regiomonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every foreign key is the leading column of an index, so joins and cascades never scan whole tables. */
@IntegrationTest
class SchemaIndexTest {

    @Autowired
    DSLContext dsl;

    @Test
    void everyForeignKeyHasAnIndex() {
        List<String> unindexed = dsl.fetch("""
                select c.conrelid::regclass || '.' || a.attname as fk
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f'
                  and c.connamespace = 'public'::regnamespace
                  and not exists (select 1 from pg_index i
                                  where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                order by 1
                """).getValues(0, String.class);
        assertThat(unindexed).isEmpty();
    }
}
