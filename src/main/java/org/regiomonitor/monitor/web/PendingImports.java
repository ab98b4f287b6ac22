package org.regiomonitor.monitor.web;

import static org.regiomonitor.db.Tables.MONITOR_PENDING_IMPORT;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.springframework.stereotype.Component;

/**
 * Uploads previewed on the import screen and waiting for "Import": the bytes in PostgreSQL under a random token, so
 * that the import runs on exactly the file previewed without sending it twice, on whichever instance the "Import"
 * reaches. A pending upload belongs to the user who sent it, is deleted when it is imported, refused or replaced, and
 * after {@link #KEPT} at the latest. Uploads are at most {@code spring.servlet.multipart.max-file-size}.
 */
@Component
class PendingImports {

    static final Duration KEPT = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A kept upload with its bytes. */
    record Pending(String token, String name, ImportFormat format, String source, String user, byte[] content) {
    }

    private final DSLContext dsl;
    private final Clock clock;

    PendingImports(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Keeps the upload; returns it with its token. */
    Pending keep(InputStream upload, String name, ImportFormat format, String source, String user) throws IOException {
        expire();
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        byte[] content;
        try (upload) {
            content = upload.readAllBytes();
        }
        Pending p = new Pending(HexFormat.of().formatHex(random), name, format, source, user, content);
        dsl.insertInto(MONITOR_PENDING_IMPORT).set(MONITOR_PENDING_IMPORT.TOKEN, p.token())
                .set(MONITOR_PENDING_IMPORT.USERNAME, user).set(MONITOR_PENDING_IMPORT.FILE_NAME, name)
                .set(MONITOR_PENDING_IMPORT.FORMAT, format.name()).set(MONITOR_PENDING_IMPORT.SOURCE, source)
                .set(MONITOR_PENDING_IMPORT.CONTENT, content).set(MONITOR_PENDING_IMPORT.CREATED_AT, clock.instant())
                .execute();
        return p;
    }

    /** The user's pending upload with this token, if it is still kept. */
    Optional<Pending> find(String token, String user) {
        expire();
        return token == null ? Optional.empty()
                : dsl.selectFrom(MONITOR_PENDING_IMPORT)
                        .where(MONITOR_PENDING_IMPORT.TOKEN.eq(token)).and(MONITOR_PENDING_IMPORT.USERNAME.eq(user))
                        .fetchOptional(r -> new Pending(r.getToken(), r.getFileName(), ImportFormat.valueOf(r.getFormat()), r.getSource(),
                                r.getUsername(), r.getContent()));
    }

    void delete(Pending p) {
        dsl.deleteFrom(MONITOR_PENDING_IMPORT).where(MONITOR_PENDING_IMPORT.TOKEN.eq(p.token())).execute();
    }

    /** Deletes what is older than {@link #KEPT}. */
    private void expire() {
        dsl.deleteFrom(MONITOR_PENDING_IMPORT)
                .where(MONITOR_PENDING_IMPORT.CREATED_AT.lt(clock.instant().minus(KEPT))).execute();
    }
}
