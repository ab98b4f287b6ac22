package org.regiomonitor.finance.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.regiomonitor.finance.CategoryTotals;
import org.regiomonitor.finance.MoneySources;
import org.regiomonitor.finance.MoneyTotals;
import org.regiomonitor.shared.SourceRef;

/** Category totals of budget lines already loaded for a page (no extra query). */
public final class LineTotals {

    private LineTotals() {
    }

    /** Every category in report order, with the totals and sources of the given lines. */
    public static List<CategoryTotals> byCategory(List<Category> categories, List<BudgetLineView> lines) {
        Map<String, MoneyTotals> totals = new LinkedHashMap<>();
        Map<String, List<SourceRef>> sources = new LinkedHashMap<>();
        for (BudgetLineView l : lines) {
            totals.merge(l.category(), MoneyTotals.NONE.plus(l.current()), MoneyTotals::plus);
            if (l.source() != null) {
                sources.computeIfAbsent(l.category(), c -> new ArrayList<>()).add(l.source());
            }
        }
        return categories.stream().map(c -> new CategoryTotals(c.code(), c.position(), c.regional(),
                c.publicMoney(), totals.getOrDefault(c.code(), MoneyTotals.NONE),
                MoneySources.of(sources.getOrDefault(c.code(), List.of())))).toList();
    }

    /** The sources of the lines, each line citing its source once. */
    public static MoneySources sources(List<BudgetLineView> lines) {
        return MoneySources.of(lines.stream().map(BudgetLineView::source).filter(Objects::nonNull).toList());
    }

    /** One row per project: its lines summed (for programme pages, where listing every line does not scale). */
    public record ProjectSubtotal(long projectId, String projectTitle, int lines, MoneyTotals totals) {
    }
}
