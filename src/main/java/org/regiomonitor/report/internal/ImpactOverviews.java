package org.regiomonitor.report.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.finance.FinanceFigures;
import org.regiomonitor.portfolio.OutlinedProgramme;
import org.regiomonitor.portfolio.PortfolioOutline;
import org.regiomonitor.portfolio.PortfolioOutline.ProgrammeOutline;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.results.ReportResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads a programme's impact overview in one state of the data; published work only, like every report. */
@Service
public class ImpactOverviews {

    private final PortfolioOutline portfolio;
    private final ReportResults results;
    private final FinanceFigures finance;
    private final AuditLog audit;

    ImpactOverviews(PortfolioOutline portfolio, ReportResults results, FinanceFigures finance, AuditLog audit) {
        this.portfolio = portfolio;
        this.results = results;
        this.finance = finance;
        this.audit = audit;
    }

    /** The whole overview, every project (the PDF). Empty when the programme does not exist or is not published. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<ImpactOverview> read(long programmeId, Locale locale) {
        return Locales.with(locale, () -> programme(programmeId).flatMap(programme -> portfolio
                .outlines(List.of(programmeId), ProgressReports.PUBLISHED_ONLY).stream().findFirst()
                .map(outline -> overview(programme, outline.projects(), null, outline.projects().size(), locale))));
    }

    /**
     * One page of the overview (the web page): the programme and a page of its projects by title, with the number of
     * all. Its statements are bounded by the page, not by the programme's projects and updates.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<ImpactOverview> readPage(long programmeId, Locale locale, int page, int size) {
        return Locales.with(locale, () -> programme(programmeId).map(programme -> {
            PageResult<OutlinedProgramme.Project> projects = portfolio.projectPage(programmeId,
                    ProgressReports.PUBLISHED_ONLY, page, size);
            return overview(programme, projects.items(), projects, projects.total(), locale);
        }));
    }

    private Optional<ProgrammeOutline> programme(long programmeId) {
        return portfolio.programmes(programmeId, ProgressReports.PUBLISHED_ONLY).stream().findFirst();
    }

    private ImpactOverview overview(ProgrammeOutline programme, List<OutlinedProgramme.Project> projects,
            PageResult<OutlinedProgramme.Project> page, long count, Locale locale) {
        var ids = projects.stream().map(OutlinedProgramme.Project::id).toList();
        return new ImpactOverview(programme, projects, page, count, results.ofProjects(ids, locale),
                finance.byProject(ids, ProgressReports.PUBLISHED_ONLY), audit.dataState());
    }
}
