package org.regiomonitor.results.internal;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.regiomonitor.results.Aggregation;
import org.regiomonitor.results.RegionResults;
import org.regiomonitor.results.RollUps;
import org.regiomonitor.results.RollUps.Contributor;
import org.regiomonitor.results.RollUps.Figure;
import org.regiomonitor.results.RollUps.MunicipalityFigure;
import org.regiomonitor.results.RollUps.Window;
import org.regiomonitor.shared.ValueQualifier;

/**
 * The one way the roll-up totals of an owner (a programme: {@link ProgrammeTotals}, a theme: {@link ThemeTotals}) are
 * stored and read, per (owner, catalogue code), over four tables of the same shape that differ in the owner's column
 * ({@code <owner>_result_state}, {@code _total}, {@code _area_total}, {@code _source}, keyed by {@code <owner>_id}).
 * Triggers (V21, V36, one function since V46) mark the pairs a change can move as dirty; {@link ResultTotals} stores
 * each anew before the transaction commits with the same {@link RollUps#figures}, {@link RollUps#byMunicipality} and
 * {@link RollUps#contributors} that compute them on request, over that code alone ({@link #scope}), over the periods of
 * the owner's programme and all periods together. Reads return the stored rows while no code of the owner is dirty and
 * empty otherwise (then the caller computes on request), one statement each.
 */
public abstract class StoredRollUps {

    /** The projects behind a group's totals over all periods: how many, and the first ones in the engine's order. */
    public record Sources(int count, List<Contributor> first) {
    }

    private final DSLContext dsl;
    private final RollUps rollUps;
    private final boolean splitOfAllPeriods;

    // the state: owner, group, dirty
    private final Table<?> state;
    private final Field<Long> stateOwner;
    private final Field<String> stateGroup;
    private final Field<Boolean> stateDirty;

    // the figures
    private final Table<?> total;
    private final Field<Long> owner;
    private final Field<Boolean> publicView;
    private final Field<Long> period;
    private final Field<String> group;
    private final Field<String> window;
    private final Field<String> aggregation;
    private final Field<BigDecimal> value;
    private final Field<BigDecimal> numerator;
    private final Field<BigDecimal> denominator;
    private final Field<String> qualifier;
    private final Field<Integer> indicators;
    private final Field<Integer> projects;
    private final Field<Integer> flagged;
    private final Field<LocalDate> firstStart;
    private final Field<LocalDate> lastEnd;

    // the municipality split
    private final Table<?> areaTotal;
    private final Field<Long> areaOwner;
    private final Field<Boolean> areaPublic;
    private final Field<Long> areaPeriod;
    private final Field<String> areaGroup;
    private final Field<String> areaWindow;
    private final Field<Long> areaId;
    private final Field<String> areaCode;
    private final Field<BigDecimal> areaValue;
    private final Field<String> areaQualifier;

    // the sources
    private final Table<?> source;
    private final String ownerColumn;

    /**
     * @param ownerColumn       the owner's column in all four tables ({@code programme_id}, {@code theme_id})
     * @param splitOfAllPeriods whether the municipality split over all periods is stored too (period null), besides
     *                          the split per period
     */
    protected StoredRollUps(DSLContext dsl, RollUps rollUps, Table<?> state, Table<?> total, Table<?> areaTotal,
            Table<?> source, String ownerColumn, boolean splitOfAllPeriods) {
        this.dsl = dsl;
        this.rollUps = rollUps;
        this.splitOfAllPeriods = splitOfAllPeriods;
        this.ownerColumn = ownerColumn;
        this.state = state;
        stateOwner = field(state, ownerColumn, Long.class);
        stateGroup = field(state, "group_key", String.class);
        stateDirty = field(state, "dirty", Boolean.class);
        this.total = total;
        owner = field(total, ownerColumn, Long.class);
        publicView = field(total, "public", Boolean.class);
        period = field(total, "period_id", Long.class);
        group = field(total, "group_key", String.class);
        aggregation = field(total, "aggregation", String.class);
        value = field(total, "value", BigDecimal.class);
        numerator = field(total, "numerator", BigDecimal.class);
        denominator = field(total, "denominator", BigDecimal.class);
        qualifier = field(total, "qualifier", String.class);
        indicators = field(total, "indicators", Integer.class);
        projects = field(total, "projects", Integer.class);
        flagged = field(total, "flagged", Integer.class);
        firstStart = field(total, "first_start", LocalDate.class);
        lastEnd = field(total, "last_end", LocalDate.class);
        // the window key of a stored row: its period's id, or that of all periods (period null)
        window = coalesce(period.cast(SQLDataType.VARCHAR), inline(RegionResults.ALL_PERIODS.key()));
        this.areaTotal = areaTotal;
        areaOwner = field(areaTotal, ownerColumn, Long.class);
        areaPublic = field(areaTotal, "public", Boolean.class);
        areaPeriod = field(areaTotal, "period_id", Long.class);
        areaGroup = field(areaTotal, "group_key", String.class);
        areaId = field(areaTotal, "area_id", Long.class);
        areaCode = field(areaTotal, "area_code", String.class);
        areaValue = field(areaTotal, "value", BigDecimal.class);
        areaQualifier = field(areaTotal, "qualifier", String.class);
        areaWindow = coalesce(areaPeriod.cast(SQLDataType.VARCHAR), inline(RegionResults.ALL_PERIODS.key()));
        this.source = source;
    }

