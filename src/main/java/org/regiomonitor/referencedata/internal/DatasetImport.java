package org.regiomonitor.referencedata.internal;

import static org.regiomonitor.db.Tables.SOURCE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.regiomonitor.audit.AuditAction;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.referencedata.LoadReport;
import org.regiomonitor.referencedata.ReferenceDataAlreadyLoadedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One all-or-nothing import of a dataset: serialise concurrent imports, refuse when any of the
 * dataset's keys already exist, validate everything, then write everything, in one transaction.
 */
@Component
public class DatasetImport {

    private static final Logger log = LoggerFactory.getLogger(DatasetImport.class);

    /** Key of the PostgreSQL advisory lock that serialises imports (two admins pressing "load" at once). */
    private static final long LOCK_KEY = 0x5245_4644_4154_41L;

    private final DSLContext dsl;
    private final ReferenceDataWriter writer;
    private final AuditLog audit;

    DatasetImport(DSLContext dsl, ReferenceDataWriter writer, AuditLog audit) {
        this.dsl = dsl;
        this.writer = writer;
        this.audit = audit;
    }

    @Transactional
    public LoadReport run(Dataset dataset, String actor) {
        long started = System.nanoTime();
        dsl.execute("select pg_advisory_xact_lock(?)", LOCK_KEY);
        List<String> existing = writer.existingKeys(dataset);
        if (!existing.isEmpty() && writer.onlyResultsMissing(dataset)) {
            return runResultsOnly(dataset, actor, started);
        }
        if (!existing.isEmpty()) {
            throw new ReferenceDataAlreadyLoadedException("The reference dataset \"" + dataset.name()
                    + "\" is already loaded, or conflicts with existing data (" + String.join(", ", existing)
                    + "); nothing was written.");
        }
        OpenData open = DatasetValidator.validate(dataset);
        long validated = System.nanoTime();
        // Thousands of rows: one event with the counts per table says what the load wrote, where a record
        // per row would bury every other change in the trail.
        audit.summariseRowChanges();
        Map<String, Integer> rows = writer.write(dataset, open);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LoadReport report = new LoadReport(dataset.name(), rows, millis);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("dataset", dataset.name());
        detail.put("rows", rows);
        audit.record(actor, AuditAction.LOAD_REFERENCE_DATA, "reference_data", null, detail);
        log.info("Loaded reference dataset {}: {} rows in {} ms (checks and validation {} ms, writing {} ms) {}",
                dataset.name(), report.totalRows(), millis, (validated - started) / 1_000_000,
                (System.nanoTime() - validated) / 1_000_000, rows);
        return report;
    }

    /**
     * A database that got the dataset before it had results (earlier versions) gets the results alone: the rest is
     * there and may have been edited since, so it is neither loaded again nor touched.
     */
    private LoadReport runResultsOnly(Dataset dataset, String actor, long started) {
        DatasetValidator.validate(dataset);
        audit.summariseRowChanges();
        Map<String, Integer> rows = writer.writeResultsOnly(dataset);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("dataset", dataset.name());
        detail.put("part", "results");
        detail.put("rows", rows);
        audit.record(actor, AuditAction.LOAD_REFERENCE_DATA, "reference_data", null, detail);
        log.info("Loaded the results of reference dataset {} into the database that had the rest: {} ms {}",
                dataset.name(), millis, rows);
        return new LoadReport(dataset.name(), rows, millis);
    }

    /** True when the database holds the dataset without its results, which a load then adds alone. */
    public boolean onlyResultsMissing(Dataset dataset) {
        return writer.onlyResultsMissing(dataset);
    }

    /** True when the dataset's sources are in the database (they are written first, with everything else). */
    public boolean isLoaded(Dataset dataset) {
        return dsl.fetchExists(SOURCE, SOURCE.CODE.in(dataset.sources().stream().map(Dataset.Source::code).toList()));
    }
}
