package org.regiomonitor.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDir the folder that keeps the database across restarts ({@code REGIOMONITOR_DATA_DIR})
 * @param port    the port to listen on; 0 picks a free one
 * @param clean   start from an empty database every time (tests)
 */
@ConfigurationProperties("regiomonitor.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean) {
}
