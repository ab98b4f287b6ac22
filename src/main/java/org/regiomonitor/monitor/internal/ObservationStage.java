package org.regiomonitor.monitor.internal;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.OBSERVATION;
import static org.regiomonitor.db.Tables.OBSERVATION_REVISION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.regiomonitor.area.AreaSql;

/**
 * The figures of an import for indicators that have figures already: streamed with PostgreSQL's COPY into a
 * temporary table that lives until the end of the transaction, then compared (added / changed / unchanged) and
 * merged with one statement each, keeping the figures they replace. The caller's transaction makes it all or
 * nothing.
 */
final class ObservationStage implements AutoCloseable {

    static final Table<Record> STAGE = table(name("observation_stage"));
    static final Field<Long> INDICATOR_ID = field(name("observation_stage", "indicator_id"), Long.class);
    static final Field<Long> AREA_ID = field(name("observation_stage", "area_id"), Long.class);
    static final Field<String> PERIOD = field(name("observation_stage", "period"), String.class);
    static final Field<LocalDate> PERIOD_START = field(name("observation_stage", "period_start"), LocalDate.class);
    static final Field<BigDecimal> VALUE = field(name("observation_stage", "value"), BigDecimal.class);
    static final Field<String> MISSING = field(name("observation_stage", "missing"), String.class);
    static final Field<Boolean> PROVISIONAL = field(name("observation_stage", "provisional"), Boolean.class);
    static final Field<String> NOTE = field(name("observation_stage", "note"), String.class);

    private final DSLContext dsl;
    private final FigureCopy copy;

    private ObservationStage(DSLContext dsl, FigureCopy copy) {
        this.dsl = dsl;
        this.copy = copy;
    }

    /** Creates the temporary table (dropped at commit or rollback) and starts the COPY into it. */
    static ObservationStage open(DSLContext dsl) {
        dsl.execute("drop table if exists observation_stage");
        dsl.createTemporaryTable(STAGE)
                .column(INDICATOR_ID.getUnqualifiedName(), SQLDataType.BIGINT.notNull())
                .column(AREA_ID.getUnqualifiedName(), SQLDataType.BIGINT.notNull())
                .column(PERIOD.getUnqualifiedName(), SQLDataType.VARCHAR(8).notNull())
                .column(PERIOD_START.getUnqualifiedName(), SQLDataType.LOCALDATE.notNull())
                .column(VALUE.getUnqualifiedName(), SQLDataType.NUMERIC)
                .column(MISSING.getUnqualifiedName(), SQLDataType.VARCHAR)
                .column(PROVISIONAL.getUnqualifiedName(), SQLDataType.BOOLEAN.notNull())
                .column(NOTE.getUnqualifiedName(), SQLDataType.VARCHAR)
                .onCommitDrop()
                .execute();
        return new ObservationStage(dsl, FigureCopy.start(dsl, "observation_stage", null));
    }

    void add(long indicatorId, long areaId, String period, LocalDate periodStart, BigDecimal value, String missing,
            boolean provisional, String note) {
        copy.add(indicatorId, areaId, period, periodStart, value, missing, provisional, note);
    }

    long rows() {
        return copy.rows();
    }

    /** Ends the COPY; afterwards the stage can be queried. */
    void finish() {
        copy.finish();
        dsl.execute("analyze observation_stage");
    }

    /** The stage row differs from the stored one (value, missing reason or status). */
    private static Condition differs() {
        return OBSERVATION.VALUE.isDistinctFrom(VALUE).or(OBSERVATION.MISSING.isDistinctFrom(MISSING))
                .or(OBSERVATION.PROVISIONAL.ne(PROVISIONAL)).or(OBSERVATION.NOTE.isDistinctFrom(NOTE));
    }

    private static Condition sameKey() {
        return OBSERVATION.INDICATOR_ID.eq(INDICATOR_ID).and(OBSERVATION.AREA_ID.eq(AREA_ID))
                .and(OBSERVATION.PERIOD.eq(PERIOD));
    }

