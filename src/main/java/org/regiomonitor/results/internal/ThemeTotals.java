package org.regiomonitor.results.internal;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.THEME_RESULT_AREA_TOTAL;
import static org.regiomonitor.db.Tables.THEME_RESULT_SOURCE;
import static org.regiomonitor.db.Tables.THEME_RESULT_STATE;
import static org.regiomonitor.db.Tables.THEME_RESULT_TOTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.regiomonitor.portfolio.PortfolioSql;
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
 * The result totals of every theme ({@link RollUps#theme}) over the periods of its programme and over all periods, per
 * catalogue code, kept in the same transaction as the change that moves them (issue 10): the triggers of migration V36
 * mark the (theme, code) pairs a change can move as dirty, and {@link #storeDirty} stores each anew with the roll-up
 * engine over that code alone ({@link RollUps#themeGroup}), so an approval costs what its code costs in its themes.
 * Reads return the stored rows while no code of the theme is dirty and empty otherwise (then the caller computes on
 * request), one statement each.
 */
@Service
public class ThemeTotals implements MaintainedTotals {

    /** The window key of a stored row: its period's id, or that of all periods (period null). */
    private static final Field<String> WINDOW = coalesce(THEME_RESULT_TOTAL.PERIOD_ID.cast(SQLDataType.VARCHAR),
            inline(RegionResults.ALL_PERIODS.key()));
    private static final Field<String> AREA_WINDOW = THEME_RESULT_AREA_TOTAL.PERIOD_ID.cast(SQLDataType.VARCHAR);

    private final DSLContext dsl;
    private final RollUps rollUps;

    ThemeTotals(DSLContext dsl, RollUps rollUps) {
        this.dsl = dsl;
        this.rollUps = rollUps;
    }

    /** Whether a code of the theme is marked dirty: then its stored rows are not its totals. */
    private static Field<Boolean> dirty(long themeId) {
        return DSL.field(DSL.exists(DSL.selectOne().from(THEME_RESULT_STATE)
                .where(THEME_RESULT_STATE.THEME_ID.eq(themeId)).and(THEME_RESULT_STATE.DIRTY.isTrue()))).as("dirty");
    }

    /** {@link RollUps#figures} of the theme over its programme's periods, in its order; empty when not known to be current. */
    public Optional<List<Figure>> figures(long themeId, boolean includeUnpublished) {
        return figures(themeId, includeUnpublished, THEME_RESULT_TOTAL.PERIOD_ID.isNotNull());
    }

    /** {@link RollUps#figures} of the theme over all periods ({@link RegionResults#ALL_PERIODS}), as {@link #figures}. */
    public Optional<List<Figure>> figuresOfAllPeriods(long themeId, boolean includeUnpublished) {
        return figures(themeId, includeUnpublished, THEME_RESULT_TOTAL.PERIOD_ID.isNull());
    }

    private Optional<List<Figure>> figures(long themeId, boolean includeUnpublished, Condition periods) {
        var t = THEME_RESULT_TOTAL;
        var dirty = dirty(themeId);
        var rows = dsl.select(dirty, t.GROUP_KEY, WINDOW, t.AGGREGATION, t.VALUE, t.NUMERATOR, t.DENOMINATOR,
                        t.QUALIFIER, t.INDICATORS, t.PROJECTS, t.FLAGGED, t.FIRST_START, t.LAST_END)
                .from(DSL.selectOne()).leftJoin(t).on(t.THEME_ID.eq(themeId)).and(t.PUBLIC.eq(!includeUnpublished))
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

    /** {@link RollUps#byMunicipality} of the theme over its programme's periods; empty when not known to be current. */
    public Optional<List<MunicipalityFigure>> byMunicipality(long themeId, boolean includeUnpublished) {
        var a = THEME_RESULT_AREA_TOTAL;
        var dirty = dirty(themeId);
        var rows = dsl.select(dirty, a.GROUP_KEY, AREA_WINDOW, a.AREA_ID, a.AREA_CODE, a.VALUE, a.QUALIFIER)
                .from(DSL.selectOne()).leftJoin(a).on(a.THEME_ID.eq(themeId)).and(a.PUBLIC.eq(!includeUnpublished))
                .orderBy(a.GROUP_KEY, AREA_WINDOW, a.AREA_CODE.nullsLast()).fetch();
        if (rows.get(0).get(dirty)) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(r -> r.get(a.GROUP_KEY) != null)
                .map(r -> new MunicipalityFigure(r.get(a.GROUP_KEY), r.get(AREA_WINDOW), r.get(a.AREA_ID),
                        r.get(a.AREA_CODE), r.get(a.VALUE), ValueQualifier.valueOf(r.get(a.QUALIFIER))))
                .toList());
    }

    /**
     * The stored sources of the theme's totals ({@link RollUps#contributors} over all periods) per code, at most
     * {@code shown} each with the count of all (one statement); empty when not known to be current.
     */
    public Optional<Map<String, ProgrammeTotals.Sources>> sources(long themeId, boolean includeUnpublished, int shown) {
        var c = THEME_RESULT_SOURCE;
        var last = c.as("last");
        // positions run from 0 in every group: the count of all is the last position + 1, one index probe per row
        var all = DSL.field(DSL.select(last.POSITION.plus(1)).from(last).where(last.THEME_ID.eq(themeId))
                .and(last.PUBLIC.eq(c.PUBLIC)).and(last.GROUP_KEY.eq(c.GROUP_KEY))
                .orderBy(last.POSITION.desc()).limit(1)).as("all");
        var dirty = dirty(themeId);
        var rows = dsl.select(dirty, c.GROUP_KEY, c.PROJECT_ID, c.PROJECT_TITLE, all)
                .from(DSL.selectOne()).leftJoin(c).on(c.THEME_ID.eq(themeId))
                .and(c.PUBLIC.eq(!includeUnpublished)).and(c.POSITION.lt(shown))
                .orderBy(c.GROUP_KEY, c.POSITION).fetch();
        if (rows.get(0).get(dirty)) {
            return Optional.empty();
        }
        return Optional.of(ProgrammeTotals.sources(rows, c.GROUP_KEY, c.PROJECT_ID, c.PROJECT_TITLE, all));
    }

    /**
     * Stores anew every (theme, code) marked dirty and marks it clean. Rows another transaction holds are skipped: that
     * transaction marked them and stores them before it commits. Ordered, so two transactions lock in the same order.
     */
    @Override
    public void storeDirty() {
        var s = THEME_RESULT_STATE;
        dsl.select(s.THEME_ID, s.GROUP_KEY).from(s).where(s.DIRTY.isTrue()).orderBy(s.THEME_ID, s.GROUP_KEY)
                .forUpdate().skipLocked().fetch().forEach(r -> store(r.value1(), r.value2()));
    }

    private void store(long themeId, String group) {
        List<Window> periods = ResultsReader.windowsOf(dsl.selectFrom(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.PROGRAMME_ID.in(PortfolioSql.programmeIdOfTheme(themeId)))
                .fetch(ResultsReader::periodView));
        List<Window> windows = new ArrayList<>(periods);
        windows.add(RegionResults.ALL_PERIODS);
        Condition row = THEME_RESULT_TOTAL.THEME_ID.eq(themeId).and(THEME_RESULT_TOTAL.GROUP_KEY.eq(group));
        dsl.deleteFrom(THEME_RESULT_TOTAL).where(row).execute();
        dsl.deleteFrom(THEME_RESULT_AREA_TOTAL).where(THEME_RESULT_AREA_TOTAL.THEME_ID.eq(themeId))
                .and(THEME_RESULT_AREA_TOTAL.GROUP_KEY.eq(group)).execute();
        dsl.deleteFrom(THEME_RESULT_SOURCE).where(THEME_RESULT_SOURCE.THEME_ID.eq(themeId))
                .and(THEME_RESULT_SOURCE.GROUP_KEY.eq(group)).execute();
        for (boolean publicView : new boolean[] {true, false}) {
            RollUps.Scope scope = rollUps.themeGroup(themeId, group, !publicView);
            var t = THEME_RESULT_TOTAL;
            var figures = dsl.insertInto(t, t.THEME_ID, t.PUBLIC, t.PERIOD_ID, t.GROUP_KEY, t.AGGREGATION, t.VALUE,
                    t.NUMERATOR, t.DENOMINATOR, t.QUALIFIER, t.INDICATORS, t.PROJECTS, t.FLAGGED, t.FIRST_START, t.LAST_END);
            List<Figure> computed = rollUps.figures(scope, windows);
            computed.forEach(f -> figures.values(themeId, publicView, ProgrammeTotals.periodOf(f.window()), f.group(),
                    f.aggregation().name(), f.value(), f.numerator(), f.denominator(), f.qualifier().name(),
                    f.indicators(), f.projects(), f.flagged(), f.firstStart(), f.lastEnd()));
            if (!computed.isEmpty()) {
                figures.execute();
            }
            var a = THEME_RESULT_AREA_TOTAL;
            var areas = dsl.insertInto(a, a.THEME_ID, a.PUBLIC, a.PERIOD_ID, a.GROUP_KEY, a.AREA_ID, a.AREA_CODE, a.VALUE,
                    a.QUALIFIER);
            List<MunicipalityFigure> split = rollUps.byMunicipality(scope, periods);
            split.forEach(m -> areas.values(themeId, publicView, Long.valueOf(m.window()), m.group(), m.areaId(),
                    m.areaCode(), m.value(), m.qualifier().name()));
            if (!split.isEmpty()) {
                areas.execute();
            }
            var c = THEME_RESULT_SOURCE;
            var sources = dsl.insertInto(c, c.THEME_ID, c.PUBLIC, c.GROUP_KEY, c.POSITION, c.PROJECT_ID, c.PROJECT_TITLE);
            List<Contributor> behind = rollUps.contributors(scope, List.of(RegionResults.ALL_PERIODS));
            for (int position = 0; position < behind.size(); position++) {
                Contributor each = behind.get(position);
                sources.values(themeId, publicView, group, position, each.projectId(), each.projectTitle());
            }
            if (!behind.isEmpty()) {
                sources.execute();
            }
        }
        dsl.update(THEME_RESULT_STATE).set(THEME_RESULT_STATE.DIRTY, false)
                .where(THEME_RESULT_STATE.THEME_ID.eq(themeId)).and(THEME_RESULT_STATE.GROUP_KEY.eq(group)).execute();
    }
}
