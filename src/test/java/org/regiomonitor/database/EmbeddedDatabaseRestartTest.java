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
            programmes = count(dsl, "select count(*) from programme");
            assertThat(programmes).isPositive();
            dsl.execute("insert into source (code, title, kind) values ('RESTART-TEST', 'Kept across restarts', 'DOCUMENT')");
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();

        try (ConfigurableApplicationContext second = start()) {
            DSLContext dsl = second.getBean(DSLContext.class);
            assertThat(count(dsl, "select count(*) from source where code = 'RESTART-TEST'")).isOne();
            assertThat(count(dsl, "select count(*) from programme")).isEqualTo(programmes);
            assertThat(count(dsl, "select count(*) from app_user where username = 'admin'")).isOne();
        }
    }

    private static long count(DSLContext dsl, String sql) {
        return dsl.fetchSingle(sql).get(0, Long.class);
    }

    private ConfigurableApplicationContext start() {
        // command-line arguments, since they override application.properties (default properties do not)
        return new SpringApplicationBuilder(RegiomonitorApplication.class)
                .run("--regiomonitor.embedded-postgres.data-dir=" + dataDir, "--server.port=0",
                        "--REGIOMONITOR_ADMIN_PASSWORD=restart-db-secret-42");
    }
}
