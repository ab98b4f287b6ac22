package org.regiomonitor.report.internal;

import java.util.List;
import java.util.Locale;
import org.regiomonitor.area.MunicipalityReaches;
import org.regiomonitor.area.RegionMap;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.finance.FinanceFigures;
import org.regiomonitor.monitor.AreaMonitors;
import org.regiomonitor.monitor.IndicatorSets;
import org.regiomonitor.portfolio.PortfolioOutline;
import org.regiomonitor.portfolio.OutlinedProgramme;
import org.regiomonitor.results.ReportResults;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a progress report's content from the other features, in one read-only transaction that sees one state of the
 * data (repeatable read), so that the figures of all chapters and the data state named belong together. The number of
 * queries grows with the programmes of the report, not with their projects.
 */
@Service
public class ProgressReports {

    /** A report is a publication: it shows what anonymous visitors may see. */
    static final boolean PUBLISHED_ONLY = false;

    private final PortfolioOutline portfolio;
    private final FinanceFigures finance;
    private final ReportResults results;
    private final IndicatorSets sets;
    private final AreaMonitors monitors;
    private final AuditLog audit;
    private final MunicipalityReaches reaches;
    private final ReportCouncils councils;
    private final MessageSource messages;
    private final RegionMap map;

    ProgressReports(PortfolioOutline portfolio, FinanceFigures finance, ReportResults results, IndicatorSets sets,
            AreaMonitors monitors, AuditLog audit, MunicipalityReaches reaches, ReportCouncils councils,
            MessageSource messages, RegionMap map) {
        this.map = map;
        this.reaches = reaches;
        this.councils = councils;
        this.messages = messages;
        this.portfolio = portfolio;
        this.finance = finance;
        this.results = results;
        this.sets = sets;
        this.monitors = monitors;
        this.audit = audit;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ProgressReport read(ReportView definition, Locale locale) {
        return Locales.with(locale, () -> read(definition, null, locale));
    }

    /** A municipality's council edition: the report with the letter and what reached the municipality. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ProgressReport readCouncil(ReportView definition, CouncilView council, Locale locale) {
        return Locales.with(locale, () -> read(definition, council, locale));
    }

    private ProgressReport read(ReportView definition, CouncilView council, Locale locale) {
        List<OutlinedProgramme> outlines = portfolio.outlines(definition.programmeIds(), PUBLISHED_ONLY);
        var projectIds = outlines.stream().flatMap(o -> o.projects().stream()).map(OutlinedProgramme.Project::id)
                .distinct().toList();
        var projectResults = results.ofProjects(projectIds, locale);
        var chapters = outlines.stream().map(o -> new ProgressReport.Chapter(o, finance.programme(o.id(), PUBLISHED_ONLY),
                results.programmeTotals(o.id(), PUBLISHED_ONLY, definition.period().end(), locale),
                projectResults)).toList();
        var signals = definition.indicatorSetCode() == null ? null
                : sets.find(definition.indicatorSetCode()).flatMap(monitors::panel).orElse(null);
        ProgressReport.Council edition = council == null ? null : new ProgressReport.Council(council,
                letter(definition, council, outlines, locale),
                reaches.model(council.municipality(), councils.homeRegion().stream().toList(), PUBLISHED_ONLY),
                councils.homeRegion().flatMap(region -> map.svg(region.code(), council.municipality().code(),
                        messages.getMessage("report.council.mapAlt", new Object[] {council.municipality().name(),
                                region.name()}, locale))).orElse(null));
        return new ProgressReport(definition, chapters, signals, audit.dataState(), edition);
    }

    /** The letter's paragraphs: the report's template (or the default) with its fields filled in. */
    private List<String> letter(ReportView definition, CouncilView council, List<OutlinedProgramme> outlines,
            Locale locale) {
        String template = definition.letterTemplate() != null ? definition.letterTemplate()
                : messages.getMessage("report.letter.default", null, locale);
        String filled = template
                .replace("{gemeente}", council.municipality().name())
                .replace("{titel}", definition.title())
                .replace("{periode}", messages.getMessage(definition.period().messageKey(),
                        new Object[] {definition.period().yearText()}, locale).toLowerCase(locale))
                .replace("{programmas}", String.join(", ", outlines.stream().map(OutlinedProgramme::name).toList()));
        return ProgressReport.paragraphsOf(filled);
    }
}
