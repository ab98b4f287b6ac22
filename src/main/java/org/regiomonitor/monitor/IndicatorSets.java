package org.regiomonitor.monitor;

import static org.regiomonitor.db.Tables.INDICATOR_SET;
import static org.regiomonitor.db.Tables.INDICATOR_SET_ITEM;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.SOURCE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.regiomonitor.monitor.internal.IndicatorQueries;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.SourceRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicator catalogue and its sets, for pages and the API. Two queries for all sets. */
@Service
@Transactional(readOnly = true)
public class IndicatorSets {

    private final DSLContext dsl;
    private final IndicatorQueries indicators;

    IndicatorSets(DSLContext dsl, IndicatorQueries indicators) {
        this.dsl = dsl;
        this.indicators = indicators;
    }

    /** Every indicator, by code. */
    public List<MonitorIndicator> indicators() {
        return indicators.all();
    }

    /** Every set with its indicators in their order. */
    public List<IndicatorSet> all() {
        Map<String, MonitorIndicator> byCode = new LinkedHashMap<>();
        indicators.all().forEach(i -> byCode.put(i.code(), i));
        Map<Long, List<MonitorIndicator>> items = new LinkedHashMap<>();
        dsl.select(INDICATOR_SET_ITEM.SET_ID, MONITOR_INDICATOR.CODE)
                .from(INDICATOR_SET_ITEM)
                .join(MONITOR_INDICATOR).on(MONITOR_INDICATOR.ID.eq(INDICATOR_SET_ITEM.INDICATOR_ID))
                .orderBy(INDICATOR_SET_ITEM.SET_ID, INDICATOR_SET_ITEM.POSITION)
                .forEach(r -> items.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(byCode.get(r.value2())));
        return dsl.select(INDICATOR_SET.ID, INDICATOR_SET.CODE, INDICATOR_SET.NAME_NL, INDICATOR_SET.NAME_EN,
                        INDICATOR_SET.NAME_DE, INDICATOR_SET.DESCRIPTION, SOURCE.CODE, SOURCE.TITLE,
                        INDICATOR_SET.SOURCE_LOCATOR, SOURCE.URL, INDICATOR_SET.VERSION)
                .from(INDICATOR_SET)
                .leftJoin(SOURCE).on(SOURCE.ID.eq(INDICATOR_SET.SOURCE_ID))
                .orderBy(INDICATOR_SET.ID)
                .fetch(r -> new IndicatorSet(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7() == null ? null : new SourceRef(r.value7(), r.value8(), r.value9(), r.value10()),
                        items.getOrDefault(r.value1(), List.of()), r.value11()));
    }

    public Optional<IndicatorSet> find(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public IndicatorSet get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("indicator set", code));
    }
}
