/**
 * The IATI 2.03 export (issue 9): the published programmes and projects as an IATI activities file, a programme as
 * a parent activity and its projects as children, with participating organisations, dates, locations, sectors,
 * budgets, transactions and results; valid against the IATI schema and rules, with codes only from the IATI code
 * lists (docs/iati.md). Other features use {@link org.regiomonitor.iati.IatiExport}.
 * <p>
 * Owns no tables: it reads the portfolio ({@code PortfolioOutline}), the money ({@code BudgetLines}), the results
 * ({@code ResultFacts}), organisations and areas through their APIs. Only published work is ever written, whoever
 * asks: the file is a publication.
 */
@org.springframework.modulith.ApplicationModule(displayName = "IATI export")
package org.regiomonitor.iati;
