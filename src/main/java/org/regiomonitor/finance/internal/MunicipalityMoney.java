package org.regiomonitor.finance.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.regiomonitor.shared.SourceRef;

/**
 * The budgets of the projects that reach a municipality (its page section): the whole project budgets (not a share per area),
 * each budget line at its current (highest) revision, totalled per funder category.
 */
public record MunicipalityMoney(List<Line> lines, List<CategoryTotal> byCategory, CategoryTotal total, int projects) {

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

    public MunicipalityMoney {
        lines = List.copyOf(lines);
        byCategory = List.copyOf(byCategory);
    }

    /** Sums over the lines (null when no amount is known) and the counts of lines with unknown amounts. */
    static CategoryTotal total(String category, List<Line> lines) {
        return new CategoryTotal(category, lines.size(), sum(lines, Line::budgeted), sum(lines, Line::committed),
                sum(lines, Line::realised), unknown(lines, Line::budgeted), unknown(lines, Line::committed),
                unknown(lines, Line::realised));
    }

    private static BigDecimal sum(List<Line> lines, Function<Line, BigDecimal> amount) {
        return lines.stream().map(amount).filter(a -> a != null).reduce(BigDecimal::add).orElse(null);
    }

    private static int unknown(List<Line> lines, Function<Line, BigDecimal> amount) {
        return (int) lines.stream().filter(l -> amount.apply(l) == null).count();
    }

    /** Lines shown on the page: the first; all of them are in the download ({@code ?municipality=}). */
    public static final int LINES_SHOWN = 50;

    /** The first {@link #LINES_SHOWN} lines, in the order of {@link #lines()}. */
    public List<Line> shownLines() {
        return lines.subList(0, Math.min(LINES_SHOWN, lines.size()));
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
