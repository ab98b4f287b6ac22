package org.regiomonitor.monitor.internal;

import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.SOURCE;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.regiomonitor.db.tables.MonitorIndicator;
import org.regiomonitor.shared.SourceRef;
import org.springframework.stereotype.Component;

/** Reads the indicator catalogue: one query for any number of indicators, inputs named by code. */
@Component
public class IndicatorQueries {

    private static final MonitorIndicator WEIGHT = MONITOR_INDICATOR.as("weight");
    private static final MonitorIndicator NUMERATOR = MONITOR_INDICATOR.as("numerator");
    private static final MonitorIndicator DENOMINATOR = MONITOR_INDICATOR.as("denominator");

    private final DSLContext dsl;

    IndicatorQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<org.regiomonitor.monitor.MonitorIndicator> all() {
        return where(DSL.trueCondition());
    }

    public Optional<org.regiomonitor.monitor.MonitorIndicator> byCode(String code) {
        return where(MONITOR_INDICATOR.CODE.eq(code)).stream().findFirst();
    }

    public List<org.regiomonitor.monitor.MonitorIndicator> byCodes(java.util.Collection<String> codes) {
        return where(MONITOR_INDICATOR.CODE.in(codes));
    }

    public List<org.regiomonitor.monitor.MonitorIndicator> where(Condition condition) {
        return dsl.select(MONITOR_INDICATOR.fields())
                .select(WEIGHT.CODE, NUMERATOR.CODE, DENOMINATOR.CODE, SOURCE.CODE, SOURCE.TITLE, SOURCE.URL)
                .from(MONITOR_INDICATOR)
                .leftJoin(WEIGHT).on(WEIGHT.ID.eq(MONITOR_INDICATOR.WEIGHT_INDICATOR_ID))
                .leftJoin(NUMERATOR).on(NUMERATOR.ID.eq(MONITOR_INDICATOR.NUMERATOR_ID))
                .leftJoin(DENOMINATOR).on(DENOMINATOR.ID.eq(MONITOR_INDICATOR.DENOMINATOR_ID))
                .leftJoin(SOURCE).on(SOURCE.ID.eq(MONITOR_INDICATOR.SOURCE_ID))
                .where(condition)
                .orderBy(MONITOR_INDICATOR.CODE)
                .fetch(IndicatorQueries::indicator);
    }

    private static org.regiomonitor.monitor.MonitorIndicator indicator(Record r) {
        SourceRef source = r.get(SOURCE.CODE) == null ? null : new SourceRef(r.get(SOURCE.CODE), r.get(SOURCE.TITLE),
                r.get(MONITOR_INDICATOR.SOURCE_LOCATOR), r.get(SOURCE.URL));
        return new org.regiomonitor.monitor.MonitorIndicator(r.get(MONITOR_INDICATOR.ID), r.get(MONITOR_INDICATOR.CODE),
                r.get(MONITOR_INDICATOR.NAME_NL), r.get(MONITOR_INDICATOR.NAME_EN), r.get(MONITOR_INDICATOR.NAME_DE),
                r.get(MONITOR_INDICATOR.DEFINITION), r.get(MONITOR_INDICATOR.UNIT), r.get(MONITOR_INDICATOR.DECIMALS),
                r.get(MONITOR_INDICATOR.DIRECTION), r.get(MONITOR_INDICATOR.AGGREGATION), r.get(WEIGHT.CODE),
                r.get(MONITOR_INDICATOR.FORMULA), r.get(NUMERATOR.CODE), r.get(DENOMINATOR.CODE),
                r.get(MONITOR_INDICATOR.FACTOR), r.get(MONITOR_INDICATOR.BASE_PERIOD),
                r.get(MONITOR_INDICATOR.TOLERANCE_PERCENT), source, r.get(MONITOR_INDICATOR.VERSION));
    }
}
