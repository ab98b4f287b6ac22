package org.regiomonitor.finance.internal;

import static org.regiomonitor.db.Tables.FINANCE_TOTAL;
import static org.regiomonitor.db.Tables.FINANCE_TOTAL_SOURCE;
import static org.regiomonitor.db.Tables.FINANCE_TOTAL_STATE;
import static org.regiomonitor.finance.internal.FinanceQueries.S;
import static org.regiomonitor.finance.internal.FinanceQueries.SOURCE_COLUMNS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.finance.MoneySources;
import org.regiomonitor.finance.MoneyTotals;
import org.regiomonitor.shared.MaintainedTotals;
import org.springframework.stereotype.Service;

/**
 * The money totals of programmes and areas, stored in the same transaction as the change that moves them (issue 10):
 * the triggers of migration V29 mark the groups (a {@link LineScope#STORED stored scope} and a key) a change can move
 * as dirty, and before the transaction commits {@link #storeDirty} stores them anew with the very queries that compute
 * them on request ({@link FinanceQueries#aggregate}, {@link FinanceQueries#sourceRows},
 * {@link FinanceQueries#projectCounts}), so there is one definition of every figure. The reads here return the
 * stored figures while every group they need is clean, and compute on request otherwise: a change the triggers miss
 * costs speed, never correctness. Each read is one statement either way.
 */
@Service
public class FinanceTotals implements MaintainedTotals {

    private final DSLContext dsl;
    private final FinanceQueries queries;

    FinanceTotals(DSLContext dsl, FinanceQueries queries) {
        this.dsl = dsl;
        this.queries = queries;
    }

    /** {@link FinanceQueries#aggregate} of one key of the scope, or of every key when {@code keyOrNull} is null. */
    public <K> List<Aggregate<K>> aggregate(LineScope<K> scope, K keyOrNull, boolean includeUnpublished) {
        return storedAggregate(scope, keyOrNull, includeUnpublished)
                .orElseGet(() -> queries.aggregate(scope, where(scope, keyOrNull), includeUnpublished));
    }

    /** {@link FinanceQueries#sources} of one key of the scope, or of every key when {@code keyOrNull} is null. */
    public <K> Map<K, Map<String, MoneySources>> sources(LineScope<K> scope, K keyOrNull,
            boolean includeUnpublished) {
        return storedSources(scope, keyOrNull, includeUnpublished)
                .orElseGet(() -> queries.sources(scope, where(scope, keyOrNull), includeUnpublished));
    }

    /** {@link FinanceQueries#projectCounts} of every key of the scope that has projects with lines. */
    public <K> Map<K, Integer> projectCounts(LineScope<K> scope, boolean includeUnpublished) {
        return storedProjectCounts(scope, includeUnpublished)
                .orElseGet(() -> queries.projectCounts(scope, scope.anyKey(), includeUnpublished));
    }

    private static <K> Condition where(LineScope<K> scope, K keyOrNull) {
        return keyOrNull == null ? scope.anyKey() : scope.ofKey(keyOrNull);
    }

    // ---- the stored figures ----

    private static Condition stateOf(LineScope<?> scope, Object keyOrNull) {
        var s = FINANCE_TOTAL_STATE;
        return s.SCOPE.eq(scope.name()).and(keyOrNull == null ? DSL.noCondition() : s.GROUP_KEY.eq(keyOrNull.toString()));
    }

