package org.regiomonitor.monitor;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.regiomonitor.audit.AuditAction;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.monitor.imports.CbsOdata4Reader;
import org.regiomonitor.monitor.imports.CbsStatlineCsvReader;
import org.regiomonitor.monitor.imports.EurostatCsvReader;
import org.regiomonitor.monitor.imports.ImportFiles;
import org.regiomonitor.monitor.imports.ImportOptions;
import org.regiomonitor.monitor.imports.TemplateReader;
import org.regiomonitor.monitor.imports.ObservationReader;
import org.regiomonitor.monitor.internal.ObservationImporter;
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

    private final ObservationImporter importer;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    MonitorImports(ObservationImporter importer, TransactionTemplate tx, AuditLog audit) {
        this.importer = importer;
        this.tx = tx;
        this.audit = audit;
    }

    /** What the import would add and change, and its problems; writes nothing. */
    public ImportSummary preview(ImportRequest request) {
        return preview(reader(request), request);
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
        return run(reader(request), request, actor);
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

    /**
     * The reader of the request's format with its options: {@code dataset} names the dataset when the file does
     * not (or names it otherwise); every other option is {@code dimension=code} for a dimension restricted to
     * that code instead of its total.
     */
    static ObservationReader reader(ImportRequest request) {
        Map<String, String> codes = new java.util.LinkedHashMap<>(request.options());
        String dataset = codes.remove("dataset");
        codes.remove(ImportRequest.FROM);
        codes.remove(ImportRequest.TO);
        ImportOptions options = new ImportOptions(dataset, codes);
        return switch (request.format()) {
            case CBS_ODATA4 -> new CbsOdata4Reader(options);
            case CBS_STATLINE_CSV -> new CbsStatlineCsvReader(options);
            case EUROSTAT_CSV -> new EurostatCsvReader(options);
            case TEMPLATE -> new TemplateReader();
        };
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
