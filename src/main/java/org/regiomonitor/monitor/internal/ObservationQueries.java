package org.regiomonitor.monitor.internal;

import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR_MEASURE;
import static org.regiomonitor.db.Tables.MONITOR_PERIOD_STATE;
import static org.regiomonitor.db.Tables.OBSERVATION;
import static org.regiomonitor.db.Tables.OBSERVATION_RELEASE;
import static org.regiomonitor.db.Tables.SOURCE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.area.Areas;
import org.regiomonitor.monitor.Period;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.Text;
import org.springframework.stereotype.Component;

/**
 * The stored observations as rows (the API's list, filtered and paged; its downloads in {@link ObservationExport}),
 * the dataset measures that feed an indicator, and the releases imports made. Two queries per page (rows and count),
 * whatever the filters.
 */
@Component
public class ObservationQueries {

    /** One stored figure: a value, or the source's reason for none; with its release's source. */
    public record ObservationRow(String indicator, String areaCode, String areaName, String period,
            BigDecimal value, String missing, boolean provisional, Instant revisedAt, long releaseId,
            SourceRef source) {
    }

    /** A dataset measure that feeds an indicator. */
    public record MeasureRow(String dataset, String measure) {
    }

    /** An import that wrote figures. */
    public record ReleaseRow(long id, String format, String label, String checksum, Instant importedAt,
            String importedBy, int added, int changed, int unchanged, SourceRef source) {
    }

    /**
     * The filters of the observation list and its downloads; null: any. {@code from} and {@code to}: the earliest and
     * latest start of the period.
     */
    public record ObservationFilter(Long indicatorId, Long areaId, LocalDate from, LocalDate to) {
    }

    private final DSLContext dsl;
    private final IndicatorQueries indicators;
    private final Areas areas;

    ObservationQueries(DSLContext dsl, IndicatorQueries indicators, Areas areas) {
        this.dsl = dsl;
        this.indicators = indicators;
        this.areas = areas;
    }

    /**
     * The filters from the list's parameters (the API's list and the downloads alike): an indicator code, an area
     * code, and the first and last period codes (2019JJ00, 2024KW01, 2024) on the period's start. An unknown code is
     * a 400 naming the parameter.
     */
    public ObservationFilter filter(String indicator, String area, String from, String to) {
        Long indicatorId = Text.isBlank(indicator) ? null : indicators.all().stream()
                .filter(i -> i.code().equals(Text.strip(indicator))).findFirst()
                .orElseThrow(() -> InvalidInputException.of("indicator", "monitor.api.unknownIndicator",
                        Text.strip(indicator))).id();
        Long areaId = Text.isBlank(area) ? null : areas.find(Text.strip(area))
                .orElseThrow(() -> InvalidInputException.of("area", "monitor.api.unknownArea", Text.strip(area))).id();
        LocalDate start = Text.isBlank(from) ? null : period("from", from).start();
        LocalDate end = Text.isBlank(to) ? null : period("to", to).start();
        return new ObservationFilter(indicatorId, areaId, start, end);
    }

    private static Period period(String field, String code) {
        return Period.parse(code).orElseThrow(() -> InvalidInputException.of(field, "monitor.api.unknownPeriod",
                Text.strip(code)));
    }

    /** The rows a filter selects, on {@code observation}. */
    static List<Condition> conditions(ObservationFilter f) {
        List<Condition> where = new ArrayList<>();
        if (f.indicatorId() != null) {
            where.add(OBSERVATION.INDICATOR_ID.eq(f.indicatorId()));
        }
        if (f.areaId() != null) {
            where.add(OBSERVATION.AREA_ID.eq(f.areaId()));
        }
        if (f.from() != null) {
            where.add(OBSERVATION.PERIOD_START.ge(f.from()));
        }
        if (f.to() != null) {
            where.add(OBSERVATION.PERIOD_START.le(f.to()));
        }
        return where;
    }

    /** The order of the list and its downloads: indicator, area and period. */
    static List<SortField<?>> order(Field<String> areaCode) {
        return List.of(MONITOR_INDICATOR.CODE.asc(), areaCode.asc(), OBSERVATION.PERIOD_START.asc(),
                OBSERVATION.PERIOD.asc());
    }

