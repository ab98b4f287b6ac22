/**
 * The regional monitor (issue 8): indicators as data, observations per area and period with their release
 * and history, imports of CBS (OData v4, StatLine CSV), Eurostat and the template, region figures computed
 * from the members of each year, computed indicators, baselines, targets and signals.
 * <p>
 * Import formats are read by {@code imports} readers into {@link org.regiomonitor.monitor.imports.RawObservation}s
 * (no database); matching and writing (all or nothing) is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitor")
package org.regiomonitor.monitor;
