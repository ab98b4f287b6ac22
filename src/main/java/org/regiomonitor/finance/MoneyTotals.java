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
 * @param bothKnown      the lines that give both a budgeted and a committed amount: the only lines over
 *                       which "committed of budgeted" compares like with like
 */
public record MoneyTotals(BigDecimal budgeted, BigDecimal committed, BigDecimal realised,
        int lines, int budgetedKnown, int committedKnown, int realisedKnown, BothKnown bothKnown) implements ProjectMoney {

    public static final MoneyTotals NONE = new MoneyTotals(null, null, null, 0, 0, 0, 0, BothKnown.NONE);

    /**
     * The lines with both a budgeted and a committed amount, and the sums of those two amounts over them.
     *
     * @param lines     number of such lines
     * @param budgeted  their budgeted amounts summed; null when there is no such line
     * @param committed their committed amounts summed; null when there is no such line
     */
    public record BothKnown(int lines, BigDecimal budgeted, BigDecimal committed) {

        public static final BothKnown NONE = new BothKnown(0, null, null);

        public BothKnown {
            if (lines < 0 || (budgeted == null) != (lines == 0) || (committed == null) != (lines == 0)) {
                throw new IllegalArgumentException("inconsistent pairs: " + budgeted + ", " + committed + " over "
                        + lines);
            }
        }

        BothKnown plus(BothKnown o) {
            return new BothKnown(lines + o.lines, add(budgeted, o.budgeted), add(committed, o.committed));
        }

        static BothKnown of(Amounts a) {
            return a.budgeted() == null || a.committed() == null ? NONE
                    : new BothKnown(1, a.budgeted(), a.committed());
        }
    }

    public MoneyTotals {
        check(budgeted, budgetedKnown, lines);
        check(committed, committedKnown, lines);
        check(realised, realisedKnown, lines);
        if (bothKnown == null || bothKnown.lines() > Math.min(budgetedKnown, committedKnown)) {
            throw new IllegalArgumentException("inconsistent totals: " + bothKnown + " of " + lines);
        }
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
                realisedKnown + known(a.realised()), bothKnown.plus(BothKnown.of(a)));
    }

    public MoneyTotals plus(MoneyTotals o) {
        return new MoneyTotals(add(budgeted, o.budgeted), add(committed, o.committed), add(realised, o.realised),
                lines + o.lines, budgetedKnown + o.budgetedKnown, committedKnown + o.committedKnown,
                realisedKnown + o.realisedKnown, bothKnown.plus(o.bothKnown));
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

    /**
     * Committed / budgeted over the lines that give both amounts (4 decimals); null when no line does or
     * their budget is zero. A line with only one of the two would compare sums of different lines.
     */
    public BigDecimal shareCommitted() {
        return Ratios.share(bothKnown.committed(), bothKnown.budgeted());
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
