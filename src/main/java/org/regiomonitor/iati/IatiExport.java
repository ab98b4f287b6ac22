package org.regiomonitor.iati;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.finance.BudgetLines;
import org.regiomonitor.iati.internal.ActivityAssembler;
import org.regiomonitor.iati.internal.IatiSettings;
import org.regiomonitor.iati.internal.ReportingOrganisation;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.organisation.Organisations;
import org.regiomonitor.portfolio.PortfolioOutline;
import org.regiomonitor.portfolio.PortfolioOutline.ProjectOutline;
import org.regiomonitor.results.ResultFacts;
import org.regiomonitor.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The IATI activities file of the published portfolio or of one published programme with its projects. Unpublished
 * programmes, projects and organisations never appear, whoever asks. Reading costs a fixed number of queries, in
 * one read-only snapshot (repeatable read), so the file is consistent however the data moves meanwhile.
 */
@Service
public class IatiExport {

    private final PortfolioOutline portfolio;
    private final BudgetLines budgetLines;
    private final ResultFacts results;
    private final Organisations organisations;
    private final Areas areas;
    private final MessageSource messages;
    private final Clock clock;
    private final IatiSettings settings;

    IatiExport(PortfolioOutline portfolio, BudgetLines budgetLines, ResultFacts results, Organisations organisations,
            Areas areas, MessageSource messages, Clock clock, IatiSettings settings) {
        this.portfolio = portfolio;
        this.budgetLines = budgetLines;
        this.results = results;
        this.organisations = organisations;
        this.areas = areas;
        this.messages = messages;
        this.clock = clock;
        this.settings = settings;
    }

    /** The settings still to set before a file can be written (empty: ready). */
    public List<String> missingSettings() {
        return settings.missing();
    }

    /** Every published programme and project; refused when the reporting organisation is not configured. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public IatiFile portfolio(String baseUrl) {
        return file(null, baseUrl, reportingOrganisation());
    }

    /** A published programme (the caller has checked it is one) with its published projects. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public IatiFile programme(long programmeId, String baseUrl) {
        return file(programmeId, baseUrl, reportingOrganisation());
    }

    private ReportingOrganisation reportingOrganisation() {
        List<String> missing = settings.missing();
        if (!missing.isEmpty()) {
            throw new IatiExportRefusedException(IatiExportRefusedException.Reason.NOT_CONFIGURED, missing);
        }
        return settings.reportingOrganisation();
    }

    /** The file for an explicit reporting organisation (and the one transaction of the public methods). */
    IatiFile file(Long programmeId, String baseUrl, ReportingOrganisation reporter) {
        OffsetDateTime generated = OffsetDateTime.now(clock.withZone(Formats.ZONE));
        LocalDate today = generated.toLocalDate();
        List<PortfolioOutline.ProgrammeOutline> programmes = portfolio.programmes(null, false);
        if (programmeId != null && programmes.stream().noneMatch(p -> p.id() == programmeId)) {
            throw new IatiExportRefusedException(IatiExportRefusedException.Reason.NOTHING_TO_PUBLISH,
                    List.of("Programme " + programmeId + " is not published."));
        }
        List<ProjectOutline> projects = portfolio.projects(programmeId, false);
        Map<Long, OrganisationKind> kinds = organisations.options(false).stream()
                .collect(Collectors.toMap(Organisations.Option::id, Organisations.Option::kind));
        Map<String, String> municipalities = new LinkedHashMap<>();
        areas.list(AreaKind.MUNICIPALITY).forEach(a -> municipalities.put(a.code(), a.name()));
        AreaSummary home = areas.find(areas.homeRegionCode()).orElse(null);
        var input = new ActivityAssembler.Input(programmes, programmeId, projects,
                budgetLines.lines(programmeId, false),
                results.ofProjects(projects.stream().map(ProjectOutline::id).toList()), kinds, municipalities, home,
                today, baseUrl);
        var assembled = new ActivityAssembler(reporter, messages, input).assemble();
        if (assembled.activities().isEmpty()) {
            throw new IatiExportRefusedException(IatiExportRefusedException.Reason.NOTHING_TO_PUBLISH,
                    assembled.leftOut());
        }
        String name = programmeId == null ? "iati-activities"
                : programmes.stream().filter(p -> p.id() == programmeId).findFirst().orElseThrow().code() + "-iati";
        return new IatiFile(reporter, assembled.activities(), assembled.leftOut(), generated,
                name + "-" + today + ".xml");
    }
}
