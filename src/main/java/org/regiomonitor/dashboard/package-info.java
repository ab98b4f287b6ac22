/**
 * The dashboard: the programmes with their money and multiplier, budget against realised per funder
 * category, projects per theme, a map of the municipalities and the region-wide results per catalogue
 * indicator. It only composes the public APIs of portfolio, finance, area and results; it owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.regiomonitor.dashboard;
