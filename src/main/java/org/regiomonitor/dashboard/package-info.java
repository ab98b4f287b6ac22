/**
 * The dashboard: the programmes with their money and multiplier, budget against realised per funder
 * category, projects per theme and a map of the municipalities. It only composes the public APIs of
 * portfolio, finance and area; it owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.regiomonitor.dashboard;
