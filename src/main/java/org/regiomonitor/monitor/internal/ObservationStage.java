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
     * Keeps the figures this release replaces, then writes new and changed figures with one upsert; unchanged rows
     * stay as they are.
     */
    Counts merge(long releaseId, Instant now) {
        int changed = dsl.insertInto(OBSERVATION_REVISION, OBSERVATION_REVISION.INDICATOR_ID, OBSERVATION_REVISION.AREA_ID,
                        OBSERVATION_REVISION.PERIOD, OBSERVATION_REVISION.VALUE, OBSERVATION_REVISION.MISSING,
                        OBSERVATION_REVISION.PROVISIONAL, OBSERVATION_REVISION.NOTE, OBSERVATION_REVISION.RELEASE_ID,
                        OBSERVATION_REVISION.SUPERSEDED_BY)
                .select(dsl.select(OBSERVATION.INDICATOR_ID, OBSERVATION.AREA_ID, OBSERVATION.PERIOD,
                                OBSERVATION.VALUE, OBSERVATION.MISSING, OBSERVATION.PROVISIONAL, OBSERVATION.NOTE,
                                OBSERVATION.RELEASE_ID, DSL.val(releaseId))
                        .from(STAGE).join(OBSERVATION).on(sameKey())
                        .where(differs()))
                .execute();
        var excluded = OBSERVATION.as("excluded");
        int written = dsl.insertInto(OBSERVATION, OBSERVATION.INDICATOR_ID, OBSERVATION.AREA_ID, OBSERVATION.PERIOD,
                        OBSERVATION.PERIOD_START, OBSERVATION.VALUE, OBSERVATION.MISSING, OBSERVATION.PROVISIONAL,
                        OBSERVATION.NOTE, OBSERVATION.RELEASE_ID)
                .select(dsl.select(INDICATOR_ID, AREA_ID, PERIOD, PERIOD_START, VALUE, MISSING, PROVISIONAL, NOTE,
                        DSL.val(releaseId)).from(STAGE))
                .onConflict(OBSERVATION.INDICATOR_ID, OBSERVATION.AREA_ID, OBSERVATION.PERIOD)
                .doUpdate()
                .set(OBSERVATION.VALUE, excluded.VALUE)
                .set(OBSERVATION.MISSING, excluded.MISSING)
                .set(OBSERVATION.PROVISIONAL, excluded.PROVISIONAL)
                .set(OBSERVATION.NOTE, excluded.NOTE)
                .set(OBSERVATION.RELEASE_ID, excluded.RELEASE_ID)
                .set(OBSERVATION.REVISED_AT, DSL.when(OBSERVATION.VALUE.isDistinctFrom(excluded.VALUE), DSL.val(now))
                        .else_(OBSERVATION.REVISED_AT))
                .where(OBSERVATION.VALUE.isDistinctFrom(excluded.VALUE)
                        .or(OBSERVATION.MISSING.isDistinctFrom(excluded.MISSING))
                        .or(OBSERVATION.PROVISIONAL.ne(excluded.PROVISIONAL))
                        .or(OBSERVATION.NOTE.isDistinctFrom(excluded.NOTE)))
                .execute();
        int added = written - changed;
        return new Counts(added, changed, (int) rows() - written);
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
