package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chart library is loaded only by pages that draw a chart or map, and there it draws every one of
 * them; pages without charts run without it.
 */
class ChartPagesBrowserTest extends BrowserTestSupport {

    private static final String CHARTS = "[data-chart-option], [data-map-geojson]";

    @Test
    void everyChartAndMapIsDrawnOnTheChartPages() {
        List<String> pages = new ArrayList<>(List.of("/", "/finance", "/vouchers", "/areas/CR12", "/areas/GM0153"));
        page.navigate(url("/finance"));
        pages.add(page.locator("main a[href^='/programmes/'][href$='/finance']").first().getAttribute("href"));
        for (String path : pages) {
            page.navigate(url(path));
            assertThat(page.locator(CHARTS).count()).as(path).isPositive();
            // ECharts draws with its SVG renderer; a chart or map without an <svg> was not drawn.
            assertThat(page.locator("[data-chart-option]:not(:has(svg)), [data-map-geojson]:not(:has(svg))"))
                    .hasCount(0);
            assertThat(page.evaluate("typeof window.echarts")).as(path)
                    .isEqualTo("object");
        }
    }

    @Test
    void pagesWithoutChartsDoNotLoadTheLibrary() {
        for (String path : List.of("/projects", "/organisations", "/programmes")) {
            page.navigate(url(path));
            assertThat(page.locator("main h1")).isVisible();
            assertThat(page.locator(CHARTS).count()).as(path).isZero();
            assertThat(page.evaluate("typeof window.echarts")).as(path)
                    .isEqualTo("undefined");
        }
    }
}
