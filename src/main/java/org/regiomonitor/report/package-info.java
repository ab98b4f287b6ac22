/**
 * Reports (issue 9): the half-yearly progress report of one or more programmes, made from the data on request as
 * HTML and as PDF (PDF/A-2b and PDF/UA-1 at once), and published as immutable snapshots.
 * <p>
 * A report definition holds what the data cannot give: the programmes, the period, the indicator set of the signals
 * and the texts the board writes itself (foreword, outlook, conclusion). Everything else is read on each request
 * through the other features' APIs, formatted as their pages do it (the finance page's category table, the results
 * page's totals, the monitor's signals), so that report and pages cannot disagree. A report shows published work only:
 * it is a publication, also when a logged-in user previews it.
 * <p>
 * Publishing stores the PDF as sent with its SHA-256 and the data state it was made from (the newest change in the
 * audit trail); the database refuses to change a stored snapshot, and only an administrator can delete one, which
 * the audit trail records. Other features list the published snapshots through
 * {@link org.regiomonitor.report.PublishedReports}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.Report.class,
        org.regiomonitor.db.tables.ReportProgramme.class,
        org.regiomonitor.db.tables.ReportCouncil.class,
        org.regiomonitor.db.tables.ReportJob.class,
        org.regiomonitor.db.tables.ReportSnapshot.class})
package org.regiomonitor.report;
