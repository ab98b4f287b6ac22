package org.regiomonitor.finance.internal;

import static org.regiomonitor.finance.internal.FinanceQueries.BL;
import static org.regiomonitor.finance.internal.FinanceQueries.PA;
import static org.regiomonitor.finance.internal.FinanceQueries.PA_CODE;
import static org.regiomonitor.finance.internal.FinanceQueries.PA_PROJECT;
import static org.regiomonitor.finance.internal.FinanceQueries.PP;
import static org.regiomonitor.finance.internal.FinanceQueries.PP_PROGRAMME;
import static org.regiomonitor.finance.internal.FinanceQueries.PP_PROJECT;

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
public record LineScope<K>(Field<K> key, UnaryOperator<Table<?>> joins, Condition visibleToPublic) {

    /** The programmes' own lines, per programme. */
    public static final LineScope<Long> PROGRAMME_OWN = new LineScope<>(BL.PROGRAMME_ID,
            UnaryOperator.identity(), FinanceQueries.programmeLineVisible(BL));

    /** The lines of each project, per project (a condition on {@code BL.PROJECT_ID} picks the projects). */
    public static final LineScope<Long> PROJECT = new LineScope<>(BL.PROJECT_ID, UnaryOperator.identity(),
            FinanceQueries.projectLineVisible(BL));

    /** The lines of the projects of each programme, per programme (a joint project counts in each). */
    public static final LineScope<Long> PROGRAMME_PROJECTS = new LineScope<>(PP_PROGRAMME,
            t -> t.join(PP).on(PP_PROJECT.eq(BL.PROJECT_ID)),
            PP_PROGRAMME.in(PortfolioSql.visibleProgrammeIds(false)).and(FinanceQueries.projectLineVisible(BL)));

    /** The lines of the projects that reach each area, per area code. */
    public static final LineScope<String> AREA_PROJECTS = new LineScope<>(PA_CODE,
            t -> t.join(PA).on(PA_PROJECT.eq(BL.PROJECT_ID)),
            FinanceQueries.projectLineVisible(BL));

    public Condition visibility(boolean includeUnpublished) {
        return includeUnpublished ? DSL.noCondition() : visibleToPublic;
    }
}
