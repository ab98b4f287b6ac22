package org.regiomonitor.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regiomonitor.results.internal.ProgrammeTotals;
import org.regiomonitor.results.internal.RegionTotals;
import org.regiomonitor.results.internal.ResultsReader;
import org.regiomonitor.results.internal.ThemeTotals;
import org.regiomonitor.results.internal.ResultsViews.CatalogueView;
import org.regiomonitor.results.internal.ResultsViews.FigureView;
import org.regiomonitor.results.internal.StoredRollUps;
import org.regiomonitor.shared.ValueQualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results sections of other features' pages: the dashboard, a theme, a municipality and a region. Each is a
 * table of totals to date per catalogue indicator (over all periods, by the same roll-up as the programme pages), with
 * the rule next to every total and the projects whose approved values make it up as its source, in a fixed number of
 * queries (four, a region's page five). One template shows them all: {@code results/rollup-section :: section(${section})}.
 * <p>
 * To a municipality only values disaggregated to it are attributed; the rest is shown as "region-wide / not
 * attributed" and never spread. A region gets what is attributed to its municipalities, and, on the monitored
 * region's page, the region-wide rest. Every scope is a set of indicators, so a joint project counts once.
 */
@Service
public class RegionResults {

    /** All periods: the window of a total to date (a cumulative indicator counts its latest value). */
    /** The window of every period: what the sections and a programme's sources add up over. */
    public static final RollUps.Window ALL_PERIODS = new RollUps.Window("all", LocalDate.of(1900, 1, 1),
            LocalDate.of(9999, 12, 31));

    /** Source links shown per total; the rest is counted ("and 12 more projects"). */
    static final int SOURCES_SHOWN = 20;

    /** A project whose approved values a total counts: its results page holds the updates and their sources. */
    public record SourceProject(long id, String title) {
    }

    /**
     * One catalogue indicator's row. Values as the sources say them ("meer dan 50"), null when nothing counts (shown
     * empty, never zero): {@code total} of the scope, {@code attributed} to the area's municipalities,
     * {@code notAttributed} the region-wide rest. {@code rule} says how the total is added up; {@code flagged} counts
     * contributing updates whose disaggregations do not add up; {@code sources} the projects behind the row (the
     * first {@link #SOURCES_SHOWN}), {@code moreSources} how many more.
     */
    public record Row(String code, String name, String total, String attributed, String notAttributed, String rule,
            int projects, int flagged, List<SourceProject> sources, int moreSources) {
    }

    /**
     * A results section. {@code areaName}: the municipality or region values are attributed to (null: no attribution
     * columns); {@code showTotal}: whether the scope's total (and the region-wide rest) is shown, which is so on the
     * dashboard, a theme, and the monitored region and its municipalities; {@code programmeCode}: the programme whose
     * results page has the totals per period (a theme's), or null. {@code rules} hold for every total.
     */
    public record Section(String areaName, boolean showTotal, String programmeCode, List<Row> rows, List<String> rules) {

        public boolean attribution() {
            return areaName != null;
        }
    }

    private final ResultsReader reader;
    private final RollUps rollUps;
    private final ProgrammeTotals programmeTotals;
    private final RegionTotals regionTotals;
    private final ThemeTotals themeTotals;

    RegionResults(ResultsReader reader, RollUps rollUps, ProgrammeTotals programmeTotals, RegionTotals regionTotals,
            ThemeTotals themeTotals) {
        this.programmeTotals = programmeTotals;
        this.themeTotals = themeTotals;
        this.reader = reader;
        this.rollUps = rollUps;
        this.regionTotals = regionTotals;
    }

    /** The totals a section shows: figures, the municipality split (when it attributes) and the projects behind. */
    private record Totals(List<RollUps.Figure> figures, List<RollUps.MunicipalityFigure> byArea,
            Map<String, StoredRollUps.Sources> sources) {
    }

    /** The dashboard: every catalogue code once (programmes may share one), with its region-wide total or none. */
    @Transactional(readOnly = true)
    public Section dashboard(boolean includeUnpublished, Locale locale) {
        return section(region(includeUnpublished, null, false), reader.allCatalogues(locale), true, null, null, true,
                null, locale);
    }

    /** A theme: the totals of the catalogue indicators of the results that serve it. */
    @Transactional(readOnly = true)
    public Section theme(long themeId, long programmeId, String programmeCode, boolean includeUnpublished,
            Locale locale) {
        var figures = themeTotals.figuresOfAllPeriods(themeId, includeUnpublished);
        var sources = figures.isEmpty() ? Optional.<Map<String, StoredRollUps.Sources>>empty()
                : themeTotals.sources(themeId, includeUnpublished, SOURCES_SHOWN);
        Totals totals = sources.isEmpty() ? computed(rollUps.theme(themeId, includeUnpublished), null, false)
                : new Totals(figures.get(), List.of(), sources.get());
        return section(totals, reader.catalogue(programmeId, locale), false, null, null, true, programmeCode, locale);
    }

    /**
     * An area (a municipality, or a region by its municipalities): what is attributed to it, and when it is or lies in
     * the monitored region ({@code inHomeRegion}) the region-wide rest and the region's total next to it.
     */
    @Transactional(readOnly = true)
    public Section area(long areaId, boolean municipality, String areaName, boolean inHomeRegion,
            boolean includeUnpublished, Locale locale) {
        // a municipality contains no other municipality: no query for what lies within it
        Set<Long> areas = municipality ? Set.of(areaId) : reader.areaIdsWithin(areaId);
        return section(region(includeUnpublished, inHomeRegion ? null : areas, true), reader.allCatalogues(locale), false,
                areas, areaName, inHomeRegion, null, locale);
    }

    /**
     * The region's totals: stored while current ({@link RegionTotals}), else computed on request. With
     * {@code sourcesInAreas} only the projects whose values are attributed to one of those areas are cited; with
     * {@code split} the municipality split is read too (the dashboard attributes nothing).
     */
    private Totals region(boolean includeUnpublished, Set<Long> sourcesInAreas, boolean split) {
        var figures = regionTotals.figures(includeUnpublished);
        var byArea = figures.isEmpty() ? Optional.<List<RollUps.MunicipalityFigure>>empty()
                : split ? regionTotals.byMunicipality(includeUnpublished) : Optional.of(List.<RollUps.MunicipalityFigure>of());
        var sources = byArea.isEmpty() ? Optional.<Map<String, StoredRollUps.Sources>>empty()
                : regionTotals.sources(includeUnpublished, sourcesInAreas, SOURCES_SHOWN);
        if (sources.isEmpty()) {
            return computed(rollUps.region(includeUnpublished), sourcesInAreas, split);
        }
        return new Totals(figures.get(), byArea.get(), sources.get());
    }

    /** The totals of a scope computed on request, as {@link RegionTotals} stores them ({@code split}: by municipality). */
    private Totals computed(RollUps.Scope scope, Set<Long> sourcesInAreas, boolean split) {
        List<RollUps.Window> all = List.of(ALL_PERIODS);
        Map<String, StoredRollUps.Sources> sources = new LinkedHashMap<>();
        rollUps.contributors(scope, all).stream()
                .filter(c -> sourcesInAreas == null || c.areaIds().stream().anyMatch(sourcesInAreas::contains))
                .collect(Collectors.groupingBy(RollUps.Contributor::group, LinkedHashMap::new, Collectors.toList()))
                .forEach((group, behind) -> sources.put(group, new StoredRollUps.Sources(behind.size(),
                        behind.stream().limit(SOURCES_SHOWN).toList())));
        return new Totals(rollUps.figures(scope, all), split ? rollUps.byMunicipality(scope, all) : List.of(), sources);
    }

    private Section section(Totals totals, List<CatalogueView> catalogue, boolean everyCode, Set<Long> areas,
            String areaName, boolean showTotal, String programmeCode, Locale locale) {
        Map<String, String> names = reader.catalogueNames(catalogue, locale);
        Map<String, Integer> decimals = reader.catalogueDecimals(catalogue);
        Map<String, FigureView> figures = reader.figureViews(totals.figures(), names, decimals, locale).stream()
                .collect(Collectors.toMap(FigureView::group, Function.identity(), (a, b) -> a));
        Map<String, List<RollUps.MunicipalityFigure>> byArea = areas == null ? Map.of()
                : totals.byArea().stream().collect(Collectors.groupingBy(RollUps.MunicipalityFigure::group));
        Map<String, CatalogueView> codes = catalogue.stream().collect(Collectors.toMap(
                c -> c.code().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Row> rows = new ArrayList<>();
        codes.forEach((key, c) -> {
            FigureView f = figures.get(key);
            String attributed = null;
            String notAttributed = null;
            if (areas != null && f != null) {
                int places = decimals.getOrDefault(key, 0);
                List<RollUps.MunicipalityFigure> parts = byArea.getOrDefault(key, List.of());
                attributed = sum(parts.stream().filter(m -> m.areaId() != null && areas.contains(m.areaId())).toList(),
                        places, locale);
                notAttributed = showTotal ? sum(parts.stream().filter(m -> m.areaId() == null).toList(), places, locale)
                        : null;
            }
            boolean shown = everyCode || (areas != null && !showTotal ? attributed != null : f != null);
            if (!shown) {
                return;
            }
            StoredRollUps.Sources behind = totals.sources().getOrDefault(key, new StoredRollUps.Sources(0, List.of()));
            rows.add(new Row(c.code(), names.get(key), showTotal && f != null ? f.display() : null, attributed,
                    notAttributed, f == null ? c.rule() : f.rule(), behind.count(), f == null ? 0 : f.flagged(),
                    shown(behind.first()), Math.max(0, behind.count() - SOURCES_SHOWN)));
        });
        return new Section(areaName, showTotal, programmeCode, rows, reader.rollUpRules(locale));
    }

    /**
     * The source of a programme's totals (its results page): per catalogue code (lower case) the projects whose approved
     * values they add up, over all periods, as the sections cite them (the first {@link #SOURCES_SHOWN}, then a count).
     */
    @Transactional(readOnly = true)
    public Map<String, Row> programmeSources(long programmeId, boolean includeUnpublished) {
        Map<String, Row> sources = new LinkedHashMap<>();
        var stored = programmeTotals.sources(programmeId, includeUnpublished, SOURCES_SHOWN);
        if (stored.isPresent()) { // the stored ones while current: the first shown per group, and how many in all
            stored.get().forEach((group, behind) -> sources.put(group, new Row(group, null, null, null, null, null,
                    behind.count(), 0, shown(behind.first()), Math.max(0, behind.count() - SOURCES_SHOWN))));
            return sources;
        }
        rollUps.contributors(rollUps.programme(programmeId, includeUnpublished), List.of(ALL_PERIODS)).stream()
                .collect(Collectors.groupingBy(RollUps.Contributor::group, LinkedHashMap::new, Collectors.toList()))
                .forEach((group, behind) -> sources.put(group, new Row(group, null, null, null, null, null,
                        behind.size(), 0, shown(behind), Math.max(0, behind.size() - SOURCES_SHOWN))));
        return sources;
    }

    private static List<SourceProject> shown(List<RollUps.Contributor> behind) {
        return behind.stream().limit(SOURCES_SHOWN).map(b -> new SourceProject(b.projectId(), b.projectTitle())).toList();
    }

    /** The sum of the parts as the sources say it (qualifiers combined), null when there are none. */
    private static String sum(List<RollUps.MunicipalityFigure> parts, int places, Locale locale) {
        if (parts.isEmpty()) {
            return null;
        }
        BigDecimal value = BigDecimal.ZERO;
        ValueQualifier qualifier = ValueQualifier.EXACT;
        for (RollUps.MunicipalityFigure m : parts) {
            value = value.add(m.value());
            qualifier = qualifier.combine(m.qualifier());
        }
        return ResultsReader.display(value, places, qualifier, false, locale);
    }
}
