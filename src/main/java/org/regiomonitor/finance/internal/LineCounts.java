package org.regiomonitor.finance.internal;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_LINE_COUNT;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.regiomonitor.db.tables.BudgetLine;
import org.regiomonitor.shared.MaintainedTotals;
import org.springframework.stereotype.Service;

/**
 * How many budget lines each funder has per year (issue 10), for the funder list and the total of the budget-line
 * list: stored in the same transaction as the change that moves them (the triggers of migration V43 mark the groups
 * dirty; {@link #storeDirty} stores them before commit) instead of counting 106,000 lines and their revisions on every
 * request. A group's count is the stored one while the group is clean and {@link #computed} otherwise, which is also
 * what is stored: one definition.
 */
@Service
public class LineCounts implements MaintainedTotals {

    private final DSLContext dsl;

    LineCounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The group key of a line's year: 0 for the whole period (null), as {@code budget_line_unique_idx} has it. */
    static Field<Integer> yearKey(Field<Integer> year) {
        return coalesce(year, inline(0));
    }

    /**
     * A line is listed (and counted) when it has a current revision, as {@link FinanceQueries#linePage} joins it; every
     * line is written with its first revision, so in practice that is every line.
     */
    static Condition hasCurrentRevision(BudgetLine line) {
        return DSL.exists(selectOne().from(BUDGET_REVISION).where(BUDGET_REVISION.BUDGET_LINE_ID.eq(line.ID))
                .and(BUDGET_REVISION.LATEST.isTrue()));
    }

    /** The lines of the funder in the year group the caller may see, counted over the lines. */
    static Field<Integer> computed(Field<Long> funder, Field<Integer> yearKey, boolean includeUnpublished) {
        BudgetLine l = BUDGET_LINE.as("counted_line");
        return selectCount().from(l).where(l.FUNDER_ID.eq(funder)).and(yearKey(l.YEAR).eq(yearKey))
                .and(hasCurrentRevision(l)).and(FinanceQueries.lineVisibility(l, includeUnpublished)).asField();
    }

    /**
     * The lines of the groups that match (a condition on {@code budget_line_count}, not aliased) the
     * caller may see, as a scalar subquery: each group's stored count while it is clean, {@link #computed} while it is
     * dirty (a change not yet stored, or one a trigger missed); groups without a row have no lines.
     */
    static Field<Integer> total(Condition groups, boolean includeUnpublished) {
        var c = BUDGET_LINE_COUNT;
        Field<Integer> group = when(c.DIRTY, computed(c.FUNDER_ID, c.YEAR_KEY, includeUnpublished))
                .otherwise(includeUnpublished ? c.ALL_LINES : c.PUBLIC_LINES);
        Field<Integer> lines = DSL.select(sum(group).cast(SQLDataType.INTEGER)).from(c).where(groups).asField();
        return coalesce(lines, inline(0));
    }

    @Override
    public void storeDirty() {
        var c = BUDGET_LINE_COUNT;
        Result<Record2<Long, Integer>> dirty = dsl.select(c.FUNDER_ID, c.YEAR_KEY).from(c).where(c.DIRTY.isTrue())
                .orderBy(c.FUNDER_ID, c.YEAR_KEY).forUpdate().skipLocked().fetch();
        if (dirty.isEmpty()) {
            return;
        }
        Condition these = row(c.FUNDER_ID, c.YEAR_KEY).in(dirty);
        dsl.update(c)
                .set(c.PUBLIC_LINES, computed(c.FUNDER_ID, c.YEAR_KEY, false))
                .set(c.ALL_LINES, computed(c.FUNDER_ID, c.YEAR_KEY, true))
                .set(c.DIRTY, false)
                .where(these)
                .execute();
        dsl.deleteFrom(c).where(these).and(c.ALL_LINES.eq(0)).execute();
    }
}
