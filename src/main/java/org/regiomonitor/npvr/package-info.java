/**
 * The NPVR plan (issue 8): the 21 tasks (opgaven) of the Plan voor de Regio (seed 004) under their themes, each
 * with the fields of its one-page fiche and the passage of the source every text comes from; the NPVR goals and the
 * Rijk's principles; the tasks' links to portfolio projects and to monitor indicators (by indicator code, since the
 * monitor owns its indicators); and the monitoring roadmap 2026-2029 as milestones with a status.
 * <p>
 * Projects are read through {@code PortfolioSql}; rights come from
 * {@link org.regiomonitor.security.AccessPolicy#canMaintainMonitor}. The monitor shows each linked indicator with
 * its latest signal by implementing {@link org.regiomonitor.npvr.NpvrTaskIndicatorSection}. The reference-data
 * loader fills an empty plan through {@link org.regiomonitor.npvr.NpvrImport}. Row changes are audited by the
 * database triggers of V25.
 */
@org.springframework.modulith.ApplicationModule(displayName = "NPVR plan")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.NpvrTheme.class,
        org.regiomonitor.db.tables.NpvrGoal.class,
        org.regiomonitor.db.tables.NpvrTask.class,
        org.regiomonitor.db.tables.NpvrTaskMinistry.class,
        org.regiomonitor.db.tables.NpvrTaskGoal.class,
        org.regiomonitor.db.tables.NpvrTaskProject.class,
        org.regiomonitor.db.tables.NpvrTaskIndicator.class,
        org.regiomonitor.db.tables.NpvrMilestone.class})
package org.regiomonitor.npvr;
