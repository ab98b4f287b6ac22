package org.regiomonitor.results.internal;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.regiomonitor.db.Tables.PROGRAMME_RESULT_AREA_TOTAL;
import static org.regiomonitor.db.Tables.PROGRAMME_RESULT_SOURCE;
import static org.regiomonitor.db.Tables.PROGRAMME_RESULT_STATE;
import static org.regiomonitor.db.Tables.PROGRAMME_RESULT_TOTAL;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.regiomonitor.results.Aggregation;
import org.regiomonitor.results.RegionResults;
import org.regiomonitor.results.RollUps;
import org.regiomonitor.results.RollUps.Contributor;
import org.regiomonitor.results.RollUps.Figure;
import org.regiomonitor.results.RollUps.MunicipalityFigure;
import org.regiomonitor.results.RollUps.Window;
import org.regiomonitor.shared.MaintainedTotals;
import org.regiomonitor.shared.ValueQualifier;
import org.springframework.stereotype.Service;

/**
 * The totals of every programme over its reporting periods and over all periods, kept in the same transaction as the
 * change that moves them (no batch job, no cache to invalidate): triggers (V21, V36) mark the (programme, catalogue
 * code) pairs a change can move as dirty, and the {@link MaintainedTotals} hook has {@link #recomputeDirty} store them
 * anew before the transaction commits, with the same {@link RollUps#figures}, {@link RollUps#byMunicipality} and
 * {@link RollUps#contributors} that compute them on request, over that code alone ({@link RollUps#programmeGroup}), so
 * an approval costs what its code costs in its programmes. Reads use the stored rows only while no code of the
 * programme is marked dirty; otherwise they get empty and compute on request.
 */
@Service
public class ProgrammeTotals implements MaintainedTotals {

    /** The window key of a stored row: its period's id, or that of all periods (period null). */
    private static final Field<String> WINDOW = coalesce(PROGRAMME_RESULT_TOTAL.PERIOD_ID.cast(SQLDataType.VARCHAR),
            inline(RegionResults.ALL_PERIODS.key()));
    private static final Field<String> AREA_WINDOW = coalesce(PROGRAMME_RESULT_AREA_TOTAL.PERIOD_ID
            .cast(SQLDataType.VARCHAR), inline(RegionResults.ALL_PERIODS.key()));

    private final DSLContext dsl;
    private final RollUps rollUps;

    ProgrammeTotals(DSLContext dsl, RollUps rollUps) {
        this.dsl = dsl;
        this.rollUps = rollUps;
    }

    /**
     * The stored totals of the programme per period in the order {@link RollUps#figures} gives them (one statement), or
     * empty when they are not known to be current (no state yet, or marked dirty).
     */
    public Optional<List<Figure>> figures(long programmeId, boolean includeUnpublished) {
        return figures(programmeId, includeUnpublished, PROGRAMME_RESULT_TOTAL.PERIOD_ID.isNotNull());
    }

    /** The stored totals of the programme over all periods ({@link RegionResults#ALL_PERIODS}), as {@link #figures}. */
    public Optional<List<Figure>> figuresOfAllPeriods(long programmeId, boolean includeUnpublished) {
        return figures(programmeId, includeUnpublished, PROGRAMME_RESULT_TOTAL.PERIOD_ID.isNull());
    }

