package org.regiomonitor.finance.internal;

import java.math.BigDecimal;
import java.util.List;
import org.regiomonitor.finance.AreaFinance;
import org.regiomonitor.finance.CategoryTotals;
import org.regiomonitor.finance.MoneyTotals;
import org.regiomonitor.shared.SourceRef;

/**
 * The budgets of the projects that reach a municipality (its page section): the whole project budgets (not a share per
 * area), each budget line at its current (highest) revision, totalled per funder category over all lines, and the
 * lines shown with them: none on the municipality page (its lines page has them), a page of them on that page, the
 * first {@link #LINES_SHOWN} in a report's council edition. All of them are in the download ({@code ?municipality=}).
 */
public record MunicipalityMoney(List<Line> shownLines, int lineCount, List<CategoryTotal> byCategory,
        CategoryTotal total, int projects) {

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

        static CategoryTotal of(String category, MoneyTotals t) {
            return new CategoryTotal(category, t.lines(), t.budgeted(), t.committed(), t.realised(),
                    t.lines() - t.budgetedKnown(), t.lines() - t.committedKnown(), t.lines() - t.realisedKnown());
        }
    }

    public MunicipalityMoney {
        shownLines = List.copyOf(shownLines);
        byCategory = List.copyOf(byCategory);
    }

    /** The totals of the projects reaching the municipality (categories with lines, in report order) and lines shown. */
    public static MunicipalityMoney of(AreaFinance reach, List<Line> shownLines) {
        return new MunicipalityMoney(shownLines, reach.totals().lines(), reach.byCategory().stream()
                .map(c -> CategoryTotal.of(c.code(), c.totals())).toList(), CategoryTotal.of(null, reach.totals()),
                reach.projectCount());
    }

    /** Lines shown inline in a document (a council edition), which cannot link to the lines page: the first. */
    public static final int LINES_SHOWN = 50;

    public boolean isEmpty() {
        return lineCount == 0;
    }
}