    private static <T> Field<T> field(Table<?> table, String name, Class<T> type) {
        return Objects.requireNonNull(table.field(name, type), () -> table.getName() + "." + name);
    }

    /** The scope of one code of the owner ({@link RollUps#programmeGroup}, {@link RollUps#themeGroup}). */
    protected abstract RollUps.Scope scope(long ownerId, String group, boolean includeUnpublished);

    /** Which reporting periods are the owner's windows: those of its programme. */
    protected abstract Condition periodsOf(long ownerId);

    /**
     * The stored totals of the owner per period in the order {@link RollUps#figures} gives them (one statement), or
     * empty when they are not known to be current (no state yet, or marked dirty).
     */
    public Optional<List<Figure>> figures(long ownerId, boolean includeUnpublished) {
        return figures(ownerId, includeUnpublished, period.isNotNull());
    }

    /** The stored totals of the owner over all periods ({@link RegionResults#ALL_PERIODS}), as {@link #figures}. */
    public Optional<List<Figure>> figuresOfAllPeriods(long ownerId, boolean includeUnpublished) {
        return figures(ownerId, includeUnpublished, period.isNull());
    }

    private Optional<List<Figure>> figures(long ownerId, boolean includeUnpublished, Condition periods) {
        var dirty = dirty(ownerId);
        var rows = dsl.select(dirty, group, window, aggregation, value, numerator, denominator, qualifier, indicators,
                        projects, flagged, firstStart, lastEnd)
                .from(DSL.selectOne()).leftJoin(total).on(owner.eq(ownerId)).and(publicView.eq(!includeUnpublished))
                .and(periods)
                .orderBy(group, window, aggregation).fetch();
        if (rows.get(0).get(dirty)) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(r -> r.get(group) != null)
                .map(r -> new Figure(r.get(group), r.get(window), Aggregation.valueOf(r.get(aggregation)), r.get(value),
                        r.get(numerator), r.get(denominator), ValueQualifier.valueOf(r.get(qualifier)),
                        r.get(indicators), r.get(projects), r.get(flagged), r.get(firstStart), r.get(lastEnd)))
                .toList());
    }

    /** The stored municipality split of the owner per period (one statement), or empty when not known to be current. */
    public Optional<List<MunicipalityFigure>> byMunicipality(long ownerId, boolean includeUnpublished) {
        return byMunicipality(ownerId, includeUnpublished, areaPeriod.isNotNull());
    }

    /** The stored municipality split over all periods, as {@link #byMunicipality}; only where it is stored. */
    protected Optional<List<MunicipalityFigure>> byMunicipalityOfAllPeriods(long ownerId, boolean includeUnpublished) {
        if (!splitOfAllPeriods) {
            throw new IllegalStateException(areaTotal.getName() + " holds no split over all periods");
        }
        return byMunicipality(ownerId, includeUnpublished, areaPeriod.isNull());
    }

    private Optional<List<MunicipalityFigure>> byMunicipality(long ownerId, boolean includeUnpublished,
            Condition periods) {
        var dirty = dirty(ownerId);
        var rows = dsl.select(dirty, areaGroup, areaWindow, areaId, areaCode, areaValue, areaQualifier)
                .from(DSL.selectOne()).leftJoin(areaTotal).on(areaOwner.eq(ownerId))
                .and(areaPublic.eq(!includeUnpublished)).and(periods)
                .orderBy(areaGroup, areaWindow, areaCode.nullsLast()).fetch();
        if (rows.get(0).get(dirty)) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(r -> r.get(areaGroup) != null)
                .map(r -> new MunicipalityFigure(r.get(areaGroup), r.get(areaWindow), r.get(areaId), r.get(areaCode),
                        r.get(areaValue), ValueQualifier.valueOf(r.get(areaQualifier))))
                .toList());
    }

    /**
     * The stored sources of the owner's totals ({@link RollUps#contributors} over all periods) per group, at most
     * {@code shown} projects each with the count of all (one statement), or empty when not known to be current.
     */
    public Optional<Map<String, Sources>> sources(long ownerId, boolean includeUnpublished, int shown) {
        var c = source;
        var last = source.as("last");
        Field<Integer> lastPosition = field(last, "position", Integer.class);
        // positions run from 0 in every group: the count of all is the last position + 1, one index probe per row
        var all = DSL.field(DSL.select(lastPosition.plus(1)).from(last)
                .where(field(last, ownerColumn, Long.class).eq(ownerId))
                .and(field(last, "public", Boolean.class).eq(field(c, "public", Boolean.class)))
                .and(field(last, "group_key", String.class).eq(field(c, "group_key", String.class)))
                .orderBy(lastPosition.desc()).limit(1)).as("all");
        var dirty = dirty(ownerId);
        Field<String> sourceGroup = field(c, "group_key", String.class);
        Field<Long> project = field(c, "project_id", Long.class);
        Field<String> title = field(c, "project_title", String.class);
        Field<Integer> position = field(c, "position", Integer.class);
        var rows = dsl.select(dirty, sourceGroup, project, title, all)
                .from(DSL.selectOne()).leftJoin(c).on(field(c, ownerColumn, Long.class).eq(ownerId))
                .and(field(c, "public", Boolean.class).eq(!includeUnpublished)).and(position.lt(shown))
                .orderBy(sourceGroup, position).fetch();
        if (rows.get(0).get(dirty)) {
            return Optional.empty();
        }
        return Optional.of(sources(rows, sourceGroup, project, title, all));
    }

    /** Rows of a sources read (group, project, title, count of all; group null: none) as sources per group, in order. */
    static Map<String, Sources> sources(List<? extends org.jooq.Record> rows, Field<String> group, Field<Long> project,
            Field<String> title, Field<Integer> all) {
        Map<String, Sources> sources = new LinkedHashMap<>();
        rows.stream().filter(r -> r.get(group) != null).forEach(r -> sources.computeIfAbsent(r.get(group),
                g -> new Sources(r.get(all), new ArrayList<>())).first()
                .add(new Contributor(r.get(group), RegionResults.ALL_PERIODS.key(), r.get(project), r.get(title),
                        List.of())));
        return sources;
    }

    /** The period of a window key: null for all periods. */
    static Long periodOf(String window) {
        return window.equals(RegionResults.ALL_PERIODS.key()) ? null : Long.valueOf(window);
    }

    /** Whether a code of the owner is marked dirty: then its stored rows are not its totals. */
    private Field<Boolean> dirty(long ownerId) {
        return DSL.field(DSL.exists(DSL.selectOne().from(state).where(stateOwner.eq(ownerId)).and(stateDirty.isTrue())))
                .as("dirty");
    }

    /**
     * Stores anew the totals of every (owner, code) marked dirty, and marks them clean. Rows another transaction holds
     * are skipped: that transaction marked them and recomputes them before it commits. Returns the owners recomputed.
     */
    public List<Long> recomputeDirty() {
        var dirty = lockDirty();
        dirty.forEach((code, owners) -> {
            // the counted updates of the code's dirty owners found once (both views: all holds the public one)
            RollUps.Scope all = owners.stream().map(o -> scope(o, code, true)).reduce(RollUps::union).orElseThrow();
            try (var counted = rollUps.countOnce(all)) {
                recompute(code, owners, counted);
            }
        });
        return dirty.values().stream().flatMap(List::stream).distinct().sorted().toList();
    }

    /**
     * Locks the (owner, code) pairs marked dirty, skipping those another transaction holds (it marked them and stores
     * them before it commits), in order, so two transactions lock in the same order: the owners per code.
     */
    Map<String, List<Long>> lockDirty() {
        var dirty = dsl.select(stateOwner, stateGroup).from(state).where(stateDirty.isTrue())
                .orderBy(stateOwner, stateGroup).forUpdate().skipLocked().fetch();
        Map<String, List<Long>> ownersByCode = new LinkedHashMap<>();
        dirty.forEach(r -> ownersByCode.computeIfAbsent(r.value2(), c -> new ArrayList<>()).add(r.value1()));
        return ownersByCode;
    }

    /** Stores the totals of the code of each owner anew (and marks them clean), from the code's counted updates. */
    void recompute(String code, List<Long> owners, RollUps.Counted counted) {
        owners.forEach(owner -> recompute(owner, code, counted));
    }

    /** Stores the totals of one code of the owner anew, with the engine over that code alone. */
    private void recompute(long ownerId, String code, RollUps.Counted counted) {
        // its periods, and all periods together (stored with period null)
        List<Window> periods = ResultsReader.windowsOf(dsl.selectFrom(REPORTING_PERIOD).where(periodsOf(ownerId))
                .fetch(ResultsReader::periodView));
        List<Window> windows = new ArrayList<>(periods);
        windows.add(RegionResults.ALL_PERIODS);
        dsl.deleteFrom(total).where(owner.eq(ownerId)).and(group.eq(code)).execute();
        dsl.deleteFrom(areaTotal).where(areaOwner.eq(ownerId)).and(areaGroup.eq(code)).execute();
        dsl.deleteFrom(source).where(field(source, ownerColumn, Long.class).eq(ownerId))
                .and(field(source, "group_key", String.class).eq(code)).execute();
        for (boolean isPublic : new boolean[] {true, false}) {
            RollUps.Scope scope = scope(ownerId, code, !isPublic);
            var figures = dsl.insertInto(total, owner, publicView, period, group, aggregation, value, numerator,
                    denominator, qualifier, indicators, projects, flagged, firstStart, lastEnd);
            List<Figure> computed = rollUps.figures(scope, windows, counted);
            computed.forEach(f -> figures.values(ownerId, isPublic, periodOf(f.window()), f.group(),
                    f.aggregation().name(), f.value(), f.numerator(), f.denominator(), f.qualifier().name(),
                    f.indicators(), f.projects(), f.flagged(), f.firstStart(), f.lastEnd()));
            if (!computed.isEmpty()) {
                figures.execute();
            }
            var areas = dsl.insertInto(areaTotal, areaOwner, areaPublic, areaPeriod, areaGroup, areaId, areaCode,
                    areaValue, areaQualifier);
            List<MunicipalityFigure> split = rollUps.byMunicipality(scope, splitOfAllPeriods ? windows : periods, counted);
            split.forEach(m -> areas.values(ownerId, isPublic, periodOf(m.window()), m.group(), m.areaId(),
                    m.areaCode(), m.value(), m.qualifier().name()));
            if (!split.isEmpty()) {
                areas.execute();
            }
            var sources = dsl.insertInto(source, field(source, ownerColumn, Long.class),
                    field(source, "public", Boolean.class), field(source, "group_key", String.class),
                    field(source, "position", Integer.class), field(source, "project_id", Long.class),
                    field(source, "project_title", String.class));
            List<Contributor> behind = rollUps.contributors(scope, List.of(RegionResults.ALL_PERIODS), counted);
            for (int position = 0; position < behind.size(); position++) {
                Contributor each = behind.get(position);
                sources.values(ownerId, isPublic, code, position, each.projectId(), each.projectTitle());
            }
            if (!behind.isEmpty()) {
                sources.execute();
            }
        }
        dsl.update(state).set(stateDirty, false).where(stateOwner.eq(ownerId)).and(stateGroup.eq(code)).execute();
    }
}
