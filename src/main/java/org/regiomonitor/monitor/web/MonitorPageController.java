package org.regiomonitor.monitor.web;

import org.regiomonitor.monitor.AreaMonitors;
import org.regiomonitor.monitor.MonitorLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.area.ChoroplethMap;
import org.regiomonitor.monitor.AreaSeries;
import org.regiomonitor.monitor.Figure;
import org.regiomonitor.monitor.IndicatorSet;
import org.regiomonitor.monitor.IndicatorSets;
import org.regiomonitor.monitor.MonitorFigures;
import org.regiomonitor.monitor.MonitorIndicator;
import org.regiomonitor.monitor.MonitorTargets;
import org.regiomonitor.monitor.Period;
import org.regiomonitor.monitor.internal.TargetQueries;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.ChartText;
import org.regiomonitor.shared.Formats;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.regiomonitor.shared.web.ListLinks;
import org.regiomonitor.shared.web.ListParams;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monitor's pages: the overview (the home region's indicator sets with their signals), an indicator (series
 * against the region, province and nation; the map per period; signals; stated figures beside computed ones;
 * targets), a set, a comparison of up to five areas, and the cross-border comparison with the German districts.
 * Every chart has its table; every figure its source.
 */
@Controller
class MonitorPageController {

    static final int MAX_COMPARED = 5;

    private final MonitorFigures figures;
    private final MonitorTargets targets;
    private final IndicatorSets sets;
    private final AreaMonitors monitor;
    private final MonitorCharts charts;
    private final Areas areas;
    private final ChartText chartText;
    private final Formats fmt;
    private final AccessPolicy access;
    private final AuditLog audit;

