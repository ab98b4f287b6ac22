package org.regiomonitor.monitor.internal;

import static org.regiomonitor.db.Tables.MONITOR_BASELINE;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.MONITOR_TARGET;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.STATED_OBSERVATION;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.ValueQualifier;
import org.springframework.stereotype.Component;

/** Targets, baselines and stated figures of indicators in areas. */
@Component
public class TargetQueries {

    /** A target row with its indicator and area codes and baseline period (null when none is set). */
    public record TargetRow(long id, String indicator, String area, int year, org.regiomonitor.monitor.TargetView.Kind kind, BigDecimal value,
            ValueQualifier qualifier, String referenceArea, SourceRef source, String baselinePeriod, int version) {
    }

    /** A figure a document states, with its source. */
    public record StatedRow(String indicator, String area, String period, BigDecimal value, ValueQualifier qualifier,
            SourceRef source) {
    }

    private final DSLContext dsl;

    TargetQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<TargetRow> targets(Condition where) {
        return dsl.select(MONITOR_TARGET.ID, MONITOR_INDICATOR.CODE, AreaSql.code(MONITOR_TARGET.AREA_ID),
                        MONITOR_TARGET.TARGET_YEAR, MONITOR_TARGET.KIND, MONITOR_TARGET.VALUE, MONITOR_TARGET.QUALIFIER,
                        AreaSql.code(MONITOR_TARGET.REFERENCE_AREA_ID), SOURCE.CODE, SOURCE.TITLE,
                        MONITOR_TARGET.SOURCE_LOCATOR, SOURCE.URL, MONITOR_BASELINE.PERIOD, MONITOR_TARGET.VERSION)
                .from(MONITOR_TARGET)
                .join(MONITOR_INDICATOR).on(MONITOR_INDICATOR.ID.eq(MONITOR_TARGET.INDICATOR_ID))
                .leftJoin(SOURCE).on(SOURCE.ID.eq(MONITOR_TARGET.SOURCE_ID))
                .leftJoin(MONITOR_BASELINE).on(MONITOR_BASELINE.INDICATOR_ID.eq(MONITOR_TARGET.INDICATOR_ID),
                        MONITOR_BASELINE.AREA_ID.eq(MONITOR_TARGET.AREA_ID))
                .where(where)
                .orderBy(MONITOR_INDICATOR.CODE, MONITOR_TARGET.TARGET_YEAR)
                .fetch(r -> new TargetRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(),
                        r.value9() == null ? null : new SourceRef(r.value9(), r.value10(), r.value11(), r.value12()),
                        r.value13(), r.value14()));
    }

    public List<TargetRow> targetsOf(String indicatorCode) {
        return targets(MONITOR_INDICATOR.CODE.eq(indicatorCode));
    }

    public List<TargetRow> targetsIn(long areaId) {
        return targets(MONITOR_TARGET.AREA_ID.eq(areaId));
    }

    public List<StatedRow> stated(Condition where) {
        return dsl.select(MONITOR_INDICATOR.CODE, AreaSql.code(STATED_OBSERVATION.AREA_ID), STATED_OBSERVATION.PERIOD,
                        STATED_OBSERVATION.VALUE, STATED_OBSERVATION.QUALIFIER, SOURCE.CODE, SOURCE.TITLE,
                        STATED_OBSERVATION.SOURCE_LOCATOR, SOURCE.URL)
                .from(STATED_OBSERVATION)
                .join(MONITOR_INDICATOR).on(MONITOR_INDICATOR.ID.eq(STATED_OBSERVATION.INDICATOR_ID))
                .join(SOURCE).on(SOURCE.ID.eq(STATED_OBSERVATION.SOURCE_ID))
                .where(where)
                .orderBy(MONITOR_INDICATOR.CODE, STATED_OBSERVATION.PERIOD)
                .fetch(r -> new StatedRow(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), new SourceRef(r.value6(), r.value7(), r.value8(), r.value9())));
    }

    public List<StatedRow> statedOf(String indicatorCode, java.util.Collection<Long> areaIds) {
        return stated(MONITOR_INDICATOR.CODE.eq(indicatorCode).and(STATED_OBSERVATION.AREA_ID.in(areaIds)));
    }

    public List<StatedRow> statedIn(long areaId) {
        return stated(STATED_OBSERVATION.AREA_ID.eq(areaId));
    }
}
