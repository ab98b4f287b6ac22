/**
 * The regional monitor (issue 8): indicators as data, observations per area and period with their release
 * and history, imports of CBS (OData v4, StatLine CSV), Eurostat and the template, region figures computed
 * from the members of each period, computed indicators, baselines, targets and signals.
 * <p>
 * Import formats are read by {@code imports} readers into {@link org.regiomonitor.monitor.imports.RawObservation}s
 * (no database); {@link org.regiomonitor.monitor.MonitorImports} matches and writes them (all or nothing, with
 * COPY). {@link org.regiomonitor.monitor.MonitorFigures} gives the figures (never stale: regions' figures from members
 * stored in the transaction that moves them, {@code internal.MemberFigures}; formulas computed on every read) and
 * {@link org.regiomonitor.monitor.Signals} judges them. Areas, their codes and their composition over time come
 * from the area feature ({@code AreaSql.municipalityComposition}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitor")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.MonitorIndicator.class,
        org.regiomonitor.db.tables.MonitorIndicatorMeasure.class,
        org.regiomonitor.db.tables.IndicatorSet.class,
        org.regiomonitor.db.tables.IndicatorSetItem.class,
        org.regiomonitor.db.tables.ObservationRelease.class,
        org.regiomonitor.db.tables.Observation.class,
        org.regiomonitor.db.tables.ObservationRevision.class,
        org.regiomonitor.db.tables.StatedObservation.class,
        org.regiomonitor.db.tables.MonitorBaseline.class,
        org.regiomonitor.db.tables.MonitorTarget.class,
        org.regiomonitor.db.tables.MonitorPendingImport.class,
        org.regiomonitor.db.tables.MonitorPeriodState.class,
        org.regiomonitor.db.tables.MonitorRegionState.class,
        org.regiomonitor.db.tables.MonitorMemberFigure.class})
package org.regiomonitor.monitor;
