package org.regiomonitor.report.internal;

import static org.regiomonitor.db.Tables.REPORT_SNAPSHOT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.regiomonitor.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published reports: stored once with their bytes, SHA-256 and data state, then only read. The database refuses any
 * change (V28); deleting is for administrators (checked by the caller) and recorded by the audit trigger.
 */
@Service
public class ReportSnapshots {

    /** A snapshot without its bytes. */
    public record Snapshot(long id, long reportId, String title, String language, String fileName, String mediaType,
            long size, String sha256, String dataState, Instant generatedAt, String publishedBy) {
    }

    /** A snapshot's file, byte for byte as published. */
    public record File(String fileName, String mediaType, byte[] content) {
    }

    private final DSLContext dsl;

    ReportSnapshots(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional
    public long publish(long reportId, Long areaId, Long jobId, String title, String language, String fileName,
            byte[] pdf, String dataState, Instant generatedAt, String actor) {
        return dsl.insertInto(REPORT_SNAPSHOT)
                .set(REPORT_SNAPSHOT.REPORT_ID, reportId)
                .set(REPORT_SNAPSHOT.AREA_ID, areaId)
                .set(REPORT_SNAPSHOT.JOB_ID, jobId)
                .set(REPORT_SNAPSHOT.TITLE, title)
                .set(REPORT_SNAPSHOT.LANGUAGE, language)
                .set(REPORT_SNAPSHOT.FILE_NAME, fileName)
                .set(REPORT_SNAPSHOT.MEDIA_TYPE, "application/pdf")
                .set(REPORT_SNAPSHOT.CONTENT, pdf)
                .set(REPORT_SNAPSHOT.SHA256, ReportDocuments.sha256(pdf))
                .set(REPORT_SNAPSHOT.DATA_STATE, dataState)
                .set(REPORT_SNAPSHOT.GENERATED_AT, generatedAt)
                .set(REPORT_SNAPSHOT.PUBLISHED_BY, actor)
                .returning(REPORT_SNAPSHOT.ID).fetchSingle(REPORT_SNAPSHOT.ID);
    }

    @Transactional(readOnly = true)
    public List<Snapshot> all() {
        return select().orderBy(REPORT_SNAPSHOT.GENERATED_AT.desc(), REPORT_SNAPSHOT.ID.desc()).fetch(this::snapshot);
    }

    @Transactional(readOnly = true)
    public List<Snapshot> ofReport(long reportId) {
        return select().where(REPORT_SNAPSHOT.REPORT_ID.eq(reportId))
                .orderBy(REPORT_SNAPSHOT.GENERATED_AT.desc(), REPORT_SNAPSHOT.ID.desc()).fetch(this::snapshot);
    }

    @Transactional(readOnly = true)
    public Optional<Snapshot> find(long id) {
        return select().where(REPORT_SNAPSHOT.ID.eq(id)).fetchOptional(this::snapshot);
    }

    @Transactional(readOnly = true)
    public File file(long id) {
        return dsl.select(REPORT_SNAPSHOT.FILE_NAME, REPORT_SNAPSHOT.MEDIA_TYPE, REPORT_SNAPSHOT.CONTENT)
                .from(REPORT_SNAPSHOT).where(REPORT_SNAPSHOT.ID.eq(id))
                .fetchOptional(r -> new File(r.value1(), r.value2(), r.value3()))
                .orElseThrow(() -> new NotFoundException("report_snapshot", id));
    }

    /** An administrator's deletion; the audit trigger records who deleted what (the row's fields, not its bytes). */
    @Transactional
    public void delete(long id) {
        find(id).orElseThrow(() -> new NotFoundException("report_snapshot", id));
        dsl.execute("select set_config('regiomonitor.snapshot_delete', 'on', true)");
        dsl.deleteFrom(REPORT_SNAPSHOT).where(REPORT_SNAPSHOT.ID.eq(id)).execute();
        dsl.execute("select set_config('regiomonitor.snapshot_delete', 'off', true)");
    }

    private org.jooq.SelectJoinStep<? extends org.jooq.Record> select() {
        return dsl.select(REPORT_SNAPSHOT.ID, REPORT_SNAPSHOT.REPORT_ID, REPORT_SNAPSHOT.TITLE, REPORT_SNAPSHOT.LANGUAGE,
                        REPORT_SNAPSHOT.FILE_NAME, REPORT_SNAPSHOT.MEDIA_TYPE,
                        org.jooq.impl.DSL.field("octet_length({0})", Long.class, REPORT_SNAPSHOT.CONTENT).as("size"),
                        REPORT_SNAPSHOT.SHA256, REPORT_SNAPSHOT.DATA_STATE, REPORT_SNAPSHOT.GENERATED_AT,
                        REPORT_SNAPSHOT.PUBLISHED_BY)
                .from(REPORT_SNAPSHOT);
    }

    private Snapshot snapshot(org.jooq.Record r) {
        return new Snapshot(r.get(REPORT_SNAPSHOT.ID), r.get(REPORT_SNAPSHOT.REPORT_ID), r.get(REPORT_SNAPSHOT.TITLE),
                r.get(REPORT_SNAPSHOT.LANGUAGE), r.get(REPORT_SNAPSHOT.FILE_NAME), r.get(REPORT_SNAPSHOT.MEDIA_TYPE),
                r.get("size", Long.class), r.get(REPORT_SNAPSHOT.SHA256), r.get(REPORT_SNAPSHOT.DATA_STATE),
                r.get(REPORT_SNAPSHOT.GENERATED_AT), r.get(REPORT_SNAPSHOT.PUBLISHED_BY));
    }
}