    /**
     * The stored totals, sources and number of projects of the groups whose keys match, for reads that add up
     * several groups of disjoint projects ({@link LineScope#AREA_REACH}); empty when one of them is stale. Two
     * statements. No group matching is nothing: every group a project can be in has a state row (V37).
     */
    public <K> Optional<StoredGroups<K>> storedGroups(LineScope<K> scope,
            Function<Field<String>, Condition> groupKeys, boolean includeUnpublished) {
        var s = FINANCE_TOTAL_STATE;
        var t = FINANCE_TOTAL;
        var projects = includeUnpublished ? s.ALL_PROJECTS : s.PUBLIC_PROJECTS;
        Condition state = s.SCOPE.eq(scope.name()).and(groupKeys.apply(s.GROUP_KEY));
        var rows = dsl.select(stale(scope), s.GROUP_KEY, projects, t.CATEGORY_CODE, t.LINES, t.BUDGETED,
                        t.BUDGETED_KNOWN, t.COMMITTED, t.COMMITTED_KNOWN, t.REALISED, t.REALISED_KNOWN, t.BOTH_KNOWN,
                        t.BOTH_BUDGETED, t.BOTH_COMMITTED)
                .from(s).leftJoin(t).on(t.SCOPE.eq(s.SCOPE)).and(t.GROUP_KEY.eq(s.GROUP_KEY))
                .and(t.PUBLIC.eq(!includeUnpublished))
                .where(state)
                .fetch();
        if (!clean(rows, null)) {
            return Optional.empty();
        }
        Map<String, Integer> projectsByGroup = new LinkedHashMap<>();
        rows.forEach(r -> projectsByGroup.put(r.get(s.GROUP_KEY), r.get(projects)));
        List<Aggregate<K>> aggregates = rows.stream().filter(r -> r.get(t.CATEGORY_CODE) != null)
                .map(r -> new Aggregate<>(scope.parse(r.get(s.GROUP_KEY)), r.get(t.CATEGORY_CODE), new MoneyTotals(
                        r.get(t.BUDGETED), r.get(t.COMMITTED), r.get(t.REALISED), r.get(t.LINES),
                        r.get(t.BUDGETED_KNOWN), r.get(t.COMMITTED_KNOWN), r.get(t.REALISED_KNOWN),
                        new MoneyTotals.BothKnown(r.get(t.BOTH_KNOWN), r.get(t.BOTH_BUDGETED), r.get(t.BOTH_COMMITTED)))))
                .toList();
        var c = FINANCE_TOTAL_SOURCE;
        Map<K, Map<String, MoneySources>> sources = FinanceQueries.sourcesOf(
                dsl.select(c.GROUP_KEY, c.CATEGORY_CODE, c.SOURCE_ID, S.CODE, S.TITLE, S.URL, c.SOURCE_LOCATOR,
                                c.CITATIONS)
                        .from(c).join(S).on(S.ID.eq(c.SOURCE_ID))
                        .where(c.SCOPE.eq(scope.name())).and(c.PUBLIC.eq(!includeUnpublished))
                        .and(groupKeys.apply(c.GROUP_KEY))
                        .fetch(r -> new FinanceQueries.SourceRow<>(scope.parse(r.get(c.GROUP_KEY)),
                                r.get(c.CATEGORY_CODE), r.get(c.SOURCE_ID), SOURCE_COLUMNS.ref(r, c.SOURCE_LOCATOR),
                                r.get(c.CITATIONS))));
        return Optional.of(new StoredGroups<>(aggregates, sources,
                projectsByGroup.values().stream().mapToInt(Integer::intValue).sum()));
    }

    /** The stored figures of several groups: their totals, their sources, and their projects added up. */
    public record StoredGroups<K>(List<Aggregate<K>> aggregates, Map<K, Map<String, MoneySources>> sources,
            int projects) {
    }

    /**
     * Whether a state row is not to be used: marked dirty or, for a {@link LineScope#DATED dated} scope, stored before
     * the last day a membership began or ended.
     */
    private static Field<Boolean> stale(LineScope<?> scope) {
        var s = FINANCE_TOTAL_STATE;
        Field<LocalDate> changed = AreaSql.lastMembershipChange();
        Condition stale = LineScope.DATED.contains(scope)
                ? s.DIRTY.isTrue().or(changed.isNotNull().and(s.STORED_ON.isNull().or(s.STORED_ON.lt(changed))))
                : s.DIRTY.isTrue();
        return DSL.field(stale).as("stale");
    }

    /** The rows are current when there are some (a group of the key is known) and none is stale. */
    private static boolean clean(List<? extends Record> rows, Object keyOrNull) {
        return (keyOrNull == null || !rows.isEmpty()) && rows.stream().noneMatch(r -> r.get("stale", Boolean.class));
    }

