package org.regiomonitor.portfolio;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The money of a project as the project list shows it: the sums of the known budgeted, committed and realised
 * amounts of its budget lines (null when none is known, never zero) and how many lines lack each amount.
 * The finance feature owns the money and implements this ({@code MoneyTotals}); the portfolio only reads it
 * through {@link Lookup}, because the finance feature depends on the portfolio and not the other way round.
 */
public interface ProjectMoney {

    BigDecimal budgeted();

    BigDecimal committed();

    BigDecimal realised();

    int budgetedUnknown();

    int committedUnknown();

    int realisedUnknown();

    /** The money of many projects at once (a bounded number of queries, whatever the number of projects). */
    interface Lookup {

        /** Per project id; projects without budget lines are absent (their money is unknown, not zero). */
        Map<Long, ? extends ProjectMoney> byProject(Collection<Long> projectIds, boolean includeUnpublished);
    }
}
