package org.regiomonitor.monitor;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.regiomonitor.audit.AuditAction;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.monitor.imports.ImportFiles;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.regiomonitor.monitor.imports.ObservationReader;
import org.regiomonitor.monitor.internal.ObservationImporter;
import org.regiomonitor.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of observations (CBS OData v4, CBS StatLine CSV, Eurostat, the template): preview what would change, or
 * run it. Both read the whole import in one transaction; a preview always rolls back, a run commits only when
 * there is no problem and something changed. So an import is all or nothing, and re-importing the same files
 * writes nothing and says so.
 */
@Service
public class MonitorImports {

    private final Map<ImportFormat, ObservationReader> readers;
    private final ObservationImporter importer;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    MonitorImports(List<ObservationReader> readers, ObservationImporter importer, TransactionTemplate tx,
            AuditLog audit) {
        this.readers = new java.util.EnumMap<>(ImportFormat.class);
        readers.forEach(r -> this.readers.put(r.format(), r));
        this.importer = importer;
        this.tx = tx;
        this.audit = audit;
    }

    /** What the import would add and change, and its problems; writes nothing. */
    public ImportSummary preview(ImportRequest request) {
        return preview(reader(request.format()), request);
    }

    /** As {@link #preview(ImportRequest)} with a reader of the caller's. */
    public ImportSummary preview(ObservationReader reader, ImportRequest request) {
        String checksum = checksum(request.files());
        return tx.execute(status -> {
            status.setRollbackOnly();
            return importer.run(reader, request, checksum, false, null);
        });
    }

    /** Runs the import: all of it, or (with any problem, or when nothing changes) nothing. */
    public ImportSummary run(ImportRequest request, String actor) {
        return run(reader(request.format()), request, actor);
    }

    /** As {@link #run(ImportRequest, String)} with a reader of the caller's. */
    public ImportSummary run(ObservationReader reader, ImportRequest request, String actor) {
        String checksum = checksum(request.files());
        return tx.execute(status -> {
            ImportSummary summary = importer.run(reader, request, checksum, true, actor);
            if (summary.written()) {
                audit.record(actor, AuditAction.IMPORT_OBSERVATIONS, "observation_release", summary.releaseId(),
                        Map.of("format", summary.format().name(), "label", summary.label(), "added", summary.added(),
                                "changed", summary.changed(), "unchanged", summary.unchanged()));
            } else {
                status.setRollbackOnly();
            }
            return summary;
        });
    }

    private ObservationReader reader(ImportFormat format) {
        ObservationReader reader = readers.get(format);
        if (reader == null) {
            throw new NotFoundException("import format", String.valueOf(format));
        }
        return reader;
    }

    /** SHA-256 over the names and bytes of all files, in name order. */
    static String checksum(ImportFiles files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (String name : files.names().stream().sorted().toList()) {
                sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try (InputStream in = files.open(name)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
