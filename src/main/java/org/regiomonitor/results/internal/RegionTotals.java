package org.regiomonitor.results.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.rowNumber;
import static org.regiomonitor.db.Tables.REGION_RESULT_AREA_TOTAL;
import static org.regiomonitor.db.Tables.REGION_RESULT_SOURCE;
import static org.regiomonitor.db.Tables.REGION_RESULT_STATE;
import static org.regiomonitor.db.Tables.REGION_RESULT_TOTAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.regiomonitor.results.Aggregation;
import org.regiomonitor.results.RegionResults;
import org.regiomonitor.results.RollUps;
import org.regiomonitor.results.RollUps.Contributor;
import org.regiomonitor.results.RollUps.Figure;
import org.regiomonitor.results.RollUps.MunicipalityFigure;
import org.regiomonitor.shared.ValueQualifier;
import org.springframework.stereotype.Service;

/**
 * The region-wide result totals over all periods ({@link RollUps#region}), per catalogue code, kept in the same
 * transaction as the change that moves them (issue 10): the triggers of migration V34 mark the codes a change can
 * move as dirty, and {@link ResultTotals} stores each anew with the roll-up engine over that code alone
 * ({@link RollUps#regionGroup}), so an approval costs what its code costs. Reads return the stored rows while no code
 * is dirty and empty otherwise (then the caller computes on request), one statement each.
 */
@Service
public class RegionTotals {

    private static final List<RollUps.Window> ALL = List.of(RegionResults.ALL_PERIODS);

    private final DSLContext dsl;
    private final RollUps rollUps;

    RegionTotals(DSLContext dsl, RollUps rollUps) {
        this.dsl = dsl;
        this.rollUps = rollUps;
    }

    /** Whether no code is marked dirty: then the stored rows are the region's totals. */
    private static Condition anyDirty() {
        return DSL.exists(DSL.selectOne().from(REGION_RESULT_STATE).where(REGION_RESULT_STATE.DIRTY.isTrue()));
    }