    /** Up to {@code limit} figures this release changed (after {@link #merge}): indicator, area, period, old, new. */
    List<Change> changes(long releaseId, int limit) {
        return dsl.select(MONITOR_INDICATOR.CODE, AreaSql.code(OBSERVATION_REVISION.AREA_ID),
                        AreaSql.name(OBSERVATION_REVISION.AREA_ID), OBSERVATION_REVISION.PERIOD,
                        OBSERVATION_REVISION.VALUE, OBSERVATION_REVISION.MISSING, OBSERVATION.VALUE, OBSERVATION.MISSING)
                .from(OBSERVATION_REVISION)
                .join(OBSERVATION).on(OBSERVATION.INDICATOR_ID.eq(OBSERVATION_REVISION.INDICATOR_ID),
                        OBSERVATION.AREA_ID.eq(OBSERVATION_REVISION.AREA_ID),
                        OBSERVATION.PERIOD.eq(OBSERVATION_REVISION.PERIOD))
                .join(MONITOR_INDICATOR).on(MONITOR_INDICATOR.ID.eq(OBSERVATION_REVISION.INDICATOR_ID))
                .where(OBSERVATION_REVISION.SUPERSEDED_BY.eq(releaseId))
                .orderBy(MONITOR_INDICATOR.CODE, OBSERVATION_REVISION.AREA_ID, OBSERVATION_REVISION.PERIOD)
                .limit(limit)
                .fetch(r -> new Change(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    /**
     * Updates the figures the stage changes, keeping each figure it replaces (one statement: the update returns the
     * old rows, PostgreSQL 18's {@code RETURNING old.*}), then adds the figures that are new (a plain insert of
     * the stage rows without a stored figure). Unchanged figures are not touched.
     */
    Counts merge(long releaseId, Instant now) {
        Field<Long> oldIndicator = DSL.field(name("old", "indicator_id"), Long.class);
        Field<Long> oldArea = DSL.field(name("old", "area_id"), Long.class);
        Field<String> oldPeriod = DSL.field(name("old", "period"), String.class);
        Field<BigDecimal> oldValue = DSL.field(name("old", "value"), BigDecimal.class);
        Field<String> oldMissing = DSL.field(name("old", "missing"), String.class);
        Field<Boolean> oldProvisional = DSL.field(name("old", "provisional"), Boolean.class);
        Field<String> oldNote = DSL.field(name("old", "note"), String.class);
        Field<Long> oldRelease = DSL.field(name("old", "release_id"), Long.class);
        var changedRows = name("changed").fields("indicator_id", "area_id", "period", "value", "missing",
                "provisional", "note", "release_id").as(dsl.update(OBSERVATION)
                .set(OBSERVATION.VALUE, VALUE)
                .set(OBSERVATION.MISSING, MISSING)
                .set(OBSERVATION.PROVISIONAL, PROVISIONAL)
                .set(OBSERVATION.NOTE, NOTE)
                .set(OBSERVATION.RELEASE_ID, releaseId)
                .set(OBSERVATION.REVISED_AT, DSL.when(OBSERVATION.VALUE.isDistinctFrom(VALUE), DSL.val(now))
                        .else_(OBSERVATION.REVISED_AT))
                .from(STAGE)
                .where(sameKey(), differs())
                .returningResult(oldIndicator, oldArea, oldPeriod, oldValue, oldMissing, oldProvisional, oldNote,
                        oldRelease));
        int changed = dsl.with(changedRows)
                .insertInto(OBSERVATION_REVISION, OBSERVATION_REVISION.INDICATOR_ID, OBSERVATION_REVISION.AREA_ID,
                        OBSERVATION_REVISION.PERIOD, OBSERVATION_REVISION.VALUE, OBSERVATION_REVISION.MISSING,
                        OBSERVATION_REVISION.PROVISIONAL, OBSERVATION_REVISION.NOTE, OBSERVATION_REVISION.RELEASE_ID,
                        OBSERVATION_REVISION.SUPERSEDED_BY)
                .select(dsl.select(changedRows.field("indicator_id", Long.class),
                                changedRows.field("area_id", Long.class), changedRows.field("period", String.class),
                                changedRows.field("value", BigDecimal.class), changedRows.field("missing", String.class),
                                changedRows.field("provisional", Boolean.class), changedRows.field("note", String.class),
                                changedRows.field("release_id", Long.class), DSL.val(releaseId))
                        .from(changedRows))
                .execute();
        int added = dsl.insertInto(OBSERVATION, OBSERVATION.INDICATOR_ID, OBSERVATION.AREA_ID, OBSERVATION.PERIOD,
                        OBSERVATION.PERIOD_START, OBSERVATION.VALUE, OBSERVATION.MISSING, OBSERVATION.PROVISIONAL,
                        OBSERVATION.NOTE, OBSERVATION.RELEASE_ID)
                .select(dsl.select(INDICATOR_ID, AREA_ID, PERIOD, PERIOD_START, VALUE, MISSING, PROVISIONAL, NOTE,
                                DSL.val(releaseId))
                        .from(STAGE)
                        .whereNotExists(dsl.selectOne().from(OBSERVATION).where(sameKey())))
                .execute();
        return new Counts(added, changed, (int) rows() - added - changed);
    }

    @Override
    public void close() {
        copy.close();
    }

    record Counts(int added, int changed, int unchanged) {
    }

    record Change(String indicator, String areaCode, String areaName, String period, BigDecimal oldValue,
            String oldMissing, BigDecimal newValue, String newMissing) {
    }
}
