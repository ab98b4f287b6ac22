package org.regiomonitor.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The monitor's pages render figures, gaps, signals with their rules and their tables, in a bounded number of queries. */
@IntegrationTest
class MonitorPagesTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    MockMvc mvc;
    @Autowired
    MonitorImports imports;
    @Autowired
    QueryCounter queries;
    @Autowired
    AreaMonitors monitors;
    @Autowired
    org.regiomonitor.area.Areas areas;

    MonitorFixtures f;
    String dataset;
    String region;
    String north;
    String south;
    String population;

    @BeforeEach
    void setUp() {
        f = new MonitorFixtures(dsl);
        dataset = MonitorFixtures.unique("ds").toLowerCase();
        region = MonitorFixtures.unique("CRP");
        north = MonitorFixtures.unique("GMN");
        south = MonitorFixtures.unique("GMS");
        long r = f.area(region, AreaKind.REGION);
        f.member(r, f.area(north, AreaKind.MUNICIPALITY));
        f.member(r, f.area(south, AreaKind.MUNICIPALITY));
        population = MonitorFixtures.unique("POP");
        f.indicator(population, Aggregation.SUM, Direction.HIGHER_IS_BETTER, "inwoners", null, dataset);
        var rows = new MonitorFixtures.Rows(dataset);
        for (int year = 2018; year <= 2024; year++) {
            rows.add(population, north, year + "JJ00", Integer.toString(1000 + 10 * (year - 2018)));
            rows.add(population, south, year + "JJ00", year == 2021 ? null : Integer.toString(500 - (year - 2018)));
        }
        assertThat(imports.run(rows.reader(), rows.request(), "tester").problems()).isEmpty();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anIndicatorPageShowsTheSeriesOfTheRegionFromItsMembersWithGapsAndSignals() throws Exception {
        queries.reset();
        String html = page("/monitor/indicators/" + population + "?area=" + region);
        assertThat(queries.count()).isLessThanOrEqualTo(14); // was 22 before the indicator was read once, the comparison areas and the figures from members each in one query
        // 2024: 1,060 + 494 = 1,554 from the members; 2021: one member without a figure, so no regional figure
        assertThat(html).contains("1.554").contains("geen cijfer").contains("(1 van 2 gemeenten)");
        assertThat(html).contains("Laatste verandering").contains("Trend")
                .contains("kleinste-kwadratentrend over").contains("hoger is beter");
        assertThat(html).contains("data-chart-option=\"monitor-series-option\"").contains("Tabel bij deze grafiek");
        assertThat(html).doesNotContain("monitor-index-option"); // no second area of another size has figures
    }

    @Test
    void aMunicipalityIsComparedWithItsRegionAndTheSignalSaysSo() throws Exception {
        String html = page("/monitor/indicators/" + population + "?area=" + south + "&lang=en");
        assertThat(html).contains("Latest change").contains("unfavourable").contains("Against Test " + region)
                .contains("gap to Test " + region + " in");
        // the area's lines name the compared region too, in the signal and in its rule (not its code, not empty)
        String lines = page("/monitor/areas/" + south + "?lang=en");
        assertThat(lines).contains("Against Test " + region + "<").contains("gap to Test " + region + " in")
                .doesNotContain("Against <").doesNotContain("gap to " + region);
        // a gap without figures to judge by names its area too (the nation has no figures of this indicator)
        assertThat(lines).contains("Against Nederland").doesNotContain("Against null");
    }

    @Test
    void theComparisonTakesAtMostFiveAreasAndNamesUnknownCodes() throws Exception {
        String html = page("/monitor/compare?indicator=" + population + "&area=" + north + "&area=" + south
                + "&area=NOPE1&area=" + region + "&area=x2&area=x3");
        assertThat(html).contains("Hoogstens 5 gebieden").contains("Onbekende gebiedscode: NOPE1, x2");
        assertThat(html).contains("1.060").contains("494");
    }

    @Test
    void theOverviewTheCrossBorderPageAndASetRender() throws Exception {
        assertThat(page("/monitor")).contains("Twente Index").contains("Doelen en koers");
        String crossBorder = page("/monitor/cross-border");
        assertThat(crossBorder).contains("Over de grens");
        // Germany's 2010-2011 break: marked on the three districts' 2011 figures (in the index table too, when other
        // tests' districts without figures leave it out) and in the charts
        assertThat(crossBorder.split("class=\"break-mark\"", -1).length - 1).isGreaterThanOrEqualTo(3);
        assertThat(crossBorder).contains("\"markLine\"");
        assertThat(crossBorder).contains("id=\"series-breaks\"");
        // the map's period slider (shown by script) moves the period select of the same form
        String map = page("/monitor/indicators/POPULATION?area=CR12");
        assertThat(map).contains("data-period-slider=\"map-period\"").contains("<select id=\"map-period\"");
        // Twente beside the Netherlands (28 times its size): the development as an index too
        assertThat(map).contains("id=\"monitor-index-option\"").contains("Tabel bij de indexgrafiek");
        assertThat(page("/monitor/sets/NPVR_MONITOR")).contains("NPVR-monitoring");
        mvc.perform(get("/monitor/indicators/NOPE_INDICATOR")).andExpect(status().isNotFound());
    }

    @Test
    void anAreasMonitorIsPagedWithTheSameLinesAndABoundedNumberOfQueries() throws Exception {
        // a region of its own with more indicators than a page: each with figures in one of its municipalities
        String own = MonitorFixtures.unique("CRA");
        String member = MonitorFixtures.unique("GMA");
        f.member(f.area(own, AreaKind.REGION), f.area(member, AreaKind.MUNICIPALITY));
        String ds = MonitorFixtures.unique("dsa").toLowerCase();
        var rows = new MonitorFixtures.Rows(ds);
        int count = AreaMonitors.LINES_PER_PAGE + 3;
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = MonitorFixtures.unique("PAGED");
            codes.add(code);
            f.indicator(code, Aggregation.SUM, Direction.HIGHER_IS_BETTER, "aantal", null, ds);
            rows.add(code, member, "2023JJ00", Integer.toString(100 + i)).add(code, member, "2024JJ00",
                    Integer.toString(110 + i));
        }
        // one without any figure for the region: not listed
        f.indicator(MonitorFixtures.unique("PAGED"), Aggregation.SUM, Direction.HIGHER_IS_BETTER, "aantal", null, ds);
        assertThat(imports.run(rows.reader(), rows.request(), "tester").problems()).isEmpty();

        org.regiomonitor.area.AreaSummary area = areas.get(own);
        java.util.List<MonitorLine> whole = monitors.lines(area, monitors.page(area, 0, 1000).lines().items().stream()
                .map(MonitorLine::indicator).toList());
        AreaMonitors.LinePage first = monitors.page(area, 0, AreaMonitors.LINES_PER_PAGE);
        AreaMonitors.LinePage second = monitors.page(area, 1, AreaMonitors.LINES_PER_PAGE);
        assertThat(first.lines().total()).isEqualTo(count);
        assertThat(first.lines().items()).hasSize(AreaMonitors.LINES_PER_PAGE);
        java.util.List<MonitorLine> paged = new java.util.ArrayList<>(first.lines().items());
        paged.addAll(second.lines().items());
        // the pages together are the whole monitor, figure for figure
        assertThat(paged).isEqualTo(whole);
        assertThat(paged.stream().map(l -> l.indicator().code()).sorted().toList())
                .isEqualTo(codes.stream().sorted().toList());

        queries.reset();
        String areaPage = page("/areas/" + own);
        int statements = queries.count();
        assertThat(areaPage).contains(count + " indicatoren met cijfers").contains("Pagina 1 van 2")
                .contains("/monitor/areas/" + own + "?page=1");
        String pageTwo = page("/monitor/areas/" + own + "?page=1");
        assertThat(pageTwo).contains("Pagina 2 van 2").contains("Test " + codes.stream().sorted().toList().getLast());
        assertThat(pageTwo.split("<tr>", -1).length - 2).isEqualTo(count - AreaMonitors.LINES_PER_PAGE);
        mvc.perform(get("/monitor/areas/" + own + "?page=2")).andExpect(status().isNotFound());
        // htmx asks for the results region alone
        assertThat(mvc.perform(get("/monitor/areas/" + own + "?page=1").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .startsWith("<div id=\"monitor-area-lines\"").doesNotContain("<main");
        // twice the indicators cost no more statements
        for (int i = 0; i < count; i++) {
            String code = MonitorFixtures.unique("PAGED");
            f.indicator(code, Aggregation.SUM, Direction.HIGHER_IS_BETTER, "aantal", null, ds);
            rows.add(code, member, "2024JJ00", "5");
        }
        assertThat(imports.run(rows.reader(), rows.request(), "tester").problems()).isEmpty();
        queries.reset();
        assertThat(page("/areas/" + own)).contains(2 * count + " indicatoren met cijfers");
        assertThat(queries.count()).isEqualTo(statements);
    }
}
