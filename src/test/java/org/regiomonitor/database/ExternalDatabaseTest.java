package org.regiomonitor.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.regiomonitor.RegiomonitorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code spring.datasource.url} set, the application uses that (external) PostgreSQL, migrates
 * it with Flyway and starts no embedded database of its own.
 */
class ExternalDatabaseTest {

    @Test
    void theStandardDatasourcePropertiesSelectAnExternalDatabase() throws Exception {
        // A separately started PostgreSQL plays the external server.
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegiomonitorApplication.class)
                    .run("--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres", "--server.port=0",
                            "--regiomonitor.reference-data.load-on-empty=false",
                            "--REGIOMONITOR_ADMIN_PASSWORD=external-db-secret-42")) {
                assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            }
            try (Connection c = external.getPostgresDatabase().getConnection();
                    ResultSet rs = c.createStatement().executeQuery(
                            "select (select count(*) from funder_category), (select count(*) from app_user)")) {
                rs.next();
                assertThat(rs.getInt(1)).as("migrated by Flyway").isEqualTo(7);
                assertThat(rs.getInt(2)).as("first administrator created").isEqualTo(1);
            }
        }
    }
}
