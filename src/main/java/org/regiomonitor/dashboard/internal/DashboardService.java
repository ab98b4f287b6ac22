package org.regiomonitor.dashboard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.area.ChoroplethMap;
import org.regiomonitor.finance.AreaFinance;
import org.regiomonitor.finance.CategoryTotals;
import org.regiomonitor.finance.FinanceCharts;
import org.regiomonitor.finance.FinanceFigures;
import org.regiomonitor.finance.ProgrammeFinance;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.portfolio.ProgrammeSummary;
import org.regiomonitor.portfolio.ThemeProjectCount;
import org.regiomonitor.results.RegionResults;
import org.regiomonitor.shared.ChartText;
import org.regiomonitor.shared.web.ScriptJson;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Gathers the dashboard from the features' public APIs in a fixed, small number of queries. */
@Service
public class DashboardService {

    public static final String MEASURE_PROJECTS = "projects";
    public static final String MEASURE_MONEY = "money";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PortfolioQueries portfolio;
    private final FinanceFigures finance;
    private final FinanceCharts financeCharts;
    private final Areas areas;
    private final MessageSource messages;
    private final ChartText text;
    private final RegionResults results;

    DashboardService(PortfolioQueries portfolio, FinanceFigures finance, FinanceCharts financeCharts, Areas areas,
            MessageSource messages, ChartText text, RegionResults results) {
        this.results = results;
        this.portfolio = portfolio;
        this.finance = finance;
        this.financeCharts = financeCharts;
        this.areas = areas;
        this.messages = messages;
        this.text = text;
    }

    @Transactional(readOnly = true)
    public DashboardData load(boolean includeUnpublished, String measure, Locale locale) {
        // the programmes' money and its totals per category from one read of the stored totals and sources
        FinanceFigures.Overview overview = finance.overview(includeUnpublished);
        Map<Long, ProgrammeFinance> money = overview.programmes().stream()
                .collect(Collectors.toMap(ProgrammeFinance::id, Function.identity()));
        List<DashboardData.ProgrammeRow> programmes = portfolio.programmeSummaries(includeUnpublished).stream()
                .map(p -> DashboardData.ProgrammeRow.of(p, money.get(p.id())))
                .toList();
        List<CategoryTotals> categories = overview.categories();

        List<ThemeProjectCount> themes = new ArrayList<>(portfolio.themeProjectCounts(includeUnpublished));
        themes.sort(Comparator.comparingLong(ThemeProjectCount::projectCount).reversed()
                .thenComparing(ThemeProjectCount::programmeCode).thenComparing(ThemeProjectCount::themeName));

        String m = MEASURE_MONEY.equals(measure) ? MEASURE_MONEY : MEASURE_PROJECTS;
        return new DashboardData(programmes, categories, financeCharts.budgetVsRealised(categories),
                themes, themeChart(themes), map(m, includeUnpublished, locale), m,
                portfolio.regionWideProjectCount(includeUnpublished), portfolio.visibleProjectCount(includeUnpublished),
                results.dashboard(includeUnpublished, locale));
    }

    /** The municipalities of the home region, coloured by projects reaching them or by their project money. */
    private ChoroplethMap map(String measure, boolean includeUnpublished, Locale locale) {
        String region = areas.homeRegionCode();
        List<AreaSummary> members = areas.members(region);
        ChoroplethMap.Builder map = ChoroplethMap.builder("region-" + region, Areas.geojsonUrlForRegion(region))
                .linkPrefix("/areas/");
        if (MEASURE_MONEY.equals(measure)) {
            Map<String, AreaFinance> byArea = finance.moneyByArea(includeUnpublished);
            String label = messages.getMessage("dashboard.map.money", null, locale);
            map.seriesName(label).legendLabel(label).money();
            members.forEach(a -> {
                AreaFinance f = byArea.get(a.code());
                map.item(a.code(), a.name(), f == null ? null : f.totals().budgeted());
            });
        } else {
            Map<String, Long> counts = portfolio.projectCountsByMunicipality(includeUnpublished);
            String label = messages.getMessage("dashboard.map.projects", null, locale);
            map.seriesName(label).legendLabel(label);
            // A municipality no project names has zero projects of its own: a known count, not unknown.
            members.forEach(a -> map.item(a.code(), a.name(), BigDecimal.valueOf(counts.getOrDefault(a.code(), 0L))));
        }
        return map.build(text);
    }

    /** Horizontal bars: projects per theme, for the themes that have projects. */
    private String themeChart(List<ThemeProjectCount> themes) {
        List<ThemeProjectCount> shown = themes.stream().filter(t -> t.projectCount() > 0).toList().reversed();
        List<String> names = shown.stream().map(t -> t.programmeCode() + " · " + t.themeName()).toList();
        List<String> displays = shown.stream().map(t -> text.number(t.projectCount())).toList();
        List<Object> data = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            data.add(text.item(shown.get(i).projectCount(), displays.get(i)));
        }
        String seriesName = text.message("dashboard.column.projects");
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", text.aria(text.barsDescription(text.message("dashboard.themes"), names.reversed(),
                List.of(new ChartText.Series(seriesName, displays.reversed())))));
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        // truncated labels keep one bar per line; the full names are in the tooltip and the table
        option.put("yAxis", Map.of("type", "category", "data", names,
                "axisLabel", Map.of("width", 260, "overflow", "truncate", "interval", 0)));
        option.put("series", List.of(Map.of("type", "bar", "name", seriesName, "data", data,
                "itemStyle", Map.of("color", "#0b5c8a"))));
        return ScriptJson.write(JSON, option);
    }
}
