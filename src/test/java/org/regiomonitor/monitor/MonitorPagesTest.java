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
        assertThat(html).contains("Latest change").contains("unfavourable").contains("Against Test " + region);
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
}
