/**
 * Results (issue 7): the results of projects (outputs, outcomes, impacts) with indicators, baselines and
 * targets; the programmes' indicator catalogues, reporting periods and disaggregation dimensions; period
 * updates that a project lead writes and a programme manager reviews; and roll-ups to project, theme,
 * programme, municipality and region, computed in SQL (no batch, no cache); a programme's totals over its
 * periods are stored in the same transaction as every change that moves them ({@code internal.ProgrammeTotals}), and
 * so are a theme's ({@code internal.ThemeTotals}) and the region's ({@code internal.RegionTotals}).
 * <p>
 * {@link org.regiomonitor.results.RegionResults} gives the results sections of the dashboard and of theme,
 * municipality and region pages (which {@code web.ResultsSections} fills in through the portfolio's and the areas'
 * section interfaces), all shown by the one fragment {@code results/rollup-section}.
 * <p>
 * Owns the tables below. Programmes, projects and themes come from the portfolio ({@code PortfolioSql}),
 * areas from {@code AreaSql}, rights from {@link org.regiomonitor.security.AccessPolicy}. The reference-data loader
 * writes the results the source documents state through {@link org.regiomonitor.results.ResultsImport}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Results")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.CatalogueIndicator.class,
        org.regiomonitor.db.tables.ReportingPeriod.class,
        org.regiomonitor.db.tables.DisaggregationDimension.class,
        org.regiomonitor.db.tables.DimensionValue.class,
        org.regiomonitor.db.tables.Result.class,
        org.regiomonitor.db.tables.ResultTheme.class,
        org.regiomonitor.db.tables.Indicator.class,
        org.regiomonitor.db.tables.PeriodTarget.class,
        org.regiomonitor.db.tables.ResultUpdate.class,
        org.regiomonitor.db.tables.UpdateDisaggregation.class,
        org.regiomonitor.db.tables.UpdateTransition.class,
        org.regiomonitor.db.tables.UpdateAttachment.class,
        org.regiomonitor.db.tables.UpdateReminder.class,
        org.regiomonitor.db.tables.ProgrammeResultState.class,
        org.regiomonitor.db.tables.ProgrammeResultTotal.class,
        org.regiomonitor.db.tables.ProgrammeResultAreaTotal.class,
        org.regiomonitor.db.tables.ProgrammeResultSource.class,
        org.regiomonitor.db.tables.RegionResultState.class,
        org.regiomonitor.db.tables.RegionResultTotal.class,
        org.regiomonitor.db.tables.RegionResultAreaTotal.class,
        org.regiomonitor.db.tables.RegionResultSource.class,
        org.regiomonitor.db.tables.ThemeResultState.class,
        org.regiomonitor.db.tables.ThemeResultTotal.class,
        org.regiomonitor.db.tables.ThemeResultAreaTotal.class,
        org.regiomonitor.db.tables.ThemeResultSource.class})
package org.regiomonitor.results;
