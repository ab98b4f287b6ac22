package org.regiomonitor.monitor.internal;

import static org.jooq.impl.DSL.arrayAggDistinct;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.sum;
import static org.regiomonitor.db.Tables.OBSERVATION;
import static org.regiomonitor.db.Tables.OBSERVATION_RELEASE;
import static org.regiomonitor.db.Tables.SOURCE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record12;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.db.tables.Observation;
import org.regiomonitor.monitor.Figure;
import org.regiomonitor.monitor.Period;
import org.regiomonitor.shared.SourceRef;
import org.springframework.stereotype.Component;

/**
 * The SQL of the monitor's figures: an area's observed figures, and an area's figures computed from the
 * municipalities that formed it in each period (a sum, or a mean weighted by another indicator). A figure from
 * members is only given when every member of that period has one; otherwise it stays empty with the counts.
 */
@Component
public class FigureQueries {

    /** Scale of a weighted mean before the indicator's own decimals are applied on display. */
    private static final int MEAN_SCALE = 6;

    private final DSLContext dsl;

    FigureQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The observed figures of several indicators in several areas (one query): indicator id -> area id -> figures. */
    public Map<Long, Map<Long, List<Figure>>> observed(Collection<Long> indicatorIds, Collection<Long> areaIds) {
        Map<Long, Map<Long, List<Figure>>> result = new HashMap<>();
        if (indicatorIds.isEmpty() || areaIds.isEmpty()) {
            return result;
        }
        dsl.select(OBSERVATION.INDICATOR_ID, OBSERVATION.AREA_ID, OBSERVATION.PERIOD, OBSERVATION.VALUE,
                        OBSERVATION.MISSING, OBSERVATION.PROVISIONAL, OBSERVATION.REVISED_AT,
                        OBSERVATION_RELEASE.SOURCE_ID)
                .from(OBSERVATION)
                .join(OBSERVATION_RELEASE).on(OBSERVATION_RELEASE.ID.eq(OBSERVATION.RELEASE_ID))
                .where(OBSERVATION.INDICATOR_ID.in(indicatorIds), OBSERVATION.AREA_ID.in(areaIds))
                .orderBy(OBSERVATION.INDICATOR_ID, OBSERVATION.AREA_ID, OBSERVATION.PERIOD_START, OBSERVATION.PERIOD)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .computeIfAbsent(r.value2(), k -> new java.util.ArrayList<>())
                        .add(new Figure(Period.parse(r.value3()).orElseThrow(), r.value4(), r.value5(), r.value6(),
                                Figure.Origin.OBSERVED, 0, 0, r.value7(), List.of(r.value8()))));
        return result;
    }

    /** The observed figures of many areas for one indicator and period (a map), by area id. */
    public Map<Long, Figure> observedAt(long indicatorId, Period period, Collection<Long> areaIds) {
        Map<Long, Figure> byArea = new HashMap<>();
        dsl.select(OBSERVATION.AREA_ID, OBSERVATION.VALUE, OBSERVATION.MISSING, OBSERVATION.PROVISIONAL,
                        OBSERVATION.REVISED_AT, OBSERVATION_RELEASE.SOURCE_ID)
                .from(OBSERVATION)
                .join(OBSERVATION_RELEASE).on(OBSERVATION_RELEASE.ID.eq(OBSERVATION.RELEASE_ID))
                .where(OBSERVATION.INDICATOR_ID.eq(indicatorId), OBSERVATION.PERIOD.eq(period.code()),
                        OBSERVATION.AREA_ID.in(areaIds))
                .forEach(r -> byArea.put(r.value1(), new Figure(period, r.value2(), r.value3(), r.value4(),
                        Figure.Origin.OBSERVED, 0, 0, r.value5(), List.of(r.value6()))));
        return byArea;
    }

    /**
     * The figures of regions computed from their member municipalities of each period, for several indicators and
     * regions at once (one query): the sum, or with a weight indicator the weighted mean. Periods are those for
     * which any member has an observation, also where a source gives the region's figure itself (pages show that
     * one; {@code MonitorFigures} merges them). Pages read these from {@link MemberFigures}, which stores what this
     * query gives.
     *
     * @param weights indicator id -> weight indicator id (null value: a sum)
     * @return region id -> indicator id -> figures, oldest first
     */
    public Map<Long, Map<Long, List<Figure>>> fromMembers(Map<Long, Long> weights, Collection<Long> regionIds) {
        Map<Long, Map<Long, List<Figure>>> result = new HashMap<>();
        if (weights.isEmpty() || regionIds.isEmpty()) {
            return result;
        }
        Table<Record12<Long, Long, String, LocalDate, Integer, Integer, BigDecimal, BigDecimal, Boolean, Instant,
                Long[], Long>> rows = memberFigures(weights, regionIds, null).asTable("m");
        dsl.selectFrom(rows)
                .orderBy(rows.field(0), rows.field(1), rows.field(3), rows.field(2))
                .forEach(r -> add(result, r.value1(), r.value2(), r.value3(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
        return result;
    }

    /** Adds one row of {@link #memberFigures} (as computed or as stored) to a result, as its figure. */
    static void add(Map<Long, Map<Long, List<Figure>>> result, long regionId, long indicatorId, String period,
            int expected, int present, BigDecimal total, BigDecimal weights, boolean provisional, Instant revised,
            Long[] sources, long weightId) {
        BigDecimal value = null;
        if (expected > 0 && present == expected) {
            value = weightId == 0L ? total
                    : weights == null || weights.signum() == 0 ? null
                    : total.divide(weights, MEAN_SCALE, RoundingMode.HALF_UP);
        }
        List<Long> ids = sources == null ? List.of()
                : Arrays.stream(sources).filter(java.util.Objects::nonNull).toList();
        result.computeIfAbsent(regionId, k -> new HashMap<>())
                .computeIfAbsent(indicatorId, k -> new java.util.ArrayList<>())
                .add(new Figure(Period.parse(period).orElseThrow(), value, null, provisional, Figure.Origin.MEMBERS,
                        present, expected, revised, ids));
    }

    /**
     * The query of {@link #fromMembers}, unordered, also for {@link MemberFigures} to store: per region, indicator
     * and period (region_id, indicator_id, period, period_start, expected, present, total, weights, provisional,
     * revised_at, source_ids, weight_id; weight_id 0: a sum). With {@code pairs} (indicator_id, period) only those
     * pairs, so that a change costs what it moves.
     */
    Select<Record12<Long, Long, String, LocalDate, Integer, Integer, BigDecimal, BigDecimal, Boolean, Instant,
            Long[], Long>> memberFigures(Map<Long, Long> weights, Collection<Long> regionIds,
            Select<? extends Record2<Long, String>> pairsOrNull) {
        // the compositions once (materialized), then one pass over the members' rows by the primary key
        org.jooq.CommonTableExpression<Record4<Long, Long, LocalDate, LocalDate>> c = DSL.name("c")
                .fields("region_id", "member_id", "valid_from", "valid_to")
                .asMaterialized(AreaSql.municipalityCompositions(regionIds));
        Field<Long> region = c.field("region_id", Long.class);
        Field<Long> member = c.field("member_id", Long.class);
        Field<LocalDate> from = c.field("valid_from", LocalDate.class);
        Field<LocalDate> to = c.field("valid_to", LocalDate.class);
        List<org.jooq.Row2<Long, Long>> rows = new java.util.ArrayList<>();
        // 0 = no weight (a sum): a typed literal, where a null in VALUES would leave the column's type open
        weights.forEach((i, w) -> rows.add(DSL.row(i, w == null ? 0L : w)));
        Table<?> pairs = DSL.values(rows.toArray(org.jooq.Row2[]::new)).as("pairs", "indicator_id", "weight_id");
        Field<Long> pairIndicator = pairs.field("indicator_id", Long.class);
        Field<Long> pairWeight = pairs.field("weight_id", Long.class);
        Observation o = OBSERVATION.as("o");
        Observation w = OBSERVATION.as("w");
        var rel = OBSERVATION_RELEASE.as("rel");
        // the weights' rows are joined only when some indicator is a weighted mean: for sums that join is a probe
        // per member and period that finds nothing (measured: two thirds of the nation's query)
        boolean anyWeight = weights.values().stream().anyMatch(java.util.Objects::nonNull);
        Field<BigDecimal> weighted = !anyWeight ? o.VALUE
                : DSL.when(pairWeight.eq(0L), o.VALUE).else_(o.VALUE.mul(w.VALUE));
        Table<?> joined = c.join(pairs).on(DSL.trueCondition())
                // the ids once more as a list: the planner then reads the indicators' rows by the primary key, where
                // the join to the values alone made it scan all 3 million observations (measured at national scale)
                .join(o).on(o.INDICATOR_ID.eq(pairIndicator), o.INDICATOR_ID.in(weights.keySet()), o.AREA_ID.eq(member),
                        from.isNull().or(o.PERIOD_START.ge(from)), to.isNull().or(o.PERIOD_START.lt(to)),
                        pairsOrNull == null ? DSL.noCondition()
                                : DSL.row(o.INDICATOR_ID, o.PERIOD).in(pairsOrNull));
        if (anyWeight) {
            joined = joined.leftJoin(w).on(w.INDICATOR_ID.eq(pairWeight), w.AREA_ID.eq(member), w.PERIOD.eq(o.PERIOD));
        }
        // per region, indicator, period and release first: hash-aggregated, where one distinct list of releases
        // per group would sort every member row (measured: most of a nation's query over hundreds of indicators)
        var perRelease = DSL.name("per_release").fields("region_id", "indicator_id", "period", "start", "present",
                "total", "weights", "provisional", "revised", "release_id", "weight_id").as(
                DSL.select(region, o.INDICATOR_ID, o.PERIOD, DSL.min(o.PERIOD_START), DSL.count(weighted),
                                sum(weighted),
                                !anyWeight ? DSL.inline(null, BigDecimal.class)
                                        : sum(DSL.when(o.VALUE.isNotNull(), w.VALUE)),
                                boolOr(o.PROVISIONAL), max(o.REVISED_AT), o.RELEASE_ID, DSL.max(pairWeight))
                        .from(joined)
                        .groupBy(region, o.INDICATOR_ID, o.PERIOD, o.RELEASE_ID));
        // then per region, indicator and period: the members' figures
        Field<Long> prRegion = perRelease.field("region_id", Long.class);
        Field<Long> prIndicator = perRelease.field("indicator_id", Long.class);
        Field<String> prPeriod = perRelease.field("period", String.class);
        var agg = DSL.name("agg").fields("region_id", "indicator_id", "period", "start", "present", "total",
                "weights", "provisional", "revised", "releases", "weight_id").asMaterialized(
                DSL.select(prRegion, prIndicator, prPeriod, DSL.min(perRelease.field("start", LocalDate.class)),
                                sum(perRelease.field("present", Integer.class)).cast(Integer.class),
                                sum(perRelease.field("total", BigDecimal.class)),
                                sum(perRelease.field("weights", BigDecimal.class)),
                                boolOr(perRelease.field("provisional", Boolean.class)),
                                max(perRelease.field("revised", Instant.class)),
                                DSL.arrayAgg(perRelease.field("release_id", Long.class)),
                                max(perRelease.field("weight_id", Long.class)))
                        .from(perRelease)
                        .groupBy(prRegion, prIndicator, prPeriod));
        Field<Long> aRegion = agg.field("region_id", Long.class);
        Field<Long> aIndicator = agg.field("indicator_id", Long.class);
        Field<String> aPeriod = agg.field("period", String.class);
        Field<LocalDate> aStart = agg.field("start", LocalDate.class);
        Field<Integer> present = agg.field("present", Integer.class);
        Field<BigDecimal> total = agg.field("total", BigDecimal.class);
        Field<BigDecimal> weightSum = agg.field("weights", BigDecimal.class);
        Field<Boolean> provisional = agg.field("provisional", Boolean.class);
        Field<Instant> revised = agg.field("revised", Instant.class);
        Field<Long[]> releases = agg.field("releases", Long[].class);
        // the sources of the groups' releases (a handful of releases, looked up per group, not per member row)
        Field<Long[]> sources = DSL.field(DSL.select(arrayAggDistinct(rel.SOURCE_ID)).from(rel)
                .where(rel.ID.eq(DSL.any(releases)))).as("sources");
        Field<Long> weightId = agg.field("weight_id", Long.class);
        // how many municipalities formed each region on each period's first day: once per region and period, not
        // per indicator (a page of 400 indicators otherwise counts the composition 26,000 times)
        var c2 = c.as("c2");
        Field<Long> c2Region = c2.field("region_id", Long.class);
        Field<LocalDate> c2From = c2.field("valid_from", LocalDate.class);
        Field<LocalDate> c2To = c2.field("valid_to", LocalDate.class);
        Table<?> starts = DSL.selectDistinct(aRegion, aStart).from(agg).asTable("starts");
        Field<Long> sRegion = starts.field(aRegion);
        Field<LocalDate> sStart = starts.field(aStart);
        var counts = DSL.name("counts").fields("region_id", "start", "n").asMaterialized(
                DSL.select(sRegion, sStart, DSL.count())
                        .from(starts)
                        .join(c2).on(c2Region.eq(sRegion), c2From.isNull().or(c2From.le(sStart)),
                                c2To.isNull().or(c2To.gt(sStart)))
                        .groupBy(sRegion, sStart));
        Field<Integer> expected = DSL.coalesce(counts.field("n", Integer.class), DSL.inline(0)).as("expected");
        return dsl.with(c).with(perRelease).with(agg).with(counts)
                .select(aRegion, aIndicator, aPeriod, aStart, expected, present, total, weightSum, provisional, revised,
                        sources, weightId)
                .from(agg)
                .leftJoin(counts).on(counts.field("region_id", Long.class).eq(aRegion),
                        counts.field("start", LocalDate.class).eq(aStart));
    }
    /**
     * Which of these (observed) indicators have a figure for the area itself or for any municipality that was ever
     * part of it (one query: per indicator a probe of the primary key that stops at the first figure), so that a
     * page of an area's lines computes only indicators that can have one.
     */
    public java.util.Set<Long> withFigures(Collection<Long> indicatorIds, long areaId) {
        java.util.Set<Long> result = new java.util.HashSet<>();
        if (indicatorIds.isEmpty()) {
            return result;
        }
        Table<Record4<Long, Long, LocalDate, LocalDate>> composition = AreaSql.municipalityCompositions(
                List.of(areaId)).asTable("composition", "region_id", "member_id", "valid_from", "valid_to");
        // the area and its municipalities as one array, evaluated once
        Field<Long[]> areaIds = DSL.field(DSL.select(DSL.arrayAggDistinct(composition.field("member_id", Long.class)))
                .from(composition)).cast(Long[].class);
        Field<Long[]> all = DSL.field("array_append({0}, {1})", Long[].class, DSL.coalesce(areaIds,
                DSL.cast(DSL.inline(new Long[0]), Long[].class)), DSL.val(areaId));
        Table<?> ids = DSL.unnest(indicatorIds.toArray(Long[]::new)).as("ids", "id");
        Field<Long> id = DSL.field(DSL.name("ids", "id"), Long.class);
        var wanted = DSL.name("wanted").fields("area_ids").asMaterialized(DSL.select(all));
        // cast: a scalar array, not "any (subquery)" over rows of arrays
        Field<Long[]> wantedIds = DSL.field(DSL.select(wanted.field("area_ids", Long[].class)).from(wanted))
                .cast(org.jooq.impl.SQLDataType.BIGINT.array());
        dsl.with(wanted)
                .select(id).from(ids)
                .where(DSL.exists(DSL.selectOne().from(OBSERVATION).where(OBSERVATION.INDICATOR_ID.eq(id),
                        OBSERVATION.AREA_ID.eq(DSL.any(wantedIds)), OBSERVATION.VALUE.isNotNull())))
                .forEach(r -> result.add(r.value1()));
        return result;
    }

    /** The latest period in which any of these areas has a figure of the indicator (one query). */
    public java.util.Optional<Period> latestPeriod(long indicatorId, Collection<Long> areaIds) {
        return dsl.select(OBSERVATION.PERIOD).from(OBSERVATION)
                .where(OBSERVATION.INDICATOR_ID.eq(indicatorId), OBSERVATION.AREA_ID.in(areaIds),
                        OBSERVATION.VALUE.isNotNull())
                .orderBy(OBSERVATION.PERIOD_START.desc(), OBSERVATION.PERIOD.desc())
                .limit(1)
                .fetchOptional(OBSERVATION.PERIOD)
                .flatMap(Period::parse);
    }

    /** The sources with these ids, for the figures that cite them. */
    public Map<Long, SourceRef> sources(Collection<Long> ids) {
        Map<Long, SourceRef> refs = new HashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        dsl.select(SOURCE.ID, SOURCE.CODE, SOURCE.TITLE, SOURCE.URL).from(SOURCE).where(SOURCE.ID.in(ids))
                .forEach(r -> refs.put(r.value1(), new SourceRef(r.value2(), r.value3(), null, r.value4())));
        return refs;
    }
}