    MonitorPageController(MonitorFigures figures, MonitorTargets targets, IndicatorSets sets, AreaMonitors monitor,
            MonitorCharts charts, Areas areas, ChartText chartText, Formats fmt, AccessPolicy access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
        this.figures = figures;
        this.targets = targets;
        this.sets = sets;
        this.monitor = monitor;
        this.charts = charts;
        this.areas = areas;
        this.chartText = chartText;
        this.fmt = fmt;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private AreaSummary areaOrHome(String code) {
        if (!Text.isBlank(code)) {
            return areas.get(Text.strip(code));
        }
        return areas.find(areas.homeRegionCode())
                .or(() -> areas.list(AreaKind.COUNTRY).stream().findFirst())
                .orElseThrow(() -> new NotFoundException("area", areas.homeRegionCode()));
    }

    @GetMapping("/monitor")
    String overview(@RequestParam(required = false) String area, Authentication auth, Model model) {
        model.addAttribute("canEdit", access.canMaintainMonitor(auth));
        AreaSummary home = areaOrHome(area);
        List<IndicatorSet> all = sets.all();
        LinkedHashSet<MonitorIndicator> used = new LinkedHashSet<>();
        all.forEach(s -> used.addAll(s.indicators()));
        Map<String, MonitorLine> lines = new LinkedHashMap<>();
        List<AreaSummary> compared = monitor.comparisons(home);
        monitor.lines(home, compared, List.copyOf(used)).forEach(l -> lines.put(l.indicator().code(), l));
        model.addAttribute("area", home);
        model.addAttribute("compared", compared);
        model.addAttribute("sets", all);
        Map<String, List<MonitorLine>> setLines = new LinkedHashMap<>();
        all.forEach(s -> setLines.put(s.code(), s.indicators().stream().map(i -> lines.get(i.code())).toList()));
        model.addAttribute("setLines", setLines);
        model.addAttribute("indicators", sets.indicators());
        model.addAttribute("targets", targets.inArea(home.code()));
        return "monitor/overview";
    }

    /** An area's monitor page by page: where the pager of an area page's monitor section leads. */
    @GetMapping("/monitor/areas/{code}")
    String area(@PathVariable String code, @RequestParam(required = false) Integer page, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        AreaSummary a = areas.get(code);
        ListParams<ListParams.Unsorted> params = ListParams.read(page, AreaMonitors.LINES_PER_PAGE);
        AreaMonitors.LinePage lines = monitor.page(a, params.page(), AreaMonitors.LINES_PER_PAGE);
        params.requireExisting(lines.lines());
        model.addAttribute("area", a);
        model.addAttribute("section", MonitorSection.of(lines));
        return ListLinks.view("monitor/area", request, response);
    }

    @GetMapping("/monitor/sets/{code}")
    String set(@PathVariable String code, @RequestParam(required = false) String area, Authentication auth,
            Model model) {
        model.addAttribute("canEdit", access.canMaintainMonitor(auth));
        IndicatorSet set = sets.get(code);
        AreaSummary a = areaOrHome(area);
        model.addAttribute("set", set);
        model.addAttribute("area", a);
        AreaMonitors.Panel lines = monitor.panel(a, set);
        model.addAttribute("compared", lines.compared());
        model.addAttribute("lines", lines.lines());
        return "monitor/set";
    }

    @GetMapping("/monitor/indicators/{code}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String area,
            @RequestParam(required = false) String period, Authentication auth, Model model) {
        MonitorIndicator indicator = figures.indicator(code);
        model.addAttribute("canEdit", access.canMaintainMonitor(auth));
        model.addAttribute("history", audit.historyForPage(auth, "monitor_indicator", indicator.id()));
        AreaSummary a = areaOrHome(area);
        AreaMonitors.Judged judged = monitor.judged(indicator, a);
        List<AreaSummary> compared = judged.compared();
        List<AreaSeries> series = judged.series();
        SeriesTable table = charts.table(series);
        String name = indicator.name(locale());
        model.addAttribute("indicator", indicator);
        model.addAttribute("name", name);
        model.addAttribute("area", a);
        model.addAttribute("table", table);
        model.addAttribute("chart", table.isEmpty() ? null : charts.lines(name, indicator, table));
        if (charts.differInSize(table)) {
            // one line would be flat beside the other: the development as an index too
            SeriesTable index = charts.indexTable(series);
            model.addAttribute("index", index);
            model.addAttribute("indexIndicator", MonitorCharts.INDEX);
            model.addAttribute("indexChart", index.isEmpty() ? null
                    : charts.lines(chartText.message("monitor.crossBorder.index", name), MonitorCharts.INDEX, index));
        }
        model.addAttribute("signals", judged.signals());
        model.addAttribute("compared", compared);
        // a region that a source gives its own figure: the figure from its members beside it, as a check
        Map<Period, Figure> fromMembers = new LinkedHashMap<>();
        if (a.kind() != AreaKind.MUNICIPALITY && series.getFirst().figures().stream()
                .anyMatch(f -> f.origin() == Figure.Origin.OBSERVED && f.hasValue())) {
            figures.fromMembers(indicator, a).forEach(f -> fromMembers.put(f.period(), f));
        }
        model.addAttribute("fromMembers", fromMembers);
        model.addAttribute("stated", stated(code, compared, series));
        model.addAttribute("targets", targets.ofIndicator(indicator, series));
        model.addAttribute("sources", sources(series));
        addMap(model, indicator, name, table, period, compared);
        model.addAttribute("areaChoices", areaChoices());
        return "monitor/indicator";
    }

    private List<StatedBeside> stated(String code, List<AreaSummary> compared, List<AreaSeries> series) {
        List<StatedBeside> list = new ArrayList<>();
        for (TargetQueries.StatedRow s : targets.stated(code, compared)) {
            int i = 0;
            while (i < compared.size() && !compared.get(i).code().equals(s.area())) {
                i++;
            }
            Period p = Period.parse(s.period()).orElseThrow();
            Figure computed = series.get(i).at(p).filter(Figure::hasValue).orElse(null);
            Double difference = computed == null || s.value().signum() == 0 ? null
                    : 100 * (computed.value().doubleValue() - s.value().doubleValue()) / s.value().doubleValue();
            list.add(new StatedBeside(s, compared.get(i).name(), computed, difference));
        }
        return list;
    }

    private static List<SourceRef> sources(List<AreaSeries> series) {
        LinkedHashSet<SourceRef> refs = new LinkedHashSet<>();
        for (AreaSeries s : series) {
            s.figures().forEach(f -> refs.addAll(s.sourcesOf(f)));
        }
        return List.copyOf(refs);
    }

    /** The map of the home region's municipalities for the chosen period (default: the latest they have). */
    private void addMap(Model model, MonitorIndicator indicator, String name, SeriesTable table,
            String periodCode, List<AreaSummary> known) {
        String homeCode = areas.homeRegionCode();
        Optional<AreaSummary> home = known.stream().filter(a -> a.code().equals(homeCode)).findFirst()
                .or(() -> areas.find(homeCode));
        if (home.isEmpty()) {
            return;
        }
        List<AreaSummary> members = areas.members(home.get()).stream()
                .filter(m -> m.kind() == AreaKind.MUNICIPALITY).toList();
        if (members.isEmpty()) {
            return;
        }
        TreeSet<Period> periods = new TreeSet<>();
        table.rows().forEach(r -> periods.add(r.period()));
        if (periods.isEmpty()) {
            return;
        }
        Period period = Text.isBlank(periodCode) ? null : Period.parse(periodCode).filter(periods::contains).orElse(null);
        if (period == null) {
            // the latest period the members have (the region's or the nation's may be later)
            period = figures.latestPeriod(indicator, members).filter(periods::contains).orElse(periods.last());
        }
        Map<String, Figure> values = figures.at(indicator, period, members);
        ChoroplethMap.Builder map = ChoroplethMap.builder("monitor-" + home.get().code(),
                        Areas.geojsonUrlForRegion(home.get().code()))
                .seriesName(name + " " + period.label())
                .legendLabel(indicator.unit())
                .linkPrefix("/monitor/indicators/" + indicator.code() + "?area=");
        for (AreaSummary m : members) {
            Figure f = values.get(m.code());
            map.item(m.code(), m.name(), f == null ? null : f.value());
        }
        model.addAttribute("map", map.build(chartText));
        model.addAttribute("mapPeriod", period);
        model.addAttribute("mapPeriods", List.copyOf(periods));
        model.addAttribute("mapPeriodIndex", List.copyOf(periods).indexOf(period));
        model.addAttribute("homeRegion", home.get());
    }

    private List<AreaSummary> areaChoices() {
        return areas.list(null);
    }

    @GetMapping("/monitor/compare")
    String compare(@RequestParam(required = false) String indicator,
            @RequestParam(name = "area", required = false) List<String> areaCodes, Model model) {
        List<MonitorIndicator> all = sets.indicators();
        MonitorIndicator chosen = Text.isBlank(indicator)
                ? all.stream().filter(i -> i.code().equals("POPULATION")).findFirst()
                        .orElse(all.isEmpty() ? null : all.getFirst())
                : figures.indicator(Text.strip(indicator));
        List<String> codes = new ArrayList<>();
        if (areaCodes != null) {
            areaCodes.stream().filter(c -> !Text.isBlank(c)).map(Text::strip).distinct().forEach(codes::add);
        }
        if (codes.isEmpty()) {
            monitor.comparisons(areaOrHome(null)).forEach(a -> codes.add(a.code()));
        }
        model.addAttribute("tooMany", codes.size() > MAX_COMPARED);
        List<AreaSummary> chosenAreas = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String c : codes.subList(0, Math.min(codes.size(), MAX_COMPARED))) {
            areas.find(c).ifPresentOrElse(chosenAreas::add, () -> unknown.add(c));
        }
        model.addAttribute("unknown", unknown);
        model.addAttribute("indicators", all);
        model.addAttribute("indicator", chosen);
        model.addAttribute("areas", chosenAreas);
        model.addAttribute("areaChoices", areaChoices());
        model.addAttribute("max", MAX_COMPARED);
        if (chosen != null && !chosenAreas.isEmpty()) {
            List<AreaSeries> series = figures.series(chosen.code(), chosenAreas);
            SeriesTable table = charts.table(series);
            String name = chosen.name(locale());
            model.addAttribute("name", name);
            model.addAttribute("table", table);
            model.addAttribute("chart", table.isEmpty() ? null : charts.lines(name, chosen, table));
            model.addAttribute("sources", sources(series));
        }
        return "monitor/compare";
    }

