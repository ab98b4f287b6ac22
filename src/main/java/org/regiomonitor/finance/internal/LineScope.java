package org.regiomonitor.finance.internal;

import static org.regiomonitor.finance.internal.FinanceQueries.BL;
import static org.regiomonitor.finance.internal.FinanceQueries.PA;
import static org.regiomonitor.finance.internal.FinanceQueries.PA_CODE;
import static org.regiomonitor.finance.internal.FinanceQueries.PA_PROJECT;
import static org.regiomonitor.finance.internal.FinanceQueries.PP;
import static org.regiomonitor.finance.internal.FinanceQueries.PP_PROGRAMME;
import static org.regiomonitor.finance.internal.FinanceQueries.PP_PROJECT;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.regiomonitor.portfolio.PortfolioSql;

/**
 * Which budget lines a grouped query covers, grouped by which key. Each scope adds its joins to
 * the base (budget line + funder + current revision) and its visibility rule for anonymous visitors
 * (the portfolio's publication rule for programmes and projects).
 */
public record LineScope<K>(String name, Field<K> key, UnaryOperator<Table<?>> joins, Condition visibleToPublic,
        Function<Collection<K>, Condition> groups, Function<Collection<K>, UnaryOperator<Table<?>>> joinsOfGroups) {

    LineScope(String name, Field<K> key, UnaryOperator<Table<?>> joins, Condition visibleToPublic) {
        this(name, key, joins, visibleToPublic, key::in);
    }

    LineScope(String name, Field<K> key, UnaryOperator<Table<?>> joins, Condition visibleToPublic,
            Function<Collection<K>, Condition> groups) {
        this(name, key, joins, visibleToPublic, groups, keys -> joins);
    }

    /** The programmes' own lines, per programme. */
    public static final LineScope<Long> PROGRAMME_OWN = new LineScope<>("PROGRAMME_OWN", BL.PROGRAMME_ID,
            UnaryOperator.identity(), FinanceQueries.programmeLineVisible(BL));

    /** The lines of each project, per project (a condition on {@code BL.PROJECT_ID} picks the projects). */
    public static final LineScope<Long> PROJECT = new LineScope<>("PROJECT", BL.PROJECT_ID, UnaryOperator.identity(),
            FinanceQueries.projectLineVisible(BL));

    /** The lines of the projects of each programme, per programme (a joint project counts in each). */
    public static final LineScope<Long> PROGRAMME_PROJECTS = new LineScope<>("PROGRAMME_PROJECTS", PP_PROGRAMME,
            t -> t.join(PP).on(PP_PROJECT.eq(BL.PROJECT_ID)),
            PP_PROGRAMME.in(PortfolioSql.visibleProgrammeIds(false)).and(FinanceQueries.projectLineVisible(BL)));

    /** The lines of the projects that reach each area, per area code. */
    public static final LineScope<String> AREA_PROJECTS = new LineScope<>("AREA_PROJECTS", PA_CODE,
            t -> t.join(PA).on(PA_PROJECT.eq(BL.PROJECT_ID)),
            FinanceQueries.projectLineVisible(BL),
            // the code is computed per row of the derived table: pick the area's projects by index first
            codes -> PA_CODE.in(codes).and(BL.PROJECT_ID.in(PortfolioSql.projectIdsNamingCodes(codes))));

    private static final Field<Long> REACH_PROJECT = DSL.field(DSL.name("ra", "project_id"), Long.class);

    /**
     * The lines of the projects that reach each area, in groups of at most one named area's projects (see
     * {@link PortfolioSql#projectReach}, migration V37): an area's projects are those of its groups
     * ({@link PortfolioSql#reachOf}), each in one. The groups' joins compute the reach of their projects only.
     */
    public static final LineScope<String> AREA_REACH = new LineScope<>("AREA_REACH",
            DSL.field(DSL.name("ra", "reach_key"), String.class),
            t -> t.join(PortfolioSql.projectReach("ra", PortfolioSql.allProjectIds()))
                    .on(REACH_PROJECT.eq(BL.PROJECT_ID)),
            FinanceQueries.projectLineVisible(BL),
            keys -> DSL.field(DSL.name("ra", "reach_key"), String.class).in(keys)
                    .and(BL.PROJECT_ID.in(PortfolioSql.projectIdsInReach(keys))),
            keys -> t -> t.join(PortfolioSql.projectReach("ra", PortfolioSql.projectIdsInReach(keys)))
                    .on(REACH_PROJECT.eq(BL.PROJECT_ID)));

    /** The scopes whose totals are stored ({@link FinanceTotals}); the name is their {@code scope} there. */
    public static final List<LineScope<?>> STORED = List.of(PROGRAMME_OWN, PROGRAMME_PROJECTS,
            AREA_PROJECTS, AREA_REACH);

    /** The scopes whose groups depend on which areas contain which today: stored as of a day. */
    static final List<LineScope<?>> DATED = List.of(AREA_REACH);

    /** This scope with the joins narrowed to the groups with the given keys (to compute those groups only). */
    public LineScope<K> narrowedTo(Collection<K> keys) {
        return new LineScope<>(name, key, joinsOfGroups.apply(keys), visibleToPublic, groups, joinsOfGroups);
    }

    /** The group of this scope with the given key, in the stored form. */
    public Condition ofKey(K value) {
        return groups.apply(List.of(value));
    }

    /** The groups of this scope with the given keys. */
    public Condition ofKeys(Collection<K> values) {
        return groups.apply(values);
    }

    /** Every group of the scope: lines outside it (a project's line in the programmes' own scope) have no key. */
    public Condition anyKey() {
        return key.isNotNull();
    }

    /** A stored group key (text) as this scope's key. */
    public K parse(String storedKey) {
        return key.getDataType().convert(storedKey);
    }

    public Condition visibility(boolean includeUnpublished) {
        return includeUnpublished ? DSL.noCondition() : visibleToPublic;
    }
}
