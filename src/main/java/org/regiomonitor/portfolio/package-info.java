/**
 * The portfolio: programmes with their themes, and the projects in them (partners, municipalities
 * reached, links, lifecycle with its history). Other features use only the types in this package:
 * {@link org.regiomonitor.portfolio.PortfolioQueries}, {@link org.regiomonitor.portfolio.PortfolioSql} and the
 * records and enums of the domain.
 * <p>
 * Owns {@code programme}, {@code theme}, {@code project} and the project's {@code project_*} tables (among them
 * {@code project_count}, the stored project counts of programmes, themes and areas).
 * {@link org.regiomonitor.portfolio.PortfolioSql} holds the publication rule for programmes and projects
 * (anonymous visitors see only published ones) that every feature uses, and SQL building blocks (visible ids,
 * names, derived tables) for other features' queries. The portfolio implements
 * {@link org.regiomonitor.security.AssignableWork}, {@link org.regiomonitor.organisation.OrganisationProjects}
 * and {@link org.regiomonitor.area.MunicipalityPageSection} for features it may not be called by; features that
 * use the portfolio fill in a theme page through {@link org.regiomonitor.portfolio.ThemePageSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.Programme.class,
        org.regiomonitor.db.tables.Theme.class,
        org.regiomonitor.db.tables.Project.class,
        org.regiomonitor.db.tables.ProjectProgramme.class,
        org.regiomonitor.db.tables.ProjectTheme.class,
        org.regiomonitor.db.tables.ProjectArea.class,
        org.regiomonitor.db.tables.ProjectPartner.class,
        org.regiomonitor.db.tables.ProjectLink.class,
        org.regiomonitor.db.tables.ProjectStatusChange.class,
        org.regiomonitor.db.tables.ProjectCount.class})
package org.regiomonitor.portfolio;
