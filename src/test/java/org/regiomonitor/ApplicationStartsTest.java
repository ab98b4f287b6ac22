package org.regiomonitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.regiomonitor.support.IntegrationTest;

@IntegrationTest
class ApplicationStartsTest {

    @Autowired
    DSLContext dsl;

    @Test
    void migratesTheEmbeddedDatabase() {
        assertThat(dsl.fetchValue("select count(*) from funder_category", Integer.class)).isEqualTo(7L);
    }
}
