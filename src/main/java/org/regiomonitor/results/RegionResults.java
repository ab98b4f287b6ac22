package org.regiomonitor.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regiomonitor.results.internal.ResultsReader;
import org.regiomonitor.results.internal.ResultsViews.CatalogueView;
import org.regiomonitor.results.internal.ResultsViews.FigureView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region-wide results for other features (the dashboard): per catalogue code the total of the approved values
 * of every project over all periods, by the same roll-up as the programme pages, in a fixed number of queries.
 */
@Service
public class RegionResults {

    /** All periods: the window of a region-wide total (a cumulative indicator counts its latest value). */
    private static final RollUps.Window ALL_PERIODS = new RollUps.Window("all", LocalDate.of(1900, 1, 1),
            LocalDate.of(9999, 12, 31));

    /**
     * One catalogue indicator's region-wide total. {@code display} is the value as the sources say it ("meer dan
     * 50"), null when no approved value counts; {@code rule} says how it is added up.
     */
    public record Total(String code, String name, String display, String rule, int projects, int flagged) {
    }

    private final ResultsReader reader;
    private final RollUps rollUps;

    RegionResults(ResultsReader reader, RollUps rollUps) {
        this.reader = reader;
        this.rollUps = rollUps;
    }

    /** Every catalogue code once (programmes may share one), with its total or none. */
    @Transactional(readOnly = true)
    public List<Total> totals(boolean includeUnpublished, Locale locale) {
        List<CatalogueView> catalogue = reader.allCatalogues(locale);
        Map<String, String> names = reader.catalogueNames(catalogue, locale);
        Map<String, FigureView> figures = reader.figures(rollUps.region(includeUnpublished), List.of(ALL_PERIODS),
                        names, reader.catalogueDecimals(catalogue), locale)
                .stream().collect(Collectors.toMap(FigureView::group, Function.identity(), (a, b) -> a));
        Map<String, CatalogueView> codes = catalogue.stream().collect(Collectors.toMap(
                c -> c.code().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Total> totals = new ArrayList<>();
        codes.forEach((key, c) -> {
            FigureView f = figures.get(key);
            totals.add(new Total(c.code(), names.get(key), f == null ? null : f.display(),
                    f == null ? c.rule() : f.rule(), f == null ? 0 : f.projects(), f == null ? 0 : f.flagged()));
        });
        return totals;
    }
}