    private Optional<List<Figure>> figures(long programmeId, boolean includeUnpublished, Condition periods) {
        var t = PROGRAMME_RESULT_TOTAL;
        var dirty = dirty(programmeId);
        var rows = dsl.select(dirty, t.GROUP_KEY, WINDOW, t.AGGREGATION, t.VALUE, t.NUMERATOR, t.DENOMINATOR,
                        t.QUALIFIER, t.INDICATORS, t.PROJECTS, t.FLAGGED, t.FIRST_START, t.LAST_END)
                .from(DSL.selectOne()).leftJoin(t).on(t.PROGRAMME_ID.eq(programmeId)).and(t.PUBLIC.eq(!includeUnpublished))
                .and(periods)
                .orderBy(t.GROUP_KEY, WINDOW, t.AGGREGATION).fetch();
        if (rows.get(0).get(dirty)) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(r -> r.get(t.GROUP_KEY) != null)
                .map(r -> new Figure(r.get(t.GROUP_KEY), r.get(WINDOW), Aggregation.valueOf(r.get(t.AGGREGATION)),
                        r.get(t.VALUE), r.get(t.NUMERATOR), r.get(t.DENOMINATOR), ValueQualifier.valueOf(r.get(t.QUALIFIER)),
                        r.get(t.INDICATORS), r.get(t.PROJECTS), r.get(t.FLAGGED), r.get(t.FIRST_START), r.get(t.LAST_END)))
                .toList());
    }

    /** The stored municipality split of the programme per period (one statement), or empty when not known to be current. */
    public Optional<List<MunicipalityFigure>> byMunicipality(long programmeId, boolean includeUnpublished) {
        return byMunicipality(programmeId, includeUnpublished, PROGRAMME_RESULT_AREA_TOTAL.PERIOD_ID.isNotNull());
    }

    /** The stored municipality split of the programme over all periods, as {@link #byMunicipality}. */
    public Optional<List<MunicipalityFigure>> byMunicipalityOfAllPeriods(long programmeId, boolean includeUnpublished) {
        return byMunicipality(programmeId, includeUnpublished, PROGRAMME_RESULT_AREA_TOTAL.PERIOD_ID.isNull());
    }

    private Optional<List<MunicipalityFigure>> byMunicipality(long programmeId, boolean includeUnpublished,
            Condition periods) {
        var a = PROGRAMME_RESULT_AREA_TOTAL;
        var dirty = dirty(programmeId);
        var rows = dsl.select(dirty, a.GROUP_KEY, AREA_WINDOW, a.AREA_ID, a.AREA_CODE, a.VALUE, a.QUALIFIER)
                .from(DSL.selectOne()).leftJoin(a).on(a.PROGRAMME_ID.eq(programmeId)).and(a.PUBLIC.eq(!includeUnpublished))
                .and(periods)
                .orderBy(a.GROUP_KEY, AREA_WINDOW, a.AREA_CODE.nullsLast()).fetch();
        if (rows.get(0).get(dirty)) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(r -> r.get(a.GROUP_KEY) != null)
                .map(r -> new MunicipalityFigure(r.get(a.GROUP_KEY), r.get(AREA_WINDOW), r.get(a.AREA_ID),
                        r.get(a.AREA_CODE), r.get(a.VALUE), ValueQualifier.valueOf(r.get(a.QUALIFIER))))
                .toList());
    }

    /** The projects behind a group's totals over all periods: how many, and the first ones in the engine's order. */
    public record Sources(int count, List<Contributor> first) {
    }

    /**
     * The stored sources of the programme's totals ({@link RollUps#contributors} over all periods) per group, at most
     * {@code shown} projects each with the count of all (one statement), or empty when not known to be current.
     */
    public Optional<Map<String, Sources>> sources(long programmeId, boolean includeUnpublished, int shown) {
        var c = PROGRAMME_RESULT_SOURCE;
        var last = c.as("last");
        // positions run from 0 in every group: the count of all is the last position + 1, one index probe per row
        var all = DSL.field(DSL.select(last.POSITION.plus(1)).from(last).where(last.PROGRAMME_ID.eq(programmeId))
                .and(last.PUBLIC.eq(c.PUBLIC)).and(last.GROUP_KEY.eq(c.GROUP_KEY))
                .orderBy(last.POSITION.desc()).limit(1)).as("all");
        var dirty = dirty(programmeId);
        var rows = dsl.select(dirty, c.GROUP_KEY, c.PROJECT_ID, c.PROJECT_TITLE, all)
                .from(DSL.selectOne()).leftJoin(c).on(c.PROGRAMME_ID.eq(programmeId))
                .and(c.PUBLIC.eq(!includeUnpublished)).and(c.POSITION.lt(shown))
                .orderBy(c.GROUP_KEY, c.POSITION).fetch();
        if (rows.get(0).get(dirty)) {
            return Optional.empty();
        }
        return Optional.of(sources(rows, c.GROUP_KEY, c.PROJECT_ID, c.PROJECT_TITLE, all));
    }

    /** Rows of a sources read (group, project, title, count of all; group null: none) as sources per group, in order. */
    static Map<String, Sources> sources(List<? extends org.jooq.Record> rows, Field<String> group, Field<Long> project,
            Field<String> title, Field<Integer> all) {
        Map<String, Sources> sources = new LinkedHashMap<>();
        rows.stream().filter(r -> r.get(group) != null).forEach(r -> sources.computeIfAbsent(r.get(group),
                g -> new Sources(r.get(all), new java.util.ArrayList<>())).first()
                .add(new Contributor(r.get(group), RegionResults.ALL_PERIODS.key(), r.get(project), r.get(title),
                        List.of())));
        return sources;
    }

    /** The period of a window key: null for all periods. */
    static Long periodOf(String window) {
        return window.equals(RegionResults.ALL_PERIODS.key()) ? null : Long.valueOf(window);
    }

    /** Whether a code of the programme is marked dirty: then its stored rows are not its totals. */
    private static Field<Boolean> dirty(long programmeId) {
        return DSL.field(DSL.exists(DSL.selectOne().from(PROGRAMME_RESULT_STATE)
                .where(PROGRAMME_RESULT_STATE.PROGRAMME_ID.eq(programmeId)).and(PROGRAMME_RESULT_STATE.DIRTY.isTrue())))
                .as("dirty");
    }

    @Override
    public void storeDirty() {
        recomputeDirty();
    }

    /**
     * Stores anew the totals of every (programme, code) marked dirty, and marks them clean. Rows another transaction
     * holds are skipped: that transaction marked them and recomputes them before it commits. Ordered, so two
     * transactions lock in the same order. Returns the programmes recomputed.
     */
    public List<Long> recomputeDirty() {
        var s = PROGRAMME_RESULT_STATE;
        var dirty = dsl.select(s.PROGRAMME_ID, s.GROUP_KEY).from(s).where(s.DIRTY.isTrue())
                .orderBy(s.PROGRAMME_ID, s.GROUP_KEY).forUpdate().skipLocked().fetch();
        dirty.forEach(r -> recompute(r.value1(), r.value2()));
        return dirty.getValues(s.PROGRAMME_ID).stream().distinct().toList();
    }

    /** Stores the totals of one code of the programme anew, with the engine over that code alone. */
    private void recompute(long programmeId, String group) {
        // its periods, and all periods together (stored with period null)
        List<Window> windows = new java.util.ArrayList<>(ResultsReader.windowsOf(dsl.selectFrom(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.PROGRAMME_ID.eq(programmeId)).fetch(ResultsReader::periodView)));
        windows.add(RegionResults.ALL_PERIODS);
        dsl.deleteFrom(PROGRAMME_RESULT_TOTAL).where(PROGRAMME_RESULT_TOTAL.PROGRAMME_ID.eq(programmeId))
                .and(PROGRAMME_RESULT_TOTAL.GROUP_KEY.eq(group)).execute();
        dsl.deleteFrom(PROGRAMME_RESULT_AREA_TOTAL).where(PROGRAMME_RESULT_AREA_TOTAL.PROGRAMME_ID.eq(programmeId))
                .and(PROGRAMME_RESULT_AREA_TOTAL.GROUP_KEY.eq(group)).execute();
        dsl.deleteFrom(PROGRAMME_RESULT_SOURCE).where(PROGRAMME_RESULT_SOURCE.PROGRAMME_ID.eq(programmeId))
                .and(PROGRAMME_RESULT_SOURCE.GROUP_KEY.eq(group)).execute();
        for (boolean publicView : new boolean[] {true, false}) {
            RollUps.Scope scope = rollUps.programmeGroup(programmeId, group, !publicView);
            var t = PROGRAMME_RESULT_TOTAL;
            var figures = dsl.insertInto(t, t.PROGRAMME_ID, t.PUBLIC, t.PERIOD_ID, t.GROUP_KEY, t.AGGREGATION, t.VALUE,
                    t.NUMERATOR, t.DENOMINATOR, t.QUALIFIER, t.INDICATORS, t.PROJECTS, t.FLAGGED, t.FIRST_START,
                    t.LAST_END);
            List<Figure> computed = rollUps.figures(scope, windows);
            computed.forEach(f -> figures.values(programmeId, publicView, periodOf(f.window()), f.group(),
                    f.aggregation().name(), f.value(), f.numerator(), f.denominator(), f.qualifier().name(), f.indicators(),
                    f.projects(), f.flagged(), f.firstStart(), f.lastEnd()));
            if (!computed.isEmpty()) {
                figures.execute();
            }
            var a = PROGRAMME_RESULT_AREA_TOTAL;
            var areas = dsl.insertInto(a, a.PROGRAMME_ID, a.PUBLIC, a.PERIOD_ID, a.GROUP_KEY, a.AREA_ID, a.AREA_CODE,
                    a.VALUE, a.QUALIFIER);
            List<MunicipalityFigure> split = rollUps.byMunicipality(scope, windows);
            split.forEach(m -> areas.values(programmeId, publicView, periodOf(m.window()), m.group(), m.areaId(),
                    m.areaCode(), m.value(), m.qualifier().name()));
            if (!split.isEmpty()) {
                areas.execute();
            }
            var c = PROGRAMME_RESULT_SOURCE;
            var sources = dsl.insertInto(c, c.PROGRAMME_ID, c.PUBLIC, c.GROUP_KEY, c.POSITION, c.PROJECT_ID, c.PROJECT_TITLE);
            List<Contributor> behind = rollUps.contributors(scope, List.of(RegionResults.ALL_PERIODS));
            for (int position = 0; position < behind.size(); position++) {
                Contributor each = behind.get(position);
                sources.values(programmeId, publicView, group, position, each.projectId(), each.projectTitle());
            }
            if (!behind.isEmpty()) {
                sources.execute();
            }
        }
        dsl.update(PROGRAMME_RESULT_STATE).set(PROGRAMME_RESULT_STATE.DIRTY, false)
                .where(PROGRAMME_RESULT_STATE.PROGRAMME_ID.eq(programmeId))
                .and(PROGRAMME_RESULT_STATE.GROUP_KEY.eq(group)).execute();
    }
}
