package org.regiomonitor.report.internal;

import java.util.List;
import java.util.Map;
import org.regiomonitor.audit.DataState;
import org.regiomonitor.finance.MoneyTotals;
import org.regiomonitor.portfolio.OutlinedProgramme;
import org.regiomonitor.portfolio.PortfolioOutline.ProgrammeOutline;
import org.regiomonitor.results.ReportResults;
import org.regiomonitor.shared.PageResult;

/**
 * A programme's impact overview, like the Regio Deal I booklet (seed 003): one page per published project with its
 * story, key results, partners, money and municipalities. The document (PDF) has every project in the order of the
 * themes; the web page a page of them by title ({@code page}), since a programme can have thousands.
 *
 * @param projects     the projects told here: all of the programme, or those of the page
 * @param page         the page of the web version; null in the whole document
 * @param projectCount the number of all the programme's published projects
 * @param money        each project's budget lines together; a project without lines is absent (unknown, not zero)
 * @param results      each project's results; a project without results is absent
 */
public record ImpactOverview(ProgrammeOutline programme, List<OutlinedProgramme.Project> projects,
        PageResult<OutlinedProgramme.Project> page, long projectCount,
        Map<Long, List<ReportResults.ProjectResult>> results, Map<Long, MoneyTotals> money, DataState dataState) {

    /** The sources the results name (targets), once each, for the colophon. */
    public List<org.regiomonitor.shared.SourceRef> sources() {
        Map<String, org.regiomonitor.shared.SourceRef> out = new java.util.LinkedHashMap<>();
        ProgressReport.addResultSources(results, out);
        return List.copyOf(out.values());
    }
}
