package org.regiomonitor.monitor.internal;

import static org.regiomonitor.db.Tables.MONITOR_MEMBER_FIGURE;
import static org.regiomonitor.db.Tables.MONITOR_PERIOD_STATE;
import static org.regiomonitor.db.Tables.MONITOR_REGION_STATE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.monitor.Figure;
import org.regiomonitor.monitor.MonitorIndicator;
import org.regiomonitor.shared.MaintainedTotals;
import org.springframework.stereotype.Service;

/**
 * The figures of regions, provinces and nations from their member municipalities ({@link FigureQueries#fromMembers})
 * stored per region, indicator and period, kept in the same transaction as the change that moves them (issue 10,
 * migration V38): triggers mark the (indicator, period) pairs a change of figures moves and the regions a change of
 * memberships or validity moves; {@link #storeDirty} stores them anew with {@link FigureQueries#memberFigures}, the
 * query that computes them on request, narrowed to what is marked. Reads use the stored rows while nothing they read is
 * marked, and compute on request otherwise, so a missed mark costs speed, never correctness.
 */
@Service
public class MemberFigures implements MaintainedTotals {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MemberFigures.class);

    private final DSLContext dsl;
    private final FigureQueries figures;
    private final IndicatorQueries indicators;

    MemberFigures(DSLContext dsl, FigureQueries figures, IndicatorQueries indicators) {
        this.dsl = dsl;
        this.figures = figures;
        this.indicators = indicators;
    }

    /**
     * Which indicators a region's figure follows from its members for, with their weight indicator (null: a sum): the
     * observed ones that sum, and the weighted means whose weight is in the catalogue. The one rule for the pages
     * and the store.
     *
     * @param byCode the catalogue, at least these indicators' weights
     */
    public static Map<Long, Long> aggregated(Collection<MonitorIndicator> observed, Map<String, MonitorIndicator> byCode) {
        Map<Long, Long> aggregated = new HashMap<>();
        for (MonitorIndicator i : observed) {
            if (i.computed()) {
                continue;
            }
            MonitorIndicator weight = i.weightCode() == null ? null : byCode.get(i.weightCode());
            if (i.aggregation() == org.regiomonitor.monitor.Aggregation.SUM
                    || i.aggregation() == org.regiomonitor.monitor.Aggregation.WEIGHTED_MEAN && weight != null) {
                aggregated.put(i.id(), weight == null ? null : weight.id());
            }
        }
        return aggregated;
    }

    /**
     * {@link FigureQueries#fromMembers}: the stored figures while none of them is marked (one statement), else
     * computed on request.
     */
    public Map<Long, Map<Long, List<Figure>>> fromMembers(Map<Long, Long> weights, Collection<Long> regionIds) {
        return stored(weights, regionIds).orElseGet(() -> figures.fromMembers(weights, regionIds));
    }

    /** The stored figures of {@link FigureQueries#fromMembers}, in its order; empty when any is marked dirty. */
    public Optional<Map<Long, Map<Long, List<Figure>>>> stored(Map<Long, Long> weights, Collection<Long> regionIds) {
        Map<Long, Map<Long, List<Figure>>> result = new HashMap<>();
        if (weights.isEmpty() || regionIds.isEmpty()) {
            return Optional.of(result);
        }
        var f = MONITOR_MEMBER_FIGURE;
        var ps = MONITOR_PERIOD_STATE;
        var rs = MONITOR_REGION_STATE;
        Field<Boolean> dirty = DSL.field(DSL.exists(DSL.selectOne().from(ps)
                        .where(ps.DIRTY.isTrue(), ps.INDICATOR_ID.in(weights.keySet())))
                .or(DSL.exists(DSL.selectOne().from(rs).where(rs.REGION_ID.in(regionIds))))).as("dirty");
        var rows = dsl.select(f.REGION_ID, f.INDICATOR_ID, f.PERIOD, f.PERIOD_START, f.EXPECTED, f.PRESENT, f.TOTAL,
                        f.WEIGHTS, f.PROVISIONAL, f.REVISED_AT, f.SOURCE_IDS, f.WEIGHT_ID)
                .from(f)
                .where(f.REGION_ID.in(regionIds), f.INDICATOR_ID.in(weights.keySet()))
                .asTable("x");
        var fetched = dsl.select(dirty).select(rows.fields())
                .from(DSL.selectOne().asTable("one")).leftJoin(rows).on(DSL.trueCondition())
                .orderBy(rows.field(f.REGION_ID), rows.field(f.INDICATOR_ID), rows.field(f.PERIOD_START),
                        rows.field(f.PERIOD))
                .fetch();
        if (fetched.get(0).get(dirty)) {
            return Optional.empty();
        }
        // the derived table's fields looked up once, not by name for every field of hundreds of rows (a tenth of a
        // municipality page's time)
        var region = rows.field(f.REGION_ID);
        var indicator = rows.field(f.INDICATOR_ID);
        var period = rows.field(f.PERIOD);
        var expected = rows.field(f.EXPECTED);
        var present = rows.field(f.PRESENT);
        var total = rows.field(f.TOTAL);
        var weightSums = rows.field(f.WEIGHTS);
        var provisional = rows.field(f.PROVISIONAL);
        var revisedAt = rows.field(f.REVISED_AT);
        var sourceIds = rows.field(f.SOURCE_IDS);
        var weightId = rows.field(f.WEIGHT_ID);
        fetched.stream().filter(r -> r.get(region) != null).forEach(r -> FigureQueries.add(result,
                r.get(region), r.get(indicator), r.get(period), r.get(expected), r.get(present), r.get(total),
                r.get(weightSums), r.get(provisional), r.get(revisedAt), r.get(sourceIds), r.get(weightId)));
        return Optional.of(result);
    }

    /**
     * Stores anew the figures of every marked region (all pairs) and of every marked pair (all regions), and clears
     * the marks. Marks another transaction holds are skipped: that transaction stores them before it commits. One
     * statement when nothing is marked.
     */
    @Override
    public void storeDirty() {
        var ps = MONITOR_PERIOD_STATE;
        var rs = MONITOR_REGION_STATE;
        // most writing transactions move no monitor figures: one statement for them
        if (!dsl.fetchValue(DSL.field(DSL.exists(DSL.selectOne().from(rs))
                .or(DSL.exists(DSL.selectOne().from(ps).where(ps.DIRTY.isTrue())))))) {
            return;
        }
        List<Long> regions = dsl.select(rs.REGION_ID).from(rs).orderBy(rs.REGION_ID).forUpdate().skipLocked()
                .fetch(rs.REGION_ID);
        var pairs = dsl.select(ps.INDICATOR_ID, ps.PERIOD).from(ps).where(ps.DIRTY.isTrue())
                .orderBy(ps.INDICATOR_ID, ps.PERIOD).forUpdate().skipLocked().fetch();
        if (regions.isEmpty() && pairs.isEmpty()) {
            return;
        }
        Long[] pairIndicators = pairs.map(r -> r.value1()).toArray(Long[]::new);
        String[] pairPeriods = pairs.map(r -> r.value2()).toArray(String[]::new);
        var f = MONITOR_MEMBER_FIGURE;
        if (!regions.isEmpty()) {
            dsl.deleteFrom(f).where(f.REGION_ID.in(regions)).execute();
        }
        if (!pairs.isEmpty()) {
            dsl.deleteFrom(f).where(DSL.row(f.INDICATOR_ID, f.PERIOD).in(pairsTable(pairIndicators, pairPeriods)))
                    .execute();
        }
        List<MonitorIndicator> catalogue = indicators.all();
        Map<String, MonitorIndicator> byCode = new HashMap<>();
        catalogue.forEach(i -> byCode.put(i.code(), i));
        Map<Long, Long> weights = aggregated(catalogue, byCode);
        // every area that is not a municipality, ended ones too: a page may show any of them
        Set<Long> stored = new HashSet<>(dsl.fetch(AreaSql.idsOfKind(AreaKind.COUNTRY)
                        .union(AreaSql.idsOfKind(AreaKind.PROVINCE)).union(AreaSql.idsOfKind(AreaKind.REGION))
                        .union(AreaSql.idsOfKind(AreaKind.DISTRICT)))
                .getValues(0, Long.class));
        long started = System.nanoTime();
        List<Long> marked = regions.stream().filter(stored::contains).toList();
        if (!marked.isEmpty()) {
            insert(weights, marked, null);
        }
        List<Long> others = stored.stream().filter(r -> !regions.contains(r)).sorted().toList();
        Set<Long> pairIndicatorIds = new HashSet<>(java.util.Arrays.asList(pairIndicators));
        Map<Long, Long> pairWeights = new HashMap<>();
        weights.forEach((i, w) -> {
            if (pairIndicatorIds.contains(i)) {
                pairWeights.put(i, w);
            }
        });
        if (!others.isEmpty()) {
            insert(pairWeights, others, pairsTable(pairIndicators, pairPeriods));
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (ms > 1000) {
            LOG.info("Stored the figures from members of {} marked regions and {} marked indicator periods in {} ms",
                    regions.size(), pairs.size(), ms);
        }
        if (!regions.isEmpty()) {
            dsl.deleteFrom(rs).where(rs.REGION_ID.in(regions)).execute();
        }
        if (!pairs.isEmpty()) {
            Condition marks = DSL.row(ps.INDICATOR_ID, ps.PERIOD).in(pairsTable(pairIndicators, pairPeriods));
            // a pair without figures has nothing to count or store
            dsl.deleteFrom(ps).where(marks, ps.OBSERVATIONS.le(0)).execute();
            dsl.update(ps).set(ps.DIRTY, false).where(marks).execute();
        }
    }

    /**
     * Stores what {@link FigureQueries#memberFigures} computes: the sums and the weighted means in two statements,
     * because the weights' rows are joined to every member row of a statement that has any weighted mean (measured at
     * national scale: most of the cost of storing all figures).
     */
    private void insert(Map<Long, Long> weights, Collection<Long> regionIds,
            org.jooq.Select<Record2<Long, String>> pairsOrNull) {
        Map<Long, Long> sums = new HashMap<>();
        Map<Long, Long> means = new HashMap<>();
        weights.forEach((i, w) -> (w == null ? sums : means).put(i, w));
        var f = MONITOR_MEMBER_FIGURE;
        for (Map<Long, Long> part : List.of(sums, means)) {
            if (!part.isEmpty()) {
                dsl.insertInto(f, f.REGION_ID, f.INDICATOR_ID, f.PERIOD, f.PERIOD_START, f.EXPECTED, f.PRESENT,
                                f.TOTAL, f.WEIGHTS, f.PROVISIONAL, f.REVISED_AT, f.SOURCE_IDS, f.WEIGHT_ID)
                        .select(figures.memberFigures(part, regionIds, pairsOrNull))
                        .execute();
            }
        }
    }

    /** The (indicator, period) pairs as a table: two arrays (two bind values however many pairs). */
    private static org.jooq.Select<Record2<Long, String>> pairsTable(Long[] indicatorIds, String[] periods) {
        Table<Record2<Long, String>> t = DSL.select(
                        DSL.field("unnest({0})", Long.class, DSL.val(indicatorIds, SQLDataType.BIGINT.array())),
                        DSL.field("unnest({0})", String.class, DSL.val(periods, SQLDataType.VARCHAR.array())))
                .asTable("marked", "indicator_id", "period");
        return DSL.select(t.field(0, Long.class), t.field(1, String.class)).from(t);
    }
}
