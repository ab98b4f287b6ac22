/**
 * Money: funders in the report categories, budget lines per funder and year with their
 * revision history (budgeted, committed, realised), mobilised investments, and the derived
 * figures (share committed, co-financing, multiplier of regional money).
 * <p>
 * Public API for other features: {@link org.regiomonitor.finance.FinanceFigures} and the records
 * it returns ({@link org.regiomonitor.finance.ProgrammeFinance}, {@link org.regiomonitor.finance.CategoryTotals},
 * {@link org.regiomonitor.finance.MoneyTotals}, {@link org.regiomonitor.finance.Multiplier}, ...), and the
 * Thymeleaf fragments in {@code templates/finance/fragments.html}.
 * <p>
 * Owns {@code funder_category}, {@code funder}, {@code budget_line}, {@code budget_revision},
 * {@code mobilised_investment}, the stored money totals ({@code finance_total*}, see
 * {@link org.regiomonitor.finance.internal.FinanceTotals}) and line counts ({@code budget_line_count}, see
 * {@link org.regiomonitor.finance.internal.LineCounts}), and with them the "current revision" rule (the revision with the highest
 * number). Programmes, projects, organisations and areas are read through their owners' APIs; a budget line is
 * visible when its programme and project are.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.FunderCategory.class,
        org.regiomonitor.db.tables.Funder.class,
        org.regiomonitor.db.tables.BudgetLine.class,
        org.regiomonitor.db.tables.BudgetRevision.class,
        org.regiomonitor.db.tables.MobilisedInvestment.class,
        org.regiomonitor.db.tables.FinanceTotalState.class,
        org.regiomonitor.db.tables.FinanceTotal.class,
        org.regiomonitor.db.tables.FinanceTotalSource.class,
        org.regiomonitor.db.tables.BudgetLineCount.class})
package org.regiomonitor.finance;
