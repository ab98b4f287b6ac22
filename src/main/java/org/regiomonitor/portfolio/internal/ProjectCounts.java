package org.regiomonitor.portfolio.internal;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.when;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_COUNT;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_THEME;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.regiomonitor.db.tables.ProjectCount;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.shared.MaintainedTotals;
import org.springframework.stereotype.Service;

/**
 * How many projects a programme, a theme or an area has, and in all (issue 10): stored in the same transaction as the
 * change that moves them (the triggers of migration V39 mark the groups dirty; {@link #storeDirty} stores them before
 * commit) so that the dashboard and the lists read a row per group instead of counting every project. A count is the
 * stored one while its group is clean and {@link #computed} otherwise, which is also what is stored: one definition.
 */
@Service
public class ProjectCounts implements MaintainedTotals {

    /** What is counted; {@link #ALL} and {@link #REGION_WIDE} have the one key 0. */
    public enum Scope {
        PROGRAMME, THEME, AREA, ALL, REGION_WIDE
    }

    private final DSLContext dsl;

    ProjectCounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The projects of the group {@code key} of the scope, counted over the projects (the caller may see). */
    static Field<Integer> computed(Scope scope, Field<Long> key, boolean includeUnpublished) {
        Condition visible = PortfolioSql.projectVisible(includeUnpublished);
        return switch (scope) {
            case PROGRAMME -> selectCount().from(PROJECT_PROGRAMME).join(PROJECT).on(PROJECT.ID.eq(PROJECT_PROGRAMME.PROJECT_ID))
                    .where(PROJECT_PROGRAMME.PROGRAMME_ID.eq(key)).and(visible).asField();
            case THEME -> selectCount().from(PROJECT_THEME).join(PROJECT).on(PROJECT.ID.eq(PROJECT_THEME.PROJECT_ID))
                    .where(PROJECT_THEME.THEME_ID.eq(key)).and(visible).asField();
            case AREA -> selectCount().from(PROJECT_AREA).join(PROJECT).on(PROJECT.ID.eq(PROJECT_AREA.PROJECT_ID))
                    .where(PROJECT_AREA.AREA_ID.eq(key)).and(visible).asField();
            case ALL -> selectCount().from(PROJECT).where(visible).asField();
            case REGION_WIDE -> selectCount().from(PROJECT).where(PROJECT.REGION_WIDE.isTrue()).and(visible).asField();
        };
    }

    /**
     * The projects of the group {@code key} of the scope the caller may see, as a scalar subquery: the stored count
     * while the group is clean, {@link #computed} while it is dirty (a change not yet stored, or one a trigger
     * missed), 0 for a group without a row (no change ever put a project in it).
     */
    public static Field<Integer> count(Scope scope, Field<Long> key, boolean includeUnpublished) {
        ProjectCount c = PROJECT_COUNT.as("count_" + scope.name().toLowerCase());
        Field<Integer> group = DSL.select(when(c.DIRTY, computed(scope, key, includeUnpublished))
                        .otherwise(includeUnpublished ? c.ALL_PROJECTS : c.PUBLIC_PROJECTS))
                .from(c).where(c.SCOPE.eq(scope.name())).and(c.GROUP_KEY.eq(key))
                .asField();
        return coalesce(group, inline(0));
    }

    /** The count of {@link Scope#ALL} or {@link Scope#REGION_WIDE}. One query. */
    public long total(Scope scope, boolean includeUnpublished) {
        return dsl.select(count(scope, inline(0L), includeUnpublished)).fetchSingle().value1();
    }

    /**
     * Stores anew every group marked dirty and marks it clean, a scope at a time, with one statement per scope;
     * groups without projects lose their row. Rows another transaction holds are skipped: that transaction marked
     * them and stores them before it commits. Ordered, so two transactions lock in the same order.
     */
    @Override
    public void storeDirty() {
        var c = PROJECT_COUNT;
        Map<String, List<Long>> dirty = new LinkedHashMap<>();
        dsl.select(c.SCOPE, c.GROUP_KEY).from(c).where(c.DIRTY.isTrue()).orderBy(c.SCOPE, c.GROUP_KEY)
                .forUpdate().skipLocked()
                .forEach(r -> dirty.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        dirty.forEach((name, keys) -> {
            Scope scope = Scope.valueOf(name);
            dsl.update(c)
                    .set(c.PUBLIC_PROJECTS, computed(scope, c.GROUP_KEY, false))
                    .set(c.ALL_PROJECTS, computed(scope, c.GROUP_KEY, true))
                    .set(c.DIRTY, false)
                    .where(c.SCOPE.eq(name)).and(c.GROUP_KEY.in(keys))
                    .execute();
            dsl.deleteFrom(c).where(c.SCOPE.eq(name)).and(c.GROUP_KEY.in(keys)).and(c.ALL_PROJECTS.eq(0)).execute();
        });
    }
}
