package org.regiomonitor.monitor.api;

import org.regiomonitor.monitor.AreaMonitors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.monitor.AreaSeries;
import org.regiomonitor.monitor.Figure;
import org.regiomonitor.monitor.IndicatorSets;
import org.regiomonitor.monitor.MonitorFigures;
import org.regiomonitor.monitor.MonitorIndicator;
import org.regiomonitor.monitor.MonitorTargets;
import org.regiomonitor.monitor.Signal;
import org.regiomonitor.monitor.internal.ObservationExport;
import org.regiomonitor.monitor.internal.ObservationQueries;
import org.regiomonitor.monitor.internal.SeriesExport;
import org.regiomonitor.monitor.internal.TargetQueries;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.export.TableDownloads;
import org.regiomonitor.shared.web.ListParams;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The regional monitor as JSON (reference figures: readable by everyone): indicators with their measures, inputs
 * and source; stored observations filtered by indicator, area and period range; series per area (figures computed
 * from members with their member counts, and the figures documents state); signals; the series as CSV or Excel;
 * and the releases imports made. Every figure names its source; a missing figure is empty with the source's
 * reason, never zero.
 */
@RestController
@RequestMapping("/api/monitor")
@Tag(name = "Monitor", description = "Regional monitor: indicators, observations, series, signals, imports and releases")
class MonitorApiController {

    private static final String OBSERVATIONS_DOWNLOAD = "Every stored observation of GET /api/monitor/observations "
            + "with the same filters and order (not paged; an Excel sheet stops at its last row, 1,048,575, and says "
            + "so: use CSV for more): indicator with name and unit, area, period with its start, value (empty: no "
            + "figure, with the source's reason), status, revision date, release, source with its note, and the "
            + "sources' licences. Text starting with =, +, -, @, tab or carriage return is preceded by an apostrophe.";

    /** Areas one series request may ask for. */
    static final int MAX_AREAS = 20;

    /** An indicator with what feeds it: dataset measures, or (computed) the indicators of its formula. */
    record IndicatorView(String code, String name, String nameNl, String nameEn, String nameDe, String definition,
            String unit, int decimals, String direction, String aggregation, String weight, String formula,
            String numerator, String denominator, BigDecimal factor, String basePeriod, BigDecimal tolerancePercent,
            SourceRef source, List<ObservationQueries.MeasureRow> measures, List<String> inputs, int version) {

        static IndicatorView of(MonitorIndicator i, List<ObservationQueries.MeasureRow> measures, Locale locale) {
            List<String> inputs = new ArrayList<>();
            for (String c : new String[] {i.numeratorCode(), i.denominatorCode(), i.weightCode()}) {
                if (c != null && !inputs.contains(c)) {
                    inputs.add(c);
                }
            }
            return new IndicatorView(i.code(), i.name(locale), i.nameNl(), i.nameEn(), i.nameDe(), i.definition(),
                    i.unit(), i.decimals(), i.direction().name(), i.aggregation().name(), i.weightCode(),
                    i.formula() == null ? null : i.formula().name(), i.numeratorCode(), i.denominatorCode(),
                    i.factor(), i.basePeriod(), i.tolerancePercent(), i.source(), measures, inputs, i.version());
        }
    }

    /** One figure of a series, with how it came about and its sources. */
    record FigureView(String period, String periodLabel, BigDecimal value, String missing, String status,
            String origin, Integer members, Integer membersExpected, Instant revisedAt, List<SourceRef> sources) {

        static FigureView of(AreaSeries series, Figure f) {
            boolean fromMembers = f.origin() == Figure.Origin.MEMBERS;
            return new FigureView(f.period().code(), f.period().label(), f.value(), f.missing(), MonitorApiController.status(f.provisional()),
                    f.origin().name(), fromMembers ? f.members() : null, fromMembers ? f.membersExpected() : null,
                    f.revisedAt(), series.sourcesOf(f));
        }
    }

    /** A figure a document states for the area, shown beside the computed one. */
    record StatedView(String period, BigDecimal value, String qualifier, SourceRef source) {
    }

    /** An indicator's series for one area. */
    record SeriesView(String indicator, String unit, AreaSummary area, List<FigureView> figures,
            List<StatedView> stated) {
    }

    /** A stored observation as the API lists it. */
    record ObservationView(String indicator, String areaCode, String areaName, String period, BigDecimal value,
            String missing, String status, Instant revisedAt, long releaseId, SourceRef source) {
    }

    /** The signals of an indicator in an area, with the areas compared. */
    record SignalsView(String indicator, String direction, AreaSummary area, AreaSummary nation, AreaSummary region,
            List<Signal> signals) {
    }

