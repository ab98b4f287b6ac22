package org.regiomonitor.report.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.regiomonitor.audit.DataState;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** A municipality's council edition: made on request, or made and published (by itself or as part of a job). */
@Service
public class CouncilEditions {

    private final ProgressReports reports;
    private final ReportDocuments documents;
    private final ReportSnapshots snapshots;
    private final MessageSource messages;
    private final org.regiomonitor.shared.Formats formats;
    private final Clock clock;

    CouncilEditions(ProgressReports reports, ReportDocuments documents, ReportSnapshots snapshots,
            MessageSource messages, org.regiomonitor.shared.Formats formats, Clock clock) {
        this.reports = reports;
        this.documents = documents;
        this.snapshots = snapshots;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    public ReportDocuments.Rendered render(ReportView report, CouncilView council, Locale locale) {
        return documents.html(reports.readCouncil(report, council, locale), locale, Instant.now(clock));
    }

    /** Makes the edition and stores it as a snapshot; returns the snapshot's id. */
    public long publish(ReportView report, CouncilView council, Locale locale, String actor, Long job) {
        ProgressReport content = reports.readCouncil(report, council, locale);
        var rendered = documents.html(content, locale, Instant.now(clock));
        byte[] pdf = documents.pdf(rendered);
        return snapshots.publish(report.id(), council.municipality().id(), job, title(report, council, locale),
                locale.getLanguage(), fileName(report, council.municipality().name(), locale), pdf,
                dataState(content.dataState(), locale), rendered.generatedAt(), actor);
    }

    public String title(ReportView report, CouncilView council, Locale locale) {
        return report.title() + " – " + messages.getMessage("report.council.edition",
                new Object[] {council.municipality().name()}, locale);
    }

    /** "wijziging 4711 van 01-12-2026 07:20", in the language. */
    public String dataState(DataState state, Locale locale) {
        return Locales.with(locale, () -> state == null ? messages.getMessage("report.dataState.none", null, locale)
                : messages.getMessage("report.dataState", new Object[] {Long.toString(state.eventId()), formats.dateTime(state.at())},
                        locale));
    }

    /** A file name from the title, the period, the municipality (if any) and the language. */
    public static String fileName(ReportView report, String municipality, Locale locale) {
        String base = slug(report.title());
        return (base.isEmpty() ? "rapportage" : base) + "-" + report.period().code()
                + (municipality == null ? "" : "-" + slug(municipality)) + "-" + locale.getLanguage() + ".pdf";
    }

    private static String slug(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }
}
