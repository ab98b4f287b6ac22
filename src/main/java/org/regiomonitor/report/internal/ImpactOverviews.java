package org.regiomonitor.report.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.finance.FinanceFigures;
import org.regiomonitor.portfolio.PortfolioOutline;
import org.regiomonitor.portfolio.OutlinedProgramme;
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

    /** Empty when the programme does not exist or is not published. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<ImpactOverview> read(long programmeId, Locale locale) {
        return Locales.with(locale, () -> portfolio.outlines(List.of(programmeId), ProgressReports.PUBLISHED_ONLY)
                .stream().findFirst().map(outline -> {
                    var ids = outline.projects().stream().map(OutlinedProgramme.Project::id).toList();
                    return new ImpactOverview(outline, results.ofProjects(ids, locale),
                            finance.byProject(ids, ProgressReports.PUBLISHED_ONLY), audit.dataState());
                }));
    }
}
