package org.regiomonitor.results;

import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lead;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.values;
import static org.jooq.impl.DSL.when;
import static org.regiomonitor.db.Tables.CATALOGUE_INDICATOR;
import static org.regiomonitor.db.Tables.DIMENSION_VALUE;
import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.PERIOD_TARGET;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_THEME;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;
import static org.regiomonitor.db.Tables.UPDATE_DISAGGREGATION;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Row3;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.shared.ValueQualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The roll-up engine: the figures of indicators added up to project, theme, programme, municipality and
 * region, computed in one SQL statement per request from the updates themselves (no batch, no cache), so an
 * approved update counts on the next request. The rules, by construction:
 * <ul>
 * <li>only approved updates that no approved correction supersedes count;</li>
 * <li>units per period: the sum of the values of the periods inside the window;</li>
 * <li>cumulative: per indicator the latest value whose period ends at or before the window's end, then summed
 * (never a sum of periods; a late correction of an earlier period does not touch a later period's value);</li>
 * <li>percentage: sum of numerators / sum of denominators, never an average of percentages;</li>
 * <li>every scope is a set of indicators ({@code in}, never a join over programme memberships), so a joint
 * project in two programmes counts once in a cross-programme total;</li>
 * <li>programme, theme and region totals add only indicators that adopted a catalogue indicator, grouped by
 * the catalogue code (and rule); a project's own indicators are never added in;</li>
 * <li>a municipality gets only what is disaggregated to it; the rest is "not attributed";</li>
 * <li>updates whose disaggregations do not add up are counted in {@link Figure#flagged()}, never corrected;</li>
 * <li>the qualifier of a sum combines those of its values ({@link ValueQualifier#combine}).</li>
 * </ul>
 */
@Service
public class RollUps {

    /** A window to add up over: a reporting period of a programme, or any span of dates; {@code key} names it. */
    public record Window(String key, LocalDate start, LocalDate end) {
    }

    /**
     * One total: of the group (an indicator id on a project, a catalogue code elsewhere) in a window. {@code value}
     * is the sum, or for percentages 100 x numerator / denominator; {@code indicators} and {@code projects}
     * count what contributed; {@code flagged} the contributing updates whose disaggregations do not add up.
     * {@code firstStart} is the earliest period start of the values added per period (null: none), {@code lastEnd}
     * the latest period end of any counted value: a window over all periods holds the same values as any window
     * that holds these dates ({@link #holdsAll}).
     */
    public record Figure(String group, String window, Aggregation aggregation, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, ValueQualifier qualifier, int indicators, int projects, int flagged,
            LocalDate firstStart, LocalDate lastEnd) {

        /** The same figure as the total of another window that counts the same values. */
        public Figure in(String otherWindow) {
            return new Figure(group, otherWindow, aggregation, value, numerator, denominator, qualifier, indicators,
                    projects, flagged, firstStart, lastEnd);
        }
    }

    /**
     * Whether the window counts the very values a figure of {@link RegionResults#ALL_PERIODS} counts: every value
     * added per period lies in it (from no later than {@code firstStart}, to no earlier than {@code lastEnd}), and so
     * does the latest value of every cumulative indicator, and no later one exists. Then its figures and municipality
     * split are those of all periods, whatever the scope.
     */
    public static boolean holdsAll(Window window, Figure ofAllPeriods) {
        var all = RegionResults.ALL_PERIODS;
        return !window.start().isBefore(all.start()) && !window.end().isAfter(all.end())
                && (ofAllPeriods.firstStart() == null || !window.start().isAfter(ofAllPeriods.firstStart()))
                && !window.end().isBefore(ofAllPeriods.lastEnd());
    }

    /** What a municipality gets of a total (area null: the part not attributed to any municipality). */
    public record MunicipalityFigure(String group, String window, Long areaId, String areaCode, BigDecimal value,
            ValueQualifier qualifier) {

        /** The same part as that of another window that counts the same values. */
        public MunicipalityFigure in(String otherWindow) {
            return new MunicipalityFigure(group, otherWindow, areaId, areaCode, value, qualifier);
        }
    }

    /** The set of indicators a roll-up adds up, each with the group it is added to. */
    public record Scope(Select<Record2<Long, String>> indicators) {
    }

    private static final Field<Long> S_INDICATOR = field(name("s", "indicator_id"), Long.class);
    private static final Field<String> S_GROUP = field(name("s", "group_key"), String.class);
    private static final Field<String> W_KEY = field(name("w", "wkey"), String.class);
    private static final Field<LocalDate> W_START = field(name("w", "wstart"), LocalDate.class);
    private static final Field<LocalDate> W_END = field(name("w", "wend"), LocalDate.class);

    private final DSLContext dsl;

    RollUps(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- scopes ----------------------------------------------------------------------------------------

    /** Every indicator of a project, on its own (group = indicator id); own indicators included. */
    public Scope project(long projectId) {
        return new Scope(select(INDICATOR.ID, INDICATOR.ID.cast(String.class)).from(INDICATOR)
                .where(INDICATOR.RESULT_ID.in(select(RESULT.ID).from(RESULT).where(RESULT.PROJECT_ID.eq(projectId)))));
    }

    /** The catalogue indicators of the programme's projects, by catalogue code. */
    public Scope programme(long programmeId, boolean includeUnpublished) {
        return programmes(List.of(programmeId), includeUnpublished);
    }

    /**
     * The catalogue indicators of the projects of any of the programmes, by catalogue code: a cross-programme
     * total, in which a joint project counts once.
     */
    public Scope programmes(Collection<Long> programmeIds, boolean includeUnpublished) {
        return catalogueScope(RESULT.PROJECT_ID.in(projectsOf(programmeIds)), includeUnpublished);
    }

    /** {@link #programme} narrowed to one group (a catalogue code in lower case): its totals are the programme's. */
    public Scope programmeGroup(long programmeId, String group, boolean includeUnpublished) {
        return catalogueScope(RESULT.PROJECT_ID.in(projectsOf(List.of(programmeId))),
                lower(CATALOGUE_INDICATOR.CODE).eq(group), includeUnpublished);
    }

    private static Select<Record1<Long>> projectsOf(Collection<Long> programmeIds) {
        return select(field(name("pp", "project_id"), Long.class)).from(PortfolioSql.projectProgrammes("pp"))
                .where(field(name("pp", "programme_id"), Long.class).in(programmeIds));
    }

    /** The indicators of either scope, each once (a set to {@link #countOnce} for both). */
    public static Scope union(Scope one, Scope other) {
        return new Scope(one.indicators().union(other.indicators()));
    }

    /** The catalogue indicators of results that serve the theme, by catalogue code. */
    public Scope theme(long themeId, boolean includeUnpublished) {
        return catalogueScope(RESULT.ID.in(select(RESULT_THEME.RESULT_ID).from(RESULT_THEME)
                .where(RESULT_THEME.THEME_ID.eq(themeId))), includeUnpublished);
    }

    /** Every catalogue indicator of every project in the region, by catalogue code. */
    public Scope region(boolean includeUnpublished) {
        return catalogueScope(org.jooq.impl.DSL.noCondition(), includeUnpublished);
    }

    /** {@link #theme} narrowed to one group (a catalogue code in lower case): its totals are those of the theme. */
    public Scope themeGroup(long themeId, String group, boolean includeUnpublished) {
        return catalogueScope(RESULT.ID.in(select(RESULT_THEME.RESULT_ID).from(RESULT_THEME)
                .where(RESULT_THEME.THEME_ID.eq(themeId))), lower(CATALOGUE_INDICATOR.CODE).eq(group), includeUnpublished);
    }

    /** {@link #region} narrowed to one group (a catalogue code in lower case): its totals are those of the region. */
    public Scope regionGroup(String group, boolean includeUnpublished) {
        return catalogueScope(org.jooq.impl.DSL.noCondition(), lower(CATALOGUE_INDICATOR.CODE).eq(group),
                includeUnpublished);
    }

    private static Scope catalogueScope(Condition onResult, boolean includeUnpublished) {
        return catalogueScope(onResult, org.jooq.impl.DSL.noCondition(), includeUnpublished);
    }

    private static Scope catalogueScope(Condition onResult, Condition onCatalogue, boolean includeUnpublished) {
        return new Scope(select(INDICATOR.ID, lower(CATALOGUE_INDICATOR.CODE))
                .from(INDICATOR)
                .join(CATALOGUE_INDICATOR).on(CATALOGUE_INDICATOR.ID.eq(INDICATOR.CATALOGUE_INDICATOR_ID))
                .where(onCatalogue)
                .and(INDICATOR.RESULT_ID.in(select(RESULT.ID).from(RESULT).where(onResult)
                        .and(RESULT.PROJECT_ID.in(PortfolioSql.visibleProjectIds(includeUnpublished))))));
    }

    // ---- figures ---------------------------------------------------------------------------------------

    /** The totals of the scope per group and window, in one statement. Groups without counted values are absent. */
    public List<Figure> figures(Scope scope, List<Window> windows) {
        return figures(onRequest(scope), windows);
    }

    /** {@link #figures(Scope, List)} read from counted updates written once ({@link #countOnce}); the scope within them. */
    public List<Figure> figures(Scope scope, List<Window> windows, Counted counted) {
        return figures(counted.of(scope), windows);
    }

    private List<Figure> figures(Source source, List<Window> windows) {
        if (windows.isEmpty()) {
            return List.of();
        }
        var contrib = contributions(source, windows);
        var c = contrib.asTable("c");
        Field<BigDecimal> value = c.field("value", BigDecimal.class);
        Field<BigDecimal> numerator = c.field("numerator", BigDecimal.class);
        Field<BigDecimal> denominator = c.field("denominator", BigDecimal.class);
        Field<String> qualifier = c.field("qualifier", String.class);
        Field<Boolean> cumulative = c.field("cumulative", Boolean.class);
        return dsl.with(contrib)
                .select(c.field("group_key", String.class), c.field("wkey", String.class),
                        c.field("measure", String.class), c.field("cumulative", Boolean.class),
                        sum(value), sum(numerator), sum(denominator),
                        qualifiers(qualifier),
                        countDistinct(c.field("indicator_id", Long.class)),
                        countDistinct(c.field("project_id", Long.class)),
                        count().filterWhere(c.field("mismatched", Boolean.class).isTrue()),
                        org.jooq.impl.DSL.min(c.field("start_date", LocalDate.class)).filterWhere(cumulative.isFalse()),
                        org.jooq.impl.DSL.max(c.field("end_date", LocalDate.class)))
                .from(c)
                .groupBy(c.field("group_key"), c.field("wkey"), c.field("measure"), cumulative)
                // a code adopted with two measures: by the name of the aggregation, as the stored totals are read
                .orderBy(c.field("group_key"), c.field("wkey"), c.field("measure"), cumulative.desc())
                .fetch(r -> figure(r));
    }

    /**
     * What each municipality gets of the unit totals of the scope (only values disaggregated to it), and per group
     * and window the part not attributed to any municipality (area null).
     */
    public List<MunicipalityFigure> byMunicipality(Scope scope, List<Window> windows) {
        return byMunicipality(onRequest(scope), windows);
    }

    /** {@link #byMunicipality(Scope, List)} read from counted updates written once ({@link #countOnce}). */
    public List<MunicipalityFigure> byMunicipality(Scope scope, List<Window> windows, Counted counted) {
        return byMunicipality(counted.of(scope), windows);
    }

    private List<MunicipalityFigure> byMunicipality(Source source, List<Window> windows) {
        if (windows.isEmpty()) {
            return List.of();
        }
        var contrib = contributions(source, windows);
        var c = contrib.asTable("c");
        Field<Long> updateId = c.field("update_id", Long.class);
        Field<String> group = c.field("group_key", String.class);
        Field<String> window = c.field("wkey", String.class);
        Field<String> qualifier = c.field("qualifier", String.class);
        Condition units = c.field("measure", String.class).eq(Measure.UNIT.name());
        var d = source.parts().as("d");
        Field<Long> partArea = d.field(UPDATE_DISAGGREGATION.AREA_ID);
        var perArea = name("per_area").as(select(group, window, partArea.as("area_id"),
                AreaSql.code(partArea).as("area_code"),
                sum(d.field(UPDATE_DISAGGREGATION.VALUE)).as("total"),
                qualifiers(qualifier).as("qualifiers"))
                .from(c).join(d).on(d.field(UPDATE_DISAGGREGATION.UPDATE_ID).eq(updateId))
                .where(units).and(partArea.isNotNull())
                .groupBy(group, window, partArea));
        var a = perArea.asTable("a");
        Field<String> aGroup = a.field(group.getName(), String.class);
        Field<String> aWindow = a.field(window.getName(), String.class);
        // The rest: the total minus what the municipalities got of it (the same as per update, value minus its parts).
        var attributed = select(aGroup, aWindow, sum(a.field("total", BigDecimal.class)).as("attributed"))
                .from(a).groupBy(aGroup, aWindow).asTable("t");
        var rest = select(group, window, inline((Long) null).as("area_id"), inline((String) null).as("area_code"),
                sum(c.field("value", BigDecimal.class)).minus(coalesce(org.jooq.impl.DSL.max(
                        attributed.field("attributed", BigDecimal.class)), BigDecimal.ZERO)).as("total"),
                qualifiers(qualifier).as("qualifiers"))
                .from(c).leftJoin(attributed).on(attributed.field(aGroup).eq(group)
                        .and(attributed.field(aWindow).eq(window)))
                .where(units)
                .groupBy(group, window);
        return dsl.with(contrib).with(perArea).select().from(select(a.fields()).from(a).unionAll(rest).asTable("m"))
                .orderBy(field(name("m", group.getName())), field(name("m", window.getName())),
                        field(name("m", "area_code")).asc().nullsLast())
                .fetch(r -> new MunicipalityFigure(r.get(0, String.class), r.get(1, String.class), r.get(2, Long.class),
                        r.get(3, String.class), r.get(4, BigDecimal.class), combined(r.get(5, String[].class))));
    }

    /**
     * A project whose counted values make up a total of the scope (group and window), with the municipalities its
     * counted values are disaggregated to: where a total comes from, project by project.
     */
    public record Contributor(String group, String window, long projectId, String projectTitle, List<Long> areaIds) {
    }

    /** The projects behind every total of the scope, by group and window, ordered by title (one statement). */
    public List<Contributor> contributors(Scope scope, List<Window> windows) {
        return contributors(onRequest(scope), windows);
    }

    /** {@link #contributors(Scope, List)} read from counted updates written once ({@link #countOnce}). */
    public List<Contributor> contributors(Scope scope, List<Window> windows, Counted counted) {
        return contributors(counted.of(scope), windows);
    }

    private List<Contributor> contributors(Source source, List<Window> windows) {
        if (windows.isEmpty()) {
            return List.of();
        }
        var contrib = contributions(source, windows);
        var c = contrib.asTable("c");
        Field<String> group = c.field("group_key", String.class);
        Field<String> window = c.field("wkey", String.class);
        Field<Long> project = c.field("project_id", Long.class);
        // the scope holds visible projects only, so the title needs no second visibility check
        Field<String> title = PortfolioSql.projectTitle(project, true);
        var d = source.parts().as("d");
        Field<Long> partArea = d.field(UPDATE_DISAGGREGATION.AREA_ID);
        return dsl.with(contrib)
                .select(group, window, project, title, org.jooq.impl.DSL.arrayAggDistinct(partArea)
                        .filterWhere(partArea.isNotNull()))
                .from(c).leftJoin(d).on(d.field(UPDATE_DISAGGREGATION.UPDATE_ID).eq(c.field("update_id", Long.class)))
                .groupBy(group, window, project)
                .orderBy(group, window, inline(4))
                .fetch(r -> new Contributor(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? List.of() : List.of(r.value5())));
    }

    /**
     * The counted updates per window and indicator, with their group: for a per-period indicator every update of a
     * period inside the window, for a cumulative one the update of the latest period ending at or before the window's
     * end. Columns: wkey, group_key, indicator_id, project_id, measure, cumulative, update_id, value, numerator,
     * denominator, qualifier, start_date, end_date (of the update's period), mismatched.
     */
    private CommonTableExpression<?> contributions(Source source, List<Window> windows) {
        @SuppressWarnings("unchecked")
        Row3<String, LocalDate, LocalDate>[] rows = windows.stream()
                .map(w -> row(w.key(), w.start(), w.end())).toArray(Row3[]::new);
        Table<?> w = values(rows).as("w", "wkey", "wstart", "wend");
        var u = source.updates().asTable("u");
        Field<Boolean> cumulative = u.field("cumulative", Boolean.class);
        Field<LocalDate> end = u.field("end_date", LocalDate.class);
        Field<LocalDate> next = u.field("next_end", LocalDate.class);
        return name("contrib").as(select(W_KEY.as("wkey"), u.field("group_key"), u.field("indicator_id"),
                u.field("project_id"), u.field("measure"), cumulative, u.field("update_id"), u.field("value"),
                u.field("numerator"), u.field("denominator"), u.field("qualifier"), u.field("start_date"), end,
                u.field("mismatched"))
                .from(u)
                .join(w).on(end.le(W_END).and(cumulative.isTrue().and(next.isNull().or(next.gt(W_END)))
                        .or(cumulative.isFalse().and(u.field("start_date", LocalDate.class).ge(W_START))))));
    }

    /**
     * The counted updates of the indicators of {@code s} (indicator_id, group_key), each once and whatever the window:
     * group_key, indicator_id, project_id, measure, cumulative, update_id, value, numerator, denominator, qualifier,
     * start_date, end_date (of the update's period), next_end and mismatched. Per indicator, so the rows of a subset of the
     * indicators are the rows of those indicators among the rows of a larger set.
     */
    private static Select<?> countedUpdates(Table<?> s) {
        // Each counted update once, with the end of its indicator's next counted period: a cumulative value holds
        // for the windows ending from its period's end until just before that next end (the latest at or before a
        // window's end), so no window needs a sort of its own. Equal ends: the later update holds.
        Field<LocalDate> nextEnd = lead(REPORTING_PERIOD.END_DATE).over().partitionBy(RESULT_UPDATE.INDICATOR_ID)
                .orderBy(REPORTING_PERIOD.END_DATE, RESULT_UPDATE.ID);
        // Whether the update's disaggregations do not add up, once per update (not per window): municipalities may
        // cover part of the value (the rest is not attributed), a dimension must cover all of it.
        Field<Long> dimension = DIMENSION_VALUE.DIMENSION_ID;
        Field<Boolean> mismatched = field(exists(selectOne().from(UPDATE_DISAGGREGATION)
                .leftJoin(DIMENSION_VALUE).on(DIMENSION_VALUE.ID.eq(UPDATE_DISAGGREGATION.DIMENSION_VALUE_ID))
                .where(UPDATE_DISAGGREGATION.UPDATE_ID.eq(RESULT_UPDATE.ID))
                .groupBy(dimension)
                .having(dimension.isNull().and(sum(UPDATE_DISAGGREGATION.VALUE).gt(RESULT_UPDATE.VALUE))
                        .or(dimension.isNotNull().and(sum(UPDATE_DISAGGREGATION.VALUE).ne(RESULT_UPDATE.VALUE))))));
        return select(S_GROUP.as("group_key"), RESULT_UPDATE.INDICATOR_ID, RESULT.PROJECT_ID,
                INDICATOR.MEASURE.cast(String.class).as("measure"), INDICATOR.CUMULATIVE,
                RESULT_UPDATE.ID.as("update_id"), RESULT_UPDATE.VALUE, RESULT_UPDATE.NUMERATOR,
                RESULT_UPDATE.DENOMINATOR, RESULT_UPDATE.QUALIFIER.cast(String.class).as("qualifier"),
                REPORTING_PERIOD.START_DATE, REPORTING_PERIOD.END_DATE, nextEnd.as("next_end"),
                mismatched.as("mismatched"))
                .from(s)
                .join(RESULT_UPDATE).on(RESULT_UPDATE.INDICATOR_ID.eq(S_INDICATOR))
                .join(INDICATOR).on(INDICATOR.ID.eq(RESULT_UPDATE.INDICATOR_ID))
                .join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(RESULT_UPDATE.PERIOD_ID))
                .where(counted(RESULT_UPDATE))
                .and(INDICATOR.MEASURE.ne(Measure.QUALITATIVE));
    }

    private static Table<?> scopeTable(Scope scope) {
        return scope.indicators().asTable("s", "indicator_id", "group_key");
    }

    // ---- where the engine reads from -------------------------------------------------------------------

    /**
     * The counted updates of a scope ({@link #countedUpdates}) and the table of their disaggregations (the columns of
     * update_disaggregation): read from the updates themselves on request, or from {@link Counted}.
     */
    private record Source(Select<?> updates, Table<?> parts) {
    }

    private static Source onRequest(Scope scope) {
        return new Source(countedUpdates(scopeTable(scope)), UPDATE_DISAGGREGATION);
    }

    /**
     * The counted updates of a set of indicators and their disaggregations, written once to temporary tables of the
     * transaction, so that the totals of several scopes within the set (an owner's code in the public view and in
     * all, of several owners) read them instead of each finding them in the updates anew: the stored totals
     * ({@code ResultTotals}: region, programmes, themes) recompute a code of 48,000 updates at national scale. The same
     * queries as on request, over the same rows ({@link #countedUpdates} is per indicator). Close it (drops the
     * tables) before the data changes and before the next one; it needs a transaction (the tables live in its
     * connection). The tables' names are fixed, so that the statements over them are the same texts every time (the
     * driver prepares them once per connection, and PostgreSQL replans them when the tables are made again).
     */
    public final class Counted implements AutoCloseable {

        private final Table<?> updates;
        private final List<Field<?>> columns;
        private final Table<?> parts;

        private Counted(Table<?> updates, List<Field<?>> columns, Table<?> parts) {
            this.updates = updates;
            this.columns = columns;
            this.parts = parts;
        }

        /** The counted updates of a scope within the set, in the columns of {@link #countedUpdates}. */
        private Source of(Scope scope) {
            Table<?> s = scopeTable(scope);
            List<Field<?>> fields = new ArrayList<>();
            for (Field<?> column : columns) {
                // the group as the scope has it
                fields.add(column.getName().equals("group_key") ? S_GROUP.as("group_key")
                        : field(name("t", column.getName()), column.getDataType()));
            }
            // the columns of update_disaggregation, so the engine reads them as it reads that table
            var d = UPDATE_DISAGGREGATION;
            Table<?> p = select(Stream.of(d.UPDATE_ID, d.AREA_ID, d.DIMENSION_VALUE_ID, d.VALUE)
                    .<Field<?>>map(f -> field(name("p", f.getName()), f.getDataType()).as(f.getName())).toList())
                    .from(parts.as("p")).asTable("parts");
            return new Source(select(fields).from(updates.as("t")).join(s)
                    .on(S_INDICATOR.eq(field(name("t", "indicator_id"), Long.class))), p);
        }

        @Override
        public void close() {
            dsl.dropTableIfExists(updates).execute();
            dsl.dropTableIfExists(parts).execute();
        }
    }

    /**
     * Writes the counted updates of the set of indicators, and their disaggregations, once ({@link Counted}); every
     * scope read from it must lie within the set. Requires a transaction.
     */
    public Counted countOnce(Scope set) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("counted updates are written to temporary tables of a transaction");
        }
        Table<?> updates = table(name("roll_up_updates"));
        Table<?> parts = table(name("roll_up_parts"));
        Select<?> counted = countedUpdates(scopeTable(set));
        // the columns of the counted updates, with their types (no identity, default or not null carried over)
        List<Field<?>> columns = counted.getSelect().stream()
                .<Field<?>>map(f -> field(name(f.getName()), f.getDataType().getSQLDataType())).toList();
        dsl.createTemporaryTable(updates).columns(columns).onCommitDrop().execute();
        dsl.insertInto(updates).select(counted).execute();
        dsl.createTemporaryTable(parts)
                .column(UPDATE_DISAGGREGATION.UPDATE_ID.getUnqualifiedName(), SQLDataType.BIGINT)
                .column(UPDATE_DISAGGREGATION.AREA_ID.getUnqualifiedName(), SQLDataType.BIGINT)
                .column(UPDATE_DISAGGREGATION.DIMENSION_VALUE_ID.getUnqualifiedName(), SQLDataType.BIGINT)
                .column(UPDATE_DISAGGREGATION.VALUE.getUnqualifiedName(), SQLDataType.NUMERIC)
                .onCommitDrop().execute();
        dsl.insertInto(parts).select(select(UPDATE_DISAGGREGATION.UPDATE_ID, UPDATE_DISAGGREGATION.AREA_ID,
                        UPDATE_DISAGGREGATION.DIMENSION_VALUE_ID, UPDATE_DISAGGREGATION.VALUE)
                .from(UPDATE_DISAGGREGATION)
                .where(UPDATE_DISAGGREGATION.UPDATE_ID.in(select(field(name("update_id"), Long.class)).from(updates))))
                .execute();
        // the planner's row counts for the joins over them
        dsl.query("analyze {0}, {1}", updates, parts).execute();
        return new Counted(updates, columns, parts);
    }

    /** The one rule of what counts: an approved update that no approved correction supersedes. */
    public static Condition counted(org.regiomonitor.db.tables.ResultUpdate update) {
        var correction = RESULT_UPDATE.as("correction");
        return update.STATUS.eq(UpdateStatus.APPROVED)
                .andNotExists(selectOne().from(correction).where(correction.SUPERSEDES_ID.eq(update.ID))
                        .and(correction.STATUS.eq(UpdateStatus.APPROVED)));
    }

    /** The progress of every indicator of the project towards its target ({@link Progress} states the rule). */
    public List<Progress> progress(long projectId) {
        return progress(List.of(projectId));
    }

    /** The progress of every indicator of the projects, in four queries however many projects. */
    public List<Progress> progress(Collection<Long> projectIds) {
        var indicators = dsl.select(INDICATOR.ID, INDICATOR.MEASURE, INDICATOR.CUMULATIVE, INDICATOR.ASCENDING,
                        INDICATOR.BASELINE_VALUE, INDICATOR.BASELINE_DATE, INDICATOR.BASELINE_YEAR, INDICATOR.TARGET_VALUE,
                        INDICATOR.TARGET_DATE)
                .from(INDICATOR).join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .where(RESULT.PROJECT_ID.in(projectIds))
                .orderBy(RESULT.POSITION, RESULT.ID, INDICATOR.POSITION, INDICATOR.ID).fetch();
        var values = dsl.select(RESULT_UPDATE.INDICATOR_ID, REPORTING_PERIOD.START_DATE, REPORTING_PERIOD.END_DATE,
                        RESULT_UPDATE.VALUE, RESULT_UPDATE.NUMERATOR, RESULT_UPDATE.DENOMINATOR, RESULT_UPDATE.QUALIFIER)
                .from(RESULT_UPDATE).join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(RESULT_UPDATE.PERIOD_ID))
                .where(RESULT_UPDATE.INDICATOR_ID.in(select(INDICATOR.ID).from(INDICATOR).join(RESULT)
                        .on(RESULT.ID.eq(INDICATOR.RESULT_ID)).where(RESULT.PROJECT_ID.in(projectIds))))
                .and(counted(RESULT_UPDATE))
                .orderBy(REPORTING_PERIOD.END_DATE).fetchGroups(RESULT_UPDATE.INDICATOR_ID);
        var periodTargets = dsl.select(PERIOD_TARGET.INDICATOR_ID, REPORTING_PERIOD.END_DATE, PERIOD_TARGET.TARGET_VALUE)
                .from(PERIOD_TARGET).join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(PERIOD_TARGET.PERIOD_ID))
                .where(PERIOD_TARGET.INDICATOR_ID.in(select(INDICATOR.ID).from(INDICATOR).join(RESULT)
                        .on(RESULT.ID.eq(INDICATOR.RESULT_ID)).where(RESULT.PROJECT_ID.in(projectIds))))
                .orderBy(REPORTING_PERIOD.END_DATE).fetchGroups(PERIOD_TARGET.INDICATOR_ID);
        return indicators.map(i -> {
            var rows = values.getOrDefault(i.get(INDICATOR.ID), null);
            BigDecimal actual = null;
            ValueQualifier qualifier = ValueQualifier.EXACT;
            LocalDate asOf = null;
            LocalDate firstStart = null;
            if (rows != null && !rows.isEmpty()) {
                var last = rows.get(rows.size() - 1);
                asOf = last.get(REPORTING_PERIOD.END_DATE);
                firstStart = rows.get(0).get(REPORTING_PERIOD.START_DATE);
                actual = switch (i.get(INDICATOR.MEASURE)) {
                    case PERCENTAGE -> last.get(RESULT_UPDATE.NUMERATOR).multiply(BigDecimal.valueOf(100))
                            .divide(last.get(RESULT_UPDATE.DENOMINATOR), MathContext.DECIMAL64);
                    case UNIT -> i.get(INDICATOR.CUMULATIVE) ? last.get(RESULT_UPDATE.VALUE)
                            : rows.stream().map(r -> r.get(RESULT_UPDATE.VALUE)).reduce(BigDecimal.ZERO, BigDecimal::add);
                    case QUALITATIVE -> null;
                };
                // the actual is as exact as the values it is made of: the latest one, or all when summed
                qualifier = i.get(INDICATOR.MEASURE) == Measure.UNIT && !i.get(INDICATOR.CUMULATIVE)
                        ? ValueQualifier.combineAll(rows.stream().map(r -> r.get(RESULT_UPDATE.QUALIFIER))
                                .toArray(ValueQualifier[]::new))
                        : last.get(RESULT_UPDATE.QUALIFIER);
            }
            LocalDate pathStart = i.get(INDICATOR.BASELINE_DATE) != null ? i.get(INDICATOR.BASELINE_DATE)
                    : i.get(INDICATOR.BASELINE_YEAR) != null ? LocalDate.of(i.get(INDICATOR.BASELINE_YEAR), 1, 1)
                    : firstStart;
            var targets = periodTargets.getOrDefault(i.get(INDICATOR.ID), null);
            boolean sum = i.get(INDICATOR.MEASURE) == Measure.UNIT && !i.get(INDICATOR.CUMULATIVE);
            return Progress.of(i.get(INDICATOR.ID), actual, i.get(INDICATOR.BASELINE_VALUE), i.get(INDICATOR.TARGET_VALUE),
                    i.get(INDICATOR.ASCENDING), pathStart, i.get(INDICATOR.TARGET_DATE), asOf,
                    asOf == null ? null : periodTarget(targets, asOf, sum), periodTarget(targets, null, sum))
                    .withActualQualifier(qualifier);
        });
    }

    /**
     * What an indicator's period targets ask by the date (null: of all periods): per period their sum, cumulative
     * and percentage the latest. Null when no period with a target ended by then.
     */
    private static BigDecimal periodTarget(List<? extends Record> targets, LocalDate until, boolean sum) {
        if (targets == null) {
            return null;
        }
        List<BigDecimal> due = targets.stream()
                .filter(t -> until == null || !t.get(REPORTING_PERIOD.END_DATE).isAfter(until))
                .map(t -> t.get(PERIOD_TARGET.TARGET_VALUE)).toList();
        if (due.isEmpty()) {
            return null;
        }
        return sum ? due.stream().reduce(BigDecimal.ZERO, BigDecimal::add) : due.get(due.size() - 1);
    }

    private static Figure figure(Record r) {
        Aggregation aggregation = Aggregation.of(Measure.valueOf(r.get(2, String.class)), r.get(3, Boolean.class));
        BigDecimal numerator = r.get(5, BigDecimal.class);
        BigDecimal denominator = r.get(6, BigDecimal.class);
        BigDecimal value = switch (aggregation) {
            case RATIO_OF_SUMS, RATIO_OF_LATEST -> denominator == null || denominator.signum() == 0 ? null
                    : numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, MathContext.DECIMAL64);
            default -> r.get(4, BigDecimal.class);
        };
        return new Figure(r.get(0, String.class), r.get(1, String.class), aggregation, value, numerator, denominator,
                combined(r.get(7, String[].class)), r.get(8, Integer.class), r.get(9, Integer.class), r.get(10, Integer.class),
                r.get(11, LocalDate.class), r.get(12, LocalDate.class));
    }

    /**
     * The distinct qualifiers among the values added up, in the order of their names: as array_agg(distinct ...) would
     * give them, but without sorting every value for it (a flag per qualifier, so the group can be hashed).
     */
    private static Field<String[]> qualifiers(Field<String> qualifier) {
        Field<?>[] each = Stream.of(ValueQualifier.values()).map(Enum::name).sorted()
                .map(q -> when(boolOr(qualifier.eq(inline(q))), inline(q))).toArray(Field[]::new);
        return org.jooq.impl.DSL.field("array_remove({0}, null)", String[].class, array(each));
    }

    /** The qualifier of a sum, from the names the statement aggregated ({@link ValueQualifier#combineAll}). */
    private static ValueQualifier combined(String[] qualifiers) {
        return ValueQualifier.combineAll(qualifiers == null ? null
                : java.util.Arrays.stream(qualifiers).map(ValueQualifier::valueOf).toArray(ValueQualifier[]::new));
    }
}
