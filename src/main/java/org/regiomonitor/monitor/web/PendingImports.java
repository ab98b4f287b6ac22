package org.regiomonitor.monitor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploads previewed on the import screen and waiting for "Import": the bytes in a file under the application's
 * data folder named by a random token, so that the import runs on exactly the file previewed without sending it
 * twice. A pending upload belongs to the user who sent it, is deleted when it is imported, refused or replaced,
 * and after {@link #KEPT} at the latest (also files a stopped process left behind).
 */
@Component
class PendingImports {

    static final Duration KEPT = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    record Pending(String token, Path file, String name, ImportFormat format, String source, String user,
            Instant at) {
    }

    private final Path folder;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    PendingImports(@Value("${regiomonitor.embedded-postgres.data-dir:./data}") Path dataDir, Clock clock) {
        this.folder = dataDir.toAbsolutePath().normalize().resolve("monitor-imports");
        this.clock = clock;
    }

    /** Keeps the upload; returns it with its token. */
    Pending keep(InputStream upload, String name, ImportFormat format, String source, String user) throws IOException {
        expire();
        Files.createDirectories(folder);
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Path file = folder.resolve(token + ".upload");
        try (upload) {
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
        }
        Pending p = new Pending(token, file, name, format, source, user, clock.instant());
        pending.put(token, p);
        return p;
    }

    /** The user's pending upload with this token, if it is still kept. */
    Optional<Pending> find(String token, String user) {
        expire();
        Pending p = token == null ? null : pending.get(token);
        return p == null || !p.user().equals(user) ? Optional.empty() : Optional.of(p);
    }

    void delete(Pending p) {
        pending.remove(p.token());
        try {
            Files.deleteIfExists(p.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes what is older than {@link #KEPT}, kept by this process or left by an earlier one. */
    void expire() {
        Instant limit = clock.instant().minus(KEPT);
        pending.values().stream().filter(p -> p.at().isBefore(limit)).toList().forEach(this::delete);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (Files.getLastModifiedTime(f).toInstant().isBefore(limit)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return folder;
    }
}
