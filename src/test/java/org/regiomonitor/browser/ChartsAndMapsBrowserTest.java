package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, section 4: charts and maps describe themselves in the page's language (no "NaN", no English
 * default of ECharts), maps have a stepped legend with "no figure" apart from zero and show an area's
 * name on keyboard focus and on hover, and keyboard focus is visible on table scroll regions and on
 * sortable headers.
 */
class ChartsAndMapsBrowserTest extends BrowserTestSupport {

    @Test
    void chartsOnDutchPagesDescribeThemselvesInDutchWithoutNaN() {
        for (String path : List.of("/", "/finance", "/vouchers")) {
            page.navigate(url(path));
            Locator charts = page.locator("[data-chart-option] svg");
            assertThat(charts.first()).isAttached(); // ECharts drew them, and set its aria-label
            for (Locator chart : page.locator("[data-chart-option]").all()) {
                String description = chart.getAttribute("aria-label");
                assertThat(description).as(path).startsWith("Staafdiagram: ")
                        .doesNotContain("NaN", "This is a chart", "undefined");
            }
        }
        page.navigate(url("/finance"));
        // a category without an amount reads "geen gegeven", not NaN or 0
        assertThat(page.locator("[data-chart-option]").first().getAttribute("aria-label"))
                .contains("Provincie geen gegeven");

        page.navigate(url("/finance?lang=en"));
        assertThat(page.locator("[data-chart-option]").first().getAttribute("aria-label"))
                .startsWith("Bar chart: ").contains("no figure").doesNotContain("NaN");
    }

    @Test
    void theMapHasAStepLegendWithNoFigureApartAndNamesAreaOnFocusAndHover() {
        page.navigate(url("/"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Locator map = page.locator(".dashboard-map .map");
        assertThat(map.locator("svg path").first()).isAttached();
        // projects per municipality: small counts, one step per count, zero among them
        Locator legend = page.locator(".dashboard-map .map-legend li");
        assertThat(legend.first()).hasText("0");
        assertThat(map).hasAttribute("aria-label", java.util.regex.Pattern.compile("^Kaart: Aantal projecten\\. Almelo \\d+;.*"));

        // keyboard: focus names the first area in the tooltip and the status line, an arrow moves on
        map.focus();
        Locator status = page.locator("#map-dashboard-status");
        assertThat(status).hasText(java.util.regex.Pattern.compile("^Almelo: \\d+$"));
        assertThat(map.locator("div", new Locator.LocatorOptions().setHasText("Almelo")).last()).isVisible();
        page.keyboard().press("ArrowRight");
        assertThat(status).hasText(java.util.regex.Pattern.compile("^Borne: \\d+$"));

        // mouse: hovering an area shows its name
        page.locator("h1").click(); // focus leaves the map: its tooltip goes
        assertThat(status).hasText(java.util.regex.Pattern.compile("^Borne: \\d+$"));
        map.locator("svg path").nth(3).hover(new Locator.HoverOptions().setForce(true));
        assertThat(map.locator("div").filter(new Locator.FilterOptions().setHasText(
                java.util.regex.Pattern.compile("Aantal projecten: \\d+"))).last()).isVisible();

        // money per municipality: areas without a figure have their own legend entry, never zero
        page.navigate(url("/?map=money"));
        assertThat(page.locator(".dashboard-map .map-legend li.map-legend-none")).hasText("geen gegeven");
        assertThat(page.locator(".dashboard-map .chart-table td.num").first()).hasText(
                java.util.regex.Pattern.compile("^(geen gegeven|€ [\\d.]+(,\\d\\d)?)$"));
    }

    @Test
    void keyboardFocusIsVisibleOnScrollRegionsAndSortableHeaders() {
        page.navigate(url("/finance"));
        Locator region = page.locator(".table-wrap[role=region][tabindex='0']").first();
        assertThat(region).hasAttribute("aria-label", "Per programma");
        page.locator("h1").click();
        focusByKeyboard(region);
        assertThat(outline(region)).isNotEqualTo("none");

        Locator sortButton = page.locator("table.sortable th.sortable > button").first();
        focusByKeyboard(sortButton);
        assertThat(outline(sortButton)).isNotEqualTo("none");
        // it looks sortable: an arrow after the label that screen readers do not read
        assertThat(sortButton.locator(".sort-arrow")).hasText("↕");
        assertThat(sortButton.locator(".sort-arrow")).hasAttribute("aria-hidden", "true");
    }

    /** Tabs until the element has focus (so :focus-visible applies as for a keyboard user). */
    private void focusByKeyboard(Locator target) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) target.evaluate("el => el === document.activeElement")) {
                return;
            }
        }
        throw new AssertionError("not reached by Tab: " + target);
    }

    private static String outline(Locator el) {
        return (String) el.evaluate("el => getComputedStyle(el).outlineStyle");
    }
}
