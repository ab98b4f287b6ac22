/**
 * The portfolio: programmes with their themes, and the projects in them (partners, municipalities
 * reached, links, lifecycle with its history). Other features use only the types in this package:
 * {@link org.regiomonitor.portfolio.PortfolioQueries} and the enums of the domain.
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
        org.regiomonitor.db.tables.ProjectStatusChange.class})
package org.regiomonitor.portfolio;