    /** {@link RollUps#figures} of the region over all periods, in its order; empty when not known to be current. */
    public Optional<List<Figure>> figures(boolean includeUnpublished) {
        var t = REGION_RESULT_TOTAL;
        var dirty = anyDirty().as("dirty");
        var rows = dsl.select(dirty, t.GROUP_KEY, t.AGGREGATION, t.VALUE, t.NUMERATOR, t.DENOMINATOR, t.QUALIFIER,
                        t.INDICATORS, t.PROJECTS, t.FLAGGED, t.FIRST_START, t.LAST_END)
                .from(DSL.selectOne()).leftJoin(t).on(t.PUBLIC.eq(!includeUnpublished))
                .orderBy(t.GROUP_KEY, t.AGGREGATION).fetch();
        if (rows.get(0).get(dirty)) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(r -> r.get(t.GROUP_KEY) != null)
                .map(r -> new Figure(r.get(t.GROUP_KEY), RegionResults.ALL_PERIODS.key(),
                        Aggregation.valueOf(r.get(t.AGGREGATION)), r.get(t.VALUE), r.get(t.NUMERATOR),
                        r.get(t.DENOMINATOR), ValueQualifier.valueOf(r.get(t.QUALIFIER)), r.get(t.INDICATORS),
                        r.get(t.PROJECTS), r.get(t.FLAGGED), r.get(t.FIRST_START), r.get(t.LAST_END)))
                .toList());
    }

    /** {@link RollUps#byMunicipality} of the region over all periods; empty when not known to be current. */
    public Optional<List<MunicipalityFigure>> byMunicipality(boolean includeUnpublished) {
        var a = REGION_RESULT_AREA_TOTAL;
        var dirty = anyDirty().as("dirty");
        var rows = dsl.select(dirty, a.GROUP_KEY, a.AREA_ID, a.AREA_CODE, a.VALUE, a.QUALIFIER)
                .from(DSL.selectOne()).leftJoin(a).on(a.PUBLIC.eq(!includeUnpublished))
                .orderBy(a.GROUP_KEY, a.AREA_CODE.nullsLast()).fetch();
        if (rows.get(0).get(dirty)) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(r -> r.get(a.GROUP_KEY) != null)
                .map(r -> new MunicipalityFigure(r.get(a.GROUP_KEY), RegionResults.ALL_PERIODS.key(), r.get(a.AREA_ID),
                        r.get(a.AREA_CODE), r.get(a.VALUE), ValueQualifier.valueOf(r.get(a.QUALIFIER))))
                .toList());
    }

    /**
     * The stored contributors of the region's totals per code, at most {@code shown} each with the count of all; with
     * {@code areaIds}, only those whose values are disaggregated to one of these areas. Empty when not known to be
     * current.
     */
    public Optional<Map<String, StoredRollUps.Sources>> sources(boolean includeUnpublished, Collection<Long> areaIdsOrNull,
            int shown) {
        var c = REGION_RESULT_SOURCE;
        var dirty = anyDirty().as("dirty");
        if (areaIdsOrNull == null) {
            // The whole region (the dashboard): the first positions and, as positions run from 0 in every group, the
            // count of all as the last position + 1; index probes, not a count over every contributor.
            var last = c.as("last");
            var all = DSL.field(DSL.select(last.POSITION.plus(1)).from(last)
                    .where(last.GROUP_KEY.eq(c.GROUP_KEY)).and(last.PUBLIC.eq(c.PUBLIC))
                    .orderBy(last.POSITION.desc()).limit(1)).as("all");
            var rows = dsl.select(dirty, c.GROUP_KEY, c.PROJECT_ID, c.PROJECT_TITLE, c.AREA_IDS, all)
                    .from(DSL.selectOne()).leftJoin(c).on(c.PUBLIC.eq(!includeUnpublished)).and(c.POSITION.lt(shown))
                    .orderBy(c.GROUP_KEY, c.POSITION).fetch();
            return rows.get(0).get(dirty) ? Optional.empty()
                    : Optional.of(sources(rows, c.GROUP_KEY, c.PROJECT_ID, c.PROJECT_TITLE, c.AREA_IDS, all));
        }
        Condition where = c.PUBLIC.eq(!includeUnpublished)
                .and(DSL.condition("{0} && {1}", c.AREA_IDS, DSL.val(areaIdsOrNull.toArray(Long[]::new))));
        var all = count().over().partitionBy(c.GROUP_KEY).as("all");
        var rank = rowNumber().over().partitionBy(c.GROUP_KEY).orderBy(c.POSITION).as("rank");
        var x = dsl.select(c.GROUP_KEY, c.POSITION, c.PROJECT_ID, c.PROJECT_TITLE, c.AREA_IDS, all, rank).from(c)
                .where(where).asTable("x");
        var rows = dsl.select(dirty, x.field(c.GROUP_KEY), x.field(c.PROJECT_ID), x.field(c.PROJECT_TITLE),
                        x.field(c.AREA_IDS), x.field(all))
                .from(DSL.selectOne()).leftJoin(x).on(x.field(rank).le(shown))
                .orderBy(x.field(c.GROUP_KEY), x.field(c.POSITION)).fetch();
        return rows.get(0).get(dirty) ? Optional.empty() : Optional.of(sources(rows, x.field(c.GROUP_KEY),
                x.field(c.PROJECT_ID), x.field(c.PROJECT_TITLE), x.field(c.AREA_IDS), x.field(all)));
    }

    /** Rows of a sources read (group null: none) as sources per group, in order. */
    private static Map<String, StoredRollUps.Sources> sources(List<? extends org.jooq.Record> rows, Field<String> group,
            Field<Long> project, Field<String> title, Field<Long[]> areaIds, Field<? extends Number> all) {
        Map<String, StoredRollUps.Sources> sources = new LinkedHashMap<>();
        rows.stream().filter(r -> r.get(group) != null).forEach(r -> sources.computeIfAbsent(r.get(group),
                        g -> new StoredRollUps.Sources(r.get(all).intValue(), new ArrayList<>())).first()
                .add(new Contributor(r.get(group), RegionResults.ALL_PERIODS.key(), r.get(project), r.get(title),
                        Arrays.asList(r.get(areaIds)))));
        return sources;
    }

    /**
     * Locks the codes marked dirty, skipping those another transaction holds (it marked them and stores them before it
     * commits), in order, so two transactions lock in the same order.
     */
    List<String> lockDirty() {
        var s = REGION_RESULT_STATE;
        return dsl.select(s.GROUP_KEY).from(s).where(s.DIRTY.isTrue()).orderBy(s.GROUP_KEY).forUpdate().skipLocked()
                .fetch(s.GROUP_KEY);
    }

    /** Stores the code's totals anew and marks it clean, from counted updates that hold all of the code's. */
    void store(String group, RollUps.Counted counted) {
        dsl.deleteFrom(REGION_RESULT_TOTAL).where(REGION_RESULT_TOTAL.GROUP_KEY.eq(group)).execute();
        dsl.deleteFrom(REGION_RESULT_AREA_TOTAL).where(REGION_RESULT_AREA_TOTAL.GROUP_KEY.eq(group)).execute();
        dsl.deleteFrom(REGION_RESULT_SOURCE).where(REGION_RESULT_SOURCE.GROUP_KEY.eq(group)).execute();
        for (boolean publicView : new boolean[] {true, false}) {
            RollUps.Scope scope = rollUps.regionGroup(group, !publicView);
            var t = REGION_RESULT_TOTAL;
            var figures = dsl.insertInto(t, t.GROUP_KEY, t.PUBLIC, t.AGGREGATION, t.VALUE, t.NUMERATOR, t.DENOMINATOR,
                    t.QUALIFIER, t.INDICATORS, t.PROJECTS, t.FLAGGED, t.FIRST_START, t.LAST_END);
            List<Figure> computed = rollUps.figures(scope, ALL, counted);
            computed.forEach(f -> figures.values(group, publicView, f.aggregation().name(), f.value(), f.numerator(),
                    f.denominator(), f.qualifier().name(), f.indicators(), f.projects(), f.flagged(), f.firstStart(),
                    f.lastEnd()));
            if (!computed.isEmpty()) {
                figures.execute();
            }
            var a = REGION_RESULT_AREA_TOTAL;
            var areas = dsl.insertInto(a, a.GROUP_KEY, a.PUBLIC, a.AREA_ID, a.AREA_CODE, a.VALUE, a.QUALIFIER);
            List<MunicipalityFigure> split = rollUps.byMunicipality(scope, ALL, counted);
            split.forEach(m -> areas.values(group, publicView, m.areaId(), m.areaCode(), m.value(),
                    m.qualifier().name()));
            if (!split.isEmpty()) {
                areas.execute();
            }
            var c = REGION_RESULT_SOURCE;
            var sources = dsl.insertInto(c, c.GROUP_KEY, c.PUBLIC, c.POSITION, c.PROJECT_ID, c.PROJECT_TITLE, c.AREA_IDS);
            List<Contributor> behind = rollUps.contributors(scope, ALL, counted);
            for (int position = 0; position < behind.size(); position++) {
                Contributor each = behind.get(position);
                sources.values(group, publicView, position, each.projectId(), each.projectTitle(),
                        each.areaIds().toArray(Long[]::new));
            }
            if (!behind.isEmpty()) {
                sources.execute();
            }
        }
        dsl.update(REGION_RESULT_STATE).set(REGION_RESULT_STATE.DIRTY, false)
                .where(REGION_RESULT_STATE.GROUP_KEY.eq(group)).execute();
    }
}