    /** Observations the filter selects, ordered by indicator, area and period. */
    public PageResult<ObservationRow> page(ObservationFilter filter, int page, int size) {
        List<Condition> where = conditions(filter);
        var areaCode = AreaSql.code(OBSERVATION.AREA_ID);
        List<ObservationRow> rows = dsl.select(MONITOR_INDICATOR.CODE, areaCode, AreaSql.name(OBSERVATION.AREA_ID),
                        OBSERVATION.PERIOD, OBSERVATION.VALUE, OBSERVATION.MISSING, OBSERVATION.PROVISIONAL,
                        OBSERVATION.REVISED_AT, OBSERVATION.RELEASE_ID, SOURCE.CODE, SOURCE.TITLE, SOURCE.URL)
                .from(OBSERVATION)
                .join(MONITOR_INDICATOR).on(MONITOR_INDICATOR.ID.eq(OBSERVATION.INDICATOR_ID))
                .join(OBSERVATION_RELEASE).on(OBSERVATION_RELEASE.ID.eq(OBSERVATION.RELEASE_ID))
                .join(SOURCE).on(SOURCE.ID.eq(OBSERVATION_RELEASE.SOURCE_ID))
                .where(where)
                .orderBy(order(areaCode))
                .limit(size).offset((long) page * size)
                .fetch(r -> new ObservationRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), new SourceRef(r.value10(), r.value11(), null, r.value12())));
        return new PageResult<>(rows, page, size, count(filter));
    }

    /**
     * How many observations the filter selects, exactly: without an area from the counts stored per indicator and
     * period (V38, kept by the triggers of every change of figures), a few thousand rows where counting the figures
     * reads millions; with an area by counting its figures (the primary key, bounded by the area's figures).
     */
    long count(ObservationFilter filter) {
        if (filter.areaId() != null) {
            return dsl.fetchCount(OBSERVATION, conditions(filter));
        }
        var s = MONITOR_PERIOD_STATE;
        return dsl.select(DSL.coalesce(DSL.sum(s.OBSERVATIONS), DSL.inline(java.math.BigDecimal.ZERO)))
                .from(s)
                .where(filter.indicatorId() == null ? DSL.noCondition() : s.INDICATOR_ID.eq(filter.indicatorId()))
                .and(filter.from() == null ? DSL.noCondition() : s.PERIOD_START.ge(filter.from()))
                .and(filter.to() == null ? DSL.noCondition() : s.PERIOD_START.le(filter.to()))
                .fetchOne(0, Long.class);
    }

    /** The dataset measures that feed each of these indicators (one query), in dataset and measure order. */
    public java.util.Map<Long, List<MeasureRow>> measures(java.util.Collection<Long> indicatorIds) {
        java.util.Map<Long, List<MeasureRow>> byIndicator = new java.util.HashMap<>();
        dsl.select(MONITOR_INDICATOR_MEASURE.INDICATOR_ID, MONITOR_INDICATOR_MEASURE.DATASET,
                        MONITOR_INDICATOR_MEASURE.MEASURE)
                .from(MONITOR_INDICATOR_MEASURE)
                .where(MONITOR_INDICATOR_MEASURE.INDICATOR_ID.in(indicatorIds))
                .orderBy(MONITOR_INDICATOR_MEASURE.DATASET, MONITOR_INDICATOR_MEASURE.MEASURE)
                .forEach(r -> byIndicator.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new MeasureRow(r.value2(), r.value3())));
        return byIndicator;
    }

    /** The releases, newest first, paged (two queries). */
    public PageResult<ReleaseRow> releases(int page, int size) {
        List<ReleaseRow> rows = dsl.select(OBSERVATION_RELEASE.ID, OBSERVATION_RELEASE.FORMAT,
                        OBSERVATION_RELEASE.LABEL, OBSERVATION_RELEASE.CHECKSUM, OBSERVATION_RELEASE.IMPORTED_AT,
                        OBSERVATION_RELEASE.IMPORTED_BY, OBSERVATION_RELEASE.ADDED, OBSERVATION_RELEASE.CHANGED,
                        OBSERVATION_RELEASE.UNCHANGED, SOURCE.CODE, SOURCE.TITLE, SOURCE.URL)
                .from(OBSERVATION_RELEASE)
                .join(SOURCE).on(SOURCE.ID.eq(OBSERVATION_RELEASE.SOURCE_ID))
                .orderBy(OBSERVATION_RELEASE.IMPORTED_AT.desc(), OBSERVATION_RELEASE.ID.desc())
                .limit(size).offset((long) page * size)
                .fetch(r -> new ReleaseRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), new SourceRef(r.value10(), r.value11(), null, r.value12())));
        return new PageResult<>(rows, page, size, dsl.fetchCount(OBSERVATION_RELEASE));
    }

    /** The codes and titles of all sources, for the template's source choice (one query). */
    public List<SourceRef> sources() {
        return dsl.select(SOURCE.CODE, SOURCE.TITLE, SOURCE.URL).from(SOURCE).orderBy(SOURCE.CODE)
                .fetch(r -> new SourceRef(r.value1(), r.value2(), null, r.value3()));
    }
}
