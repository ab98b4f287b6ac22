/**
 * The portfolio: programmes with their themes, and the projects in them (partners, municipalities
 * reached, links, lifecycle with its history). Other features use only the types in this package:
 * {@link org.regiomonitor.portfolio.PortfolioQueries} and the enums of the domain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package org.regiomonitor.portfolio;
