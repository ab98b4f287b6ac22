package org.regiomonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every index that UniqueViolations turns into a field error exists as a unique index (a rename breaks this). */
@IntegrationTest
class UniqueViolationsIndexTest {

    @Autowired
    DSLContext dsl;

    @Test
    void everyMappedIndexIsAUniqueIndexOfTheSchema() {
        List<String> unique = dsl.fetch("""
                select i.relname from pg_index x join pg_class i on i.oid = x.indexrelid
                where x.indisunique and i.relnamespace = 'public'::regnamespace
                """).getValues(0, String.class);
        assertThat(unique).containsAll(UniqueViolations.BY_INDEX.keySet());
    }
}