    private final MonitorFigures figures;
    private final IndicatorSets sets;
    private final MonitorTargets targets;
    private final ObservationQueries observations;
    private final SeriesExport export;
    private final ObservationExport observationExport;
    private final TableDownloads downloads;
    private final Areas areas;

    private final AreaMonitors monitor;

    MonitorApiController(MonitorFigures figures, IndicatorSets sets, MonitorTargets targets,
            ObservationQueries observations, SeriesExport export, TableDownloads downloads, Areas areas,
            AreaMonitors monitor, ObservationExport observationExport) {
        this.observationExport = observationExport;
        this.monitor = monitor;
        this.figures = figures;
        this.sets = sets;
        this.targets = targets;
        this.observations = observations;
        this.export = export;
        this.downloads = downloads;
        this.areas = areas;
    }

    static String status(boolean provisional) {
        return provisional ? "PROVISIONAL" : "DEFINITIVE";
    }

    @GetMapping("/indicators")
    @Operation(summary = "Every indicator of the monitor with its measures, inputs and source")
    List<IndicatorView> indicators(Locale locale) {
        List<MonitorIndicator> all = sets.indicators();
        var measures = observations.measures(all.stream().map(MonitorIndicator::id).toList());
        return all.stream().map(i -> IndicatorView.of(i, measures.getOrDefault(i.id(), List.of()), locale)).toList();
    }

    @GetMapping("/indicators/{code}")
    @Operation(summary = "One indicator with its measures, inputs and source")
    IndicatorView indicator(@PathVariable String code, Locale locale) {
        MonitorIndicator i = figures.indicator(code);
        return IndicatorView.of(i, observations.measures(List.of(i.id())).getOrDefault(i.id(), List.of()), locale);
    }

    @GetMapping("/observations")
    @Operation(summary = "Stored observations, filtered and paged", description = "Filters combine: indicator code, "
            + "area code, and a period range as period codes (2019JJ00, 2024KW01, 2024) on the period's start. Each "
            + "row has its value or the source's reason for none (never zero), status PROVISIONAL or DEFINITIVE, when "
            + "a later release revised it, its release and source. Figures computed from members are in the series.")
    PageResult<ObservationView> observations(@RequestParam(required = false) String indicator,
            @RequestParam(required = false) String area,
            @Parameter(description = "first period code") @RequestParam(required = false) String from,
            @Parameter(description = "last period code") @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ListParams<ListParams.Unsorted> params = ListParams.read(page, size);
        PageResult<ObservationQueries.ObservationRow> rows = observations.page(
                observations.filter(indicator, area, from, to), params.page(), params.size());
        return new PageResult<>(rows.items().stream().map(r -> new ObservationView(r.indicator(), r.areaCode(),
                r.areaName(), r.period(), r.value(), r.missing(), status(r.provisional()), r.revisedAt(), r.releaseId(),
                r.source())).toList(), rows.page(), rows.size(), rows.total());
    }

    @GetMapping("/observations.csv")
    @Operation(summary = "Stored observations as CSV", description = OBSERVATIONS_DOWNLOAD + " UTF-8 with byte "
            + "order mark, separated by semicolons, decimal point, ISO dates; notes as trailing lines starting with #.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void observationsCsv(@RequestParam(required = false) String indicator,
            @RequestParam(required = false) String area,
            @Parameter(description = "first period code") @RequestParam(required = false) String from,
            @Parameter(description = "last period code") @RequestParam(required = false) String to,
            Locale locale, HttpServletResponse response) throws IOException {
        observationExport.send(response, TableDownloads.Format.CSV, observations.filter(indicator, area, from, to),
                locale);
    }

