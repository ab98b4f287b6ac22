package org.regiomonitor.finance;

import java.math.BigDecimal;
import java.util.Collection;
import org.regiomonitor.portfolio.ProjectMoney;

/**
 * Totals of a set of budget lines (their current revisions). A sum runs over the known amounts
 * only; when no amount of a kind is known the sum is {@code null} (unknown), never zero. The
 * counts say how complete each sum is, so the UI can say e.g. "3 of 5 lines have no realised amount".
 *
 * @param budgeted       sum of the known budgeted amounts, or null when none is known
 * @param committed      sum of the known committed amounts, or null when none is known
 * @param realised       sum of the known realised amounts, or null when none is known
 * @param lines          number of lines
 * @param budgetedKnown  number of lines with a known budgeted amount
 * @param committedKnown number of lines with a known committed amount
 * @param realisedKnown  number of lines with a known realised amount
 */
public record MoneyTotals(BigDecimal budgeted, BigDecimal committed, BigDecimal realised,
        int lines, int budgetedKnown, int committedKnown, int realisedKnown) implements ProjectMoney {

    public static final MoneyTotals NONE = new MoneyTotals(null, null, null, 0, 0, 0, 0);

    public MoneyTotals {
        check(budgeted, budgetedKnown, lines);
        check(committed, committedKnown, lines);
        check(realised, realisedKnown, lines);
    }

    private static void check(BigDecimal sum, int known, int lines) {
        if (known < 0 || known > lines || (sum == null) != (known == 0)) {
            throw new IllegalArgumentException("inconsistent totals: sum " + sum + ", " + known + " of " + lines);
        }
    }

    public static MoneyTotals of(Collection<Amounts> amounts) {
        MoneyTotals t = NONE;
        for (Amounts a : amounts) {
            t = t.plus(a);
        }
        return t;
    }

    public MoneyTotals plus(Amounts a) {
        return new MoneyTotals(add(budgeted, a.budgeted()), add(committed, a.committed()), add(realised, a.realised()),
                lines + 1, budgetedKnown + known(a.budgeted()), committedKnown + known(a.committed()),
                realisedKnown + known(a.realised()));
    }

    public MoneyTotals plus(MoneyTotals o) {
        return new MoneyTotals(add(budgeted, o.budgeted), add(committed, o.committed), add(realised, o.realised),
                lines + o.lines, budgetedKnown + o.budgetedKnown, committedKnown + o.committedKnown,
                realisedKnown + o.realisedKnown);
    }

    public int budgetedUnknown() {
        return lines - budgetedKnown;
    }

    public int committedUnknown() {
        return lines - committedKnown;
    }

    public int realisedUnknown() {
        return lines - realisedKnown;
    }

    /** True when at least one line lacks an amount of some kind. */
    public boolean hasUnknowns() {
        return budgetedUnknown() > 0 || committedUnknown() > 0 || realisedUnknown() > 0;
    }

    /** Committed / budgeted (both over known amounts), 4 decimals; null when undefined. */
    public BigDecimal shareCommitted() {
        return Ratios.share(committed, budgeted);
    }

    /** Realised / budgeted (both over known amounts), 4 decimals; null when undefined. */
    public BigDecimal shareRealised() {
        return Ratios.share(realised, budgeted);
    }

    private static BigDecimal add(BigDecimal x, BigDecimal y) {
        if (x == null) {
            return y;
        }
        return y == null ? x : x.add(y);
    }

    private static int known(BigDecimal x) {
        return x == null ? 0 : 1;
    }
}
