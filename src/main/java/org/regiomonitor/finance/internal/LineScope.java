package org.regiomonitor.finance.internal;

import static org.regiomonitor.finance.internal.FinanceQueries.A;
import static org.regiomonitor.finance.internal.FinanceQueries.BL;
import static org.regiomonitor.finance.internal.FinanceQueries.P;
import static org.regiomonitor.finance.internal.FinanceQueries.PA;
import static org.regiomonitor.finance.internal.FinanceQueries.PJ;
import static org.regiomonitor.finance.internal.FinanceQueries.PP;

import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Which budget lines a grouped query covers, grouped by which key. Each scope adds its joins to
 * the base (budget line + funder + current revision) and its visibility rule for anonymous visitors.
 */
public record LineScope<K>(Field<K> key, UnaryOperator<Table<?>> joins, Condition visibleToPublic) {

    /** The programmes' own lines, per programme. */
    public static final LineScope<Long> PROGRAMME_OWN = new LineScope<>(BL.PROGRAMME_ID,
            t -> t.join(P).on(P.ID.eq(BL.PROGRAMME_ID)), P.PUBLISHED.isTrue());

    /** The lines of the projects of each programme, per programme (a joint project counts in each). */
    public static final LineScope<Long> PROGRAMME_PROJECTS = new LineScope<>(PP.PROGRAMME_ID,
            t -> t.join(PP).on(PP.PROJECT_ID.eq(BL.PROJECT_ID))
                    .join(P).on(P.ID.eq(PP.PROGRAMME_ID))
                    .join(PJ).on(PJ.ID.eq(BL.PROJECT_ID)),
            P.PUBLISHED.isTrue().and(PJ.PUBLISHED.isTrue()));

    /** The lines of the projects that reach each area, per area code. */
    public static final LineScope<String> AREA_PROJECTS = new LineScope<>(A.CODE,
            t -> t.join(PJ).on(PJ.ID.eq(BL.PROJECT_ID))
                    .join(PA).on(PA.PROJECT_ID.eq(PJ.ID))
                    .join(A).on(A.ID.eq(PA.AREA_ID)),
            PJ.PUBLISHED.isTrue());

    public Condition visibility(boolean includeUnpublished) {
        return includeUnpublished ? DSL.noCondition() : visibleToPublic;
    }
}