    @GetMapping("/observations.xlsx")
    @Operation(summary = "Stored observations as an Excel workbook", description = OBSERVATIONS_DOWNLOAD)
    @ApiResponse(responseCode = "200", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    void observationsXlsx(@RequestParam(required = false) String indicator,
            @RequestParam(required = false) String area,
            @Parameter(description = "first period code") @RequestParam(required = false) String from,
            @Parameter(description = "last period code") @RequestParam(required = false) String to,
            Locale locale, HttpServletResponse response) throws IOException {
        observationExport.send(response, TableDownloads.Format.XLSX, observations.filter(indicator, area, from, to),
                locale);
    }

    @GetMapping({"/indicators/{code}/series", "/indicators/{code}/series.json"})
    @Operation(summary = "An indicator's series per area", description = "One series per area asked (area=GM0153&"
            + "area=CR12; default the home region; at most " + MAX_AREAS + "): observed figures, and for a region "
            + "without a figure of its own the figure computed from the municipalities of that period (origin "
            + "MEMBERS, with members that have a figure and members expected; only given when all have one); for a "
            + "computed indicator its formula (origin FORMULA). Beside them the figures documents state.")
    List<SeriesView> series(@PathVariable String code,
            @RequestParam(name = "area", required = false) List<String> areaCodes) {
        MonitorIndicator indicator = figures.indicator(code);
        List<AreaSummary> chosen = areas(areaCodes);
        List<AreaSeries> series = figures.series(indicator.code(), chosen);
        List<TargetQueries.StatedRow> stated = targets.stated(indicator.code(), chosen);
        return series.stream().map(s -> new SeriesView(indicator.code(), indicator.unit(), s.area(),
                s.figures().stream().map(f -> FigureView.of(s, f)).toList(),
                stated.stream().filter(r -> r.area().equals(s.area().code()))
                        .map(r -> new StatedView(r.period(), r.value(), r.qualifier().name(), r.source())).toList()))
                .toList();
    }

    @GetMapping("/indicators/{code}/series.csv")
    @Operation(summary = "An indicator's series per area as CSV", description = "The series of the areas asked, one "
            + "row per area and period with value (empty: no figure, with the source's reason), status, origin, "
            + "member counts, revision date and the row's source; notes with the definition, the sources and their "
            + "licences. UTF-8 with byte order mark, separated by semicolons, decimal point, ISO dates. Text starting "
            + "with =, +, -, @, tab or carriage return is preceded by an apostrophe.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void csv(@PathVariable String code, @RequestParam(name = "area", required = false) List<String> areaCodes,
            Locale locale, HttpServletResponse response) throws IOException {
        download(code, areaCodes, TableDownloads.Format.CSV, locale, response);
    }

    @GetMapping("/indicators/{code}/series.xlsx")
    @Operation(summary = "An indicator's series per area as an Excel workbook (series and notes)")
    @ApiResponse(responseCode = "200", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    void xlsx(@PathVariable String code, @RequestParam(name = "area", required = false) List<String> areaCodes,
            Locale locale, HttpServletResponse response) throws IOException {
        download(code, areaCodes, TableDownloads.Format.XLSX, locale, response);
    }

    private void download(String code, List<String> areaCodes, TableDownloads.Format format, Locale locale,
            HttpServletResponse response) throws IOException {
        MonitorIndicator indicator = figures.indicator(code);
        List<AreaSummary> chosen = areas(areaCodes);
        downloads.send(response, format, indicator.code(), export.of(indicator,
                figures.series(indicator.code(), chosen), locale), 0, locale);
    }

    @GetMapping("/indicators/{code}/signals")
    @Operation(summary = "An indicator's signals in an area", description = "The latest change, the trend over the "
            + "last eight years, the gap to the nation and (for a municipality) to its region, each judged GOOD, "
            + "NEUTRAL or BAD by the indicator's desired direction (NEUTRAL within its tolerance), with the rule's "
            + "numbers: change (in % or percentage points), periods or compared area, tolerance and figures used.")
    SignalsView signals(@PathVariable String code, @RequestParam(required = false) String area) {
        MonitorIndicator indicator = figures.indicator(code);
        AreaSummary a = areas(Text.isBlank(area) ? null : List.of(area)).getFirst();
        AreaMonitors.Judged judged = monitor.judged(indicator.code(), a);
        return new SignalsView(indicator.code(), indicator.direction().name(), a, judged.nation(), judged.region(),
                judged.signals());
    }

    /** The areas asked (unknown codes refused), or the home region when none is asked. */
    private List<AreaSummary> areas(List<String> codes) {
        List<String> asked = codes == null ? List.of()
                : codes.stream().filter(c -> !Text.isBlank(c)).map(Text::strip).distinct().toList();
        if (asked.isEmpty()) {
            asked = List.of(areas.homeRegionCode());
        }
        if (asked.size() > MAX_AREAS) {
            throw InvalidInputException.of("area", "monitor.api.tooManyAreas", MAX_AREAS);
        }
        Map<String, AreaSummary> found = new java.util.LinkedHashMap<>();
        for (String c : asked) {
            found.put(c, areas.find(c).orElseThrow(() -> InvalidInputException.of("area", "monitor.api.unknownArea",
                    c)));
        }
        return List.copyOf(found.values());
    }

    @GetMapping("/releases")
    @Operation(summary = "The imports that wrote figures, newest first", description = "Who and when, the format "
            + "and files (label), the checksum of the files, added, changed and unchanged figures, and the source.")
    PageResult<ObservationQueries.ReleaseRow> releases(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ListParams<ListParams.Unsorted> params = ListParams.read(page, size);
        return observations.releases(params.page(), params.size());
    }
}
