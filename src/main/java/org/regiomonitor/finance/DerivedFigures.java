package org.regiomonitor.finance;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The figures derived from a set of budget lines, split by funder category.
 *
 * @param total         all lines
 * @param regional      lines in regional categories (the region's own money)
 * @param nonRegional   all other lines (co-financing)
 * @param shareCommitted committed / budgeted over all lines (4 decimals); null when undefined
 * @param coFinancing   euros of non-regional committed money per euro of regional committed money
 *                      (2 decimals); null when undefined
 */
public record DerivedFigures(MoneyTotals total, MoneyTotals regional, MoneyTotals nonRegional,
        BigDecimal shareCommitted, BigDecimal coFinancing) {

    public static DerivedFigures of(Collection<CategoryTotals> categories) {
        MoneyTotals total = MoneyTotals.NONE;
        MoneyTotals regional = MoneyTotals.NONE;
        MoneyTotals nonRegional = MoneyTotals.NONE;
        for (CategoryTotals c : categories) {
            total = total.plus(c.totals());
            if (c.regional()) {
                regional = regional.plus(c.totals());
            } else {
                nonRegional = nonRegional.plus(c.totals());
            }
        }
        return new DerivedFigures(total, regional, nonRegional, total.shareCommitted(),
                Ratios.ratio(nonRegional.committed(), regional.committed()));
    }
}