    @GetMapping("/monitor/cross-border")
    String crossBorder(@RequestParam(required = false) String indicator, Model model) {
        List<AreaSummary> compared = new ArrayList<>();
        areas.find(areas.homeRegionCode()).ifPresent(compared::add);
        compared.addAll(areas.list(AreaKind.DISTRICT));
        List<MonitorIndicator> all = sets.indicators().stream()
                .filter(i -> i.code().equals("POPULATION") || i.code().equals("EMPLOYED_PERSONS")).toList();
        MonitorIndicator chosen = Text.isBlank(indicator)
                ? all.stream().findFirst().orElse(null) : figures.indicator(Text.strip(indicator));
        model.addAttribute("indicators", all);
        model.addAttribute("indicator", chosen);
        model.addAttribute("areas", compared);
        if (chosen != null && !compared.isEmpty()) {
            List<AreaSeries> series = figures.series(chosen.code(), compared);
            SeriesTable table = charts.table(series);
            String name = chosen.name(locale());
            model.addAttribute("name", name);
            model.addAttribute("table", table);
            List<SeriesBreaks> breaks = SeriesBreaks.shipped();
            model.addAttribute("chart", table.isEmpty() ? null : charts.lines(name, chosen, table, breaks));
            model.addAttribute("breakCells", SeriesBreaks.cells(breaks, compared));
            SeriesTable index = charts.indexTable(series);
            model.addAttribute("index", index);
            model.addAttribute("indexIndicator", MonitorCharts.INDEX);
            model.addAttribute("indexChart", index.isEmpty() ? null
                    : charts.lines(chartText.message("monitor.crossBorder.index", name), MonitorCharts.INDEX, index,
                            breaks));
            model.addAttribute("sources", sources(series));
            model.addAttribute("breaks", breaks);
        }
        return "monitor/cross-border";
    }
}