    <K> Optional<List<Aggregate<K>>> storedAggregate(LineScope<K> scope, K keyOrNull, boolean includeUnpublished) {
        var s = FINANCE_TOTAL_STATE;
        var t = FINANCE_TOTAL;
        var rows = dsl.select(stale(scope), s.GROUP_KEY, t.CATEGORY_CODE, t.LINES, t.BUDGETED, t.BUDGETED_KNOWN, t.COMMITTED,
                        t.COMMITTED_KNOWN, t.REALISED, t.REALISED_KNOWN, t.BOTH_KNOWN, t.BOTH_BUDGETED, t.BOTH_COMMITTED)
                .from(s).leftJoin(t).on(t.SCOPE.eq(s.SCOPE)).and(t.GROUP_KEY.eq(s.GROUP_KEY))
                .and(t.PUBLIC.eq(!includeUnpublished))
                .where(stateOf(scope, keyOrNull))
                .fetch();
        if (!clean(rows, keyOrNull)) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(r -> r.get(t.CATEGORY_CODE) != null)
                .map(r -> new Aggregate<>(scope.parse(r.get(s.GROUP_KEY)), r.get(t.CATEGORY_CODE), new MoneyTotals(
                        r.get(t.BUDGETED), r.get(t.COMMITTED), r.get(t.REALISED), r.get(t.LINES),
                        r.get(t.BUDGETED_KNOWN), r.get(t.COMMITTED_KNOWN), r.get(t.REALISED_KNOWN),
                        new MoneyTotals.BothKnown(r.get(t.BOTH_KNOWN), r.get(t.BOTH_BUDGETED), r.get(t.BOTH_COMMITTED)))))
                .toList());
    }

    <K> Optional<Map<K, Map<String, MoneySources>>> storedSources(LineScope<K> scope, K keyOrNull,
            boolean includeUnpublished) {
        var s = FINANCE_TOTAL_STATE;
        var t = FINANCE_TOTAL_SOURCE;
        var rows = dsl.select(stale(scope), s.GROUP_KEY, t.CATEGORY_CODE, t.SOURCE_ID, S.CODE, S.TITLE, S.URL,
                        t.SOURCE_LOCATOR, t.CITATIONS)
                .from(s).leftJoin(t.join(S).on(S.ID.eq(t.SOURCE_ID)))
                .on(t.SCOPE.eq(s.SCOPE)).and(t.GROUP_KEY.eq(s.GROUP_KEY)).and(t.PUBLIC.eq(!includeUnpublished))
                .where(stateOf(scope, keyOrNull))
                .fetch();
        if (!clean(rows, keyOrNull)) {
            return Optional.empty();
        }
        return Optional.of(FinanceQueries.sourcesOf(rows.stream().filter(r -> r.get(S.CODE) != null)
                .map(r -> new FinanceQueries.SourceRow<>(scope.parse(r.get(s.GROUP_KEY)), r.get(t.CATEGORY_CODE),
                        r.get(t.SOURCE_ID), SOURCE_COLUMNS.ref(r, t.SOURCE_LOCATOR), r.get(t.CITATIONS)))
                .toList()));
    }

    <K> Optional<Map<K, Integer>> storedProjectCounts(LineScope<K> scope, boolean includeUnpublished) {
        var s = FINANCE_TOTAL_STATE;
        var projects = includeUnpublished ? s.ALL_PROJECTS : s.PUBLIC_PROJECTS;
        var rows = dsl.select(stale(scope), s.GROUP_KEY, projects).from(s).where(stateOf(scope, null))
                .orderBy(s.GROUP_KEY).fetch();
        if (!clean(rows, null)) {
            return Optional.empty();
        }
        Map<K, Integer> result = new LinkedHashMap<>();
        rows.stream().filter(r -> r.get(projects) > 0).forEach(r -> result.put(scope.parse(r.get(s.GROUP_KEY)),
                r.get(projects)));
        return Optional.of(result);
    }

    // ---- storing ----

    /**
     * Stores anew every group marked dirty and marks it clean, a scope at a time: its dirty groups are computed
     * together, so a bulk load that touches every area costs the same few statements as one edit (their cost bounded
     * by the lines of those groups). Rows another transaction holds are skipped: that transaction marked them and
     * stores them before it commits. Ordered, so two transactions lock in the same order.
     */
    @Override
    public void storeDirty() {
        var s = FINANCE_TOTAL_STATE;
        Map<String, List<String>> dirty = new LinkedHashMap<>();
        dsl.select(s.SCOPE, s.GROUP_KEY).from(s).where(s.DIRTY.isTrue()
                        // dated groups stored before a membership began or ended: what areas contain has changed
                        .or(s.SCOPE.in(LineScope.DATED.stream().map(LineScope::name).toList())
                                .and(s.STORED_ON.lt(AreaSql.lastMembershipChange()).or(s.STORED_ON.isNull()))))
                .orderBy(s.SCOPE, s.GROUP_KEY)
                .forUpdate().skipLocked()
                .forEach(r -> dirty.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        dirty.forEach((scope, keys) -> store(scope(scope), keys));
    }

    private static LineScope<?> scope(String name) {
        return LineScope.STORED.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no stored money scope " + name));
    }

    private <K> void store(LineScope<K> whole, List<String> storedKeys) {
        List<K> keys = storedKeys.stream().map(whole::parse).toList();
        LineScope<K> scope = whole.narrowedTo(keys);
        Condition groups = scope.ofKeys(keys);
        var t = FINANCE_TOTAL;
        var c = FINANCE_TOTAL_SOURCE;
        var s = FINANCE_TOTAL_STATE;
        dsl.deleteFrom(t).where(t.SCOPE.eq(scope.name())).and(t.GROUP_KEY.in(storedKeys)).execute();
        dsl.deleteFrom(c).where(c.SCOPE.eq(scope.name())).and(c.GROUP_KEY.in(storedKeys)).execute();
        Map<K, int[]> projects = new LinkedHashMap<>();
        keys.forEach(k -> projects.put(k, new int[2]));
        for (boolean publicView : new boolean[] {true, false}) {
            var totals = dsl.insertInto(t, t.SCOPE, t.GROUP_KEY, t.PUBLIC, t.CATEGORY_CODE, t.LINES, t.BUDGETED,
                    t.BUDGETED_KNOWN, t.COMMITTED, t.COMMITTED_KNOWN, t.REALISED, t.REALISED_KNOWN, t.BOTH_KNOWN,
                    t.BOTH_BUDGETED, t.BOTH_COMMITTED);
            List<Aggregate<K>> aggregates = queries.aggregate(scope, groups, !publicView);
            aggregates.forEach(a -> {
                MoneyTotals m = a.totals();
                totals.values(scope.name(), a.key().toString(), publicView, a.category(), m.lines(), m.budgeted(),
                        m.budgetedKnown(), m.committed(), m.committedKnown(), m.realised(), m.realisedKnown(),
                        m.bothKnown().lines(), m.bothKnown().budgeted(), m.bothKnown().committed());
            });
            if (!aggregates.isEmpty()) {
                totals.execute();
            }
            var sources = dsl.insertInto(c, c.SCOPE, c.GROUP_KEY, c.PUBLIC, c.CATEGORY_CODE, c.SOURCE_ID,
                    c.SOURCE_LOCATOR, c.CITATIONS);
            List<FinanceQueries.SourceRow<K>> rows = queries.sourceRows(scope, groups, !publicView);
            rows.forEach(r -> sources.values(scope.name(), r.key().toString(), publicView, r.category(), r.sourceId(),
                    r.source().locator(), r.citations()));
            if (!rows.isEmpty()) {
                sources.execute();
            }
            int view = publicView ? 0 : 1;
            queries.projectCounts(scope, groups, !publicView).forEach((k, n) -> projects.get(k)[view] = n);
        }
        // one statement for all the groups' counts and clean marks
        var counts = DSL.values(projects.entrySet().stream().map(e -> DSL.row(e.getKey().toString(),
                e.getValue()[0], e.getValue()[1])).toArray(org.jooq.Row3[]::new)).as("v", "group_key", "pub", "alls");
        dsl.update(s).set(s.DIRTY, false).set(s.STORED_ON, DSL.currentLocalDate())
                .set(s.PUBLIC_PROJECTS, counts.field("pub", Integer.class))
                .set(s.ALL_PROJECTS, counts.field("alls", Integer.class))
                .from(counts)
                .where(s.SCOPE.eq(scope.name())).and(s.GROUP_KEY.eq(counts.field("group_key", String.class)))
                .execute();
    }
}
