package org.regiomonitor.results;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regiomonitor.results.internal.ResultsReader;
import org.regiomonitor.results.internal.ResultsViews.CatalogueView;
import org.regiomonitor.results.internal.ResultsViews.IndicatorView;
import org.regiomonitor.results.internal.ResultsViews.PeriodView;
import org.regiomonitor.results.web.ResultsFormat;
import org.regiomonitor.shared.SourceRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results as the reports print them, read and formatted the way the results pages show them (the same reader
 * methods and formats), so that a report and the pages cannot disagree: a programme's totals per catalogue indicator
 * and reporting period, and each project's indicators with baseline, target, actual and progress.
 */
@Service
@Transactional(readOnly = true)
public class ReportResults {

    /** A programme's totals table, as on {@code /programmes/{key}/results}. */
    public record Totals(List<String> periods, List<TotalsRow> rows) {
    }

    /** @param cells one per period, in order: the displayed figure, or null when there is none */
    public record TotalsRow(String code, String name, String rule, List<String> cells) {
    }

    /** A project's result with its indicators. */
    public record ProjectResult(String title, List<ProjectIndicator> indicators) {
    }

    /**
     * @param baseline displayed baseline (null: none) with its year
     * @param target   displayed target (null: none)
     * @param actual   displayed actual from approved values (null: none reported)
     * @param progress the progress status's words
     * @param percent  share of the way from baseline to target, 0-100+ (null: not measurable)
     */
    public record ProjectIndicator(String title, String baseline, Integer baselineYear, String target,
            java.time.LocalDate targetDate, String actual, ProgressStatus status, String progress, Integer percent,
            SourceRef targetSource) {
    }

    private final ResultsReader reader;
    private final ResultsFormat format;
    private final MessageSource messages;

    ReportResults(ResultsReader reader, ResultsFormat format, MessageSource messages) {
        this.reader = reader;
        this.format = format;
        this.messages = messages;
    }

    /** The totals of the reporting periods that ended by {@code upTo} (a report's period end). */
    public Totals programmeTotals(long programmeId, boolean includeUnpublished, java.time.LocalDate upTo, Locale locale) {
        List<CatalogueView> catalogue = reader.catalogue(programmeId, locale);
        List<PeriodView> periods = reader.periods(programmeId).stream().filter(p -> !p.endDate().isAfter(upTo)).toList();
        Map<String, String> cells = new HashMap<>();
        reader.programmeFigures(programmeId, includeUnpublished, catalogue, periods, locale)
                .forEach(f -> cells.putIfAbsent(f.group() + "|" + f.window(), f.display()));
        Map<String, String> names = reader.catalogueNames(catalogue, locale);
        var windows = reader.windows(periods);
        var rows = catalogue.stream().map(c -> {
            String group = c.code().toLowerCase(Locale.ROOT);
            return new TotalsRow(c.code(), names.get(group), c.rule(),
                    windows.stream().map(w -> cells.get(group + "|" + w.key())).toList());
        }).toList();
        return new Totals(periods.stream().map(PeriodView::label).toList(), rows);
    }

    /** The results of the projects, by project id (projects without results are absent). Five queries. */
    public Map<Long, List<ProjectResult>> ofProjects(Collection<Long> projectIds, Locale locale) {
        Map<Long, List<ProjectResult>> out = new HashMap<>();
        if (projectIds.isEmpty()) {
            return out;
        }
        reader.resultsOfProjects(projectIds).forEach((project, results) -> out.put(project, results.stream()
                .map(r -> new ProjectResult(r.title(), r.indicators().stream().map(i -> indicator(i, locale)).toList()))
                .toList()));
        return out;
    }

    private ProjectIndicator indicator(IndicatorView i, Locale locale) {
        Progress p = i.progress();
        ProgressStatus status = p == null ? ProgressStatus.NO_DATA : p.status();
        return new ProjectIndicator(i.title(),
                i.baselineValue() == null ? null : format.plain(i.baselineValue(), i), i.baselineYear(),
                i.targetValue() == null ? null : format.plain(i.targetValue(), i), i.targetDate(),
                p == null || p.actual() == null ? null : format.actual(p, i), status,
                messages.getMessage("results.progress." + status, null, status.name(), locale),
                p == null || p.share() == null ? null : format.percent(p.share()), i.targetSource());
    }
}
