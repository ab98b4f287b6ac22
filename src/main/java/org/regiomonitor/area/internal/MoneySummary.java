package org.regiomonitor.area.internal;

import java.math.BigDecimal;
import java.util.List;
import org.regiomonitor.shared.SourceRef;

/**
 * The budgets of the projects that reach an area: the whole project budgets (not a share per area),
 * each budget line at its current (highest) revision, totalled per funder category.
 */
public record MoneySummary(List<Line> lines, List<CategoryTotal> byCategory, CategoryTotal total, int projects) {

    /** One budget line at its current revision; amounts null when unknown (or when the line has no revision). */
    public record Line(long budgetLineId, long projectId, String projectTitle, String funder, String category,
            Integer year, Integer revision, BigDecimal budgeted, BigDecimal committed, BigDecimal realised,
            SourceRef source) {
    }

    /**
     * Sums over budget lines; a sum is null when no line's amount is known, and the counts of lines with an
     * unknown amount say how much of the sum is missing.
     */
    public record CategoryTotal(String category, int lines, BigDecimal budgeted, BigDecimal committed,
            BigDecimal realised, int unknownBudgeted, int unknownCommitted, int unknownRealised) {

        public boolean anyUnknown() {
            return unknownBudgeted + unknownCommitted + unknownRealised > 0;
        }
    }

    public MoneySummary {
        lines = List.copyOf(lines);
        byCategory = List.copyOf(byCategory);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
