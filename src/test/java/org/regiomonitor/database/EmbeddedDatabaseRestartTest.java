package org.regiomonitor.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiomonitor.RegiomonitorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded PostgreSQL keeps its data in the data folder across restarts, and the first-start
 * work (reference data, first administrator) happens once, not at every start.
 */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartAndTheReferenceDataIsLoadedOnce() {
        long programmes;
        try (ConfigurableApplicationContext first = start()) {
            DSLContext dsl = first.getBean(DSLContext.class);
            programmes = dsl.fetchValue("select count(*) from programme", Long.class);
            assertThat(programmes).isPositive();
            dsl.execute("insert into source (code, title, kind) values ('RESTART-TEST', 'Kept across restarts', 'DOCUMENT')");
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();

        try (ConfigurableApplicationContext second = start()) {
            DSLContext dsl = second.getBean(DSLContext.class);
            assertThat(dsl.fetchValue("select count(*) from source where code = 'RESTART-TEST'", Long.class)).isOne();
            assertThat(dsl.fetchValue("select count(*) from programme", Long.class)).isEqualTo(programmes);
            assertThat(dsl.fetchValue("select count(*) from app_user where username = 'admin'", Long.class)).isOne();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RegiomonitorApplication.class)
                .properties("regiomonitor.embedded-postgres.data-dir=" + dataDir,
                        "server.port=0",
                        "REGIOMONITOR_ADMIN_PASSWORD=restart-admin-password")
                .run();
    }
}
