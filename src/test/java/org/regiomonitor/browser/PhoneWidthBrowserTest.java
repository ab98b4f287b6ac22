package org.regiomonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, acceptance 2: on a phone (390 px wide) no page of the main navigation, and no finance, area or
 * admin list page, is wider than the screen. A wide table scrolls inside its own region; nothing else may
 * stick out. Checked in Dutch and German (its words are the longest; English ones are shorter than either),
 * logged in as administrator so that the admin pages and the extra columns of editors are there.
 */
class PhoneWidthBrowserTest extends BrowserTestSupport {

    private static final int WIDTH = 390;

    /**
     * The page's width and the elements that stick out of the viewport on the right, unless a scroll box
     * that itself fits holds them (a wide table in its .table-wrap may be wider than the screen).
     */
    private static final String OVERFLOW = """
            (width) => {
              const out = [];
              const fits = (el) => el.getBoundingClientRect().right <= width + 0.5;
              for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.right <= width + 0.5) continue;
                let a = el.parentElement, held = false;
                for (; a && a !== document.body; a = a.parentElement) {
                  const o = getComputedStyle(a).overflowX;
                  if (o !== 'visible' && o !== 'clip' && fits(a)) { held = true; break; }
                  if (o === 'clip' && fits(a)) { held = true; break; }
                }
                if (held || (el.parentElement && !fits(el.parentElement) && el.parentElement !== document.body)) continue;
                out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\\s+/g, '.') : '')
                    + ' right=' + Math.round(r.right));
              }
              return { scrollWidth: document.documentElement.scrollWidth, sticking: out.slice(0, 8) };
            }""";

    @Test
    void noPageIsWiderThanAPhone() {
        context.close();
        context = page.context().browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setBaseURL(url("")).setViewportSize(WIDTH, 844));
        context.setDefaultTimeout(30_000); // about 50 page loads on a busy machine
        page = context.newPage();
        loginAsAdmin();

        List<String> paths = new ArrayList<>(pagesToCheck());
        List<String> tooWide = new ArrayList<>();
        for (String lang : List.of("nl", "de")) {
            for (String path : paths) {
                page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                @SuppressWarnings("unchecked")
                Map<String, Object> result = (Map<String, Object>) page.evaluate(OVERFLOW, WIDTH);
                int scrollWidth = ((Number) result.get("scrollWidth")).intValue();
                List<?> sticking = (List<?>) result.get("sticking");
                if (scrollWidth > WIDTH || !sticking.isEmpty()) {
                    tooWide.add(path + " (" + lang + "): " + scrollWidth + " px " + sticking);
                }
            }
        }
        assertThat(paths).contains("/finance", "/areas/GM0141", "/admin/users", "/finance/funders");
        assertThat(tooWide).as("pages wider than %d px", WIDTH).isEmpty();
    }

    /** The main navigation as the administrator sees it, then the finance, area and admin list pages. */
    private Set<String> pagesToCheck() {
        page.navigate(url("/"));
        Set<String> paths = new LinkedHashSet<>(hrefs(".main-nav a"));
        assertThat(paths).hasSizeGreaterThanOrEqualTo(10); // seven pages for all, three for administrators

        page.navigate(url("/finance"));
        String programmeFinance = firstHref("#finance-programmes a[href$='/finance']");
        page.navigate(url(programmeFinance));
        String projectFinance = firstHref("main a[href^='/projects/'][href$='/finance']");
        String budgetLine = firstHref("main a[href^='/finance/budget-lines/']");
        paths.addAll(List.of("/finance", programmeFinance, projectFinance, budgetLine, "/finance/funders"));

        page.navigate(url("/areas"));
        String district = firstHref("#districts-table a[href^='/areas/']");
        paths.addAll(List.of("/areas", "/areas/CR12", "/areas/GM0141", "/areas/GM0153", district));

        paths.addAll(List.of("/admin/users", "/admin/audit", "/vouchers", "/admin/reference-data", "/account/tokens",
                "/programmes/" + programmeFinance.split("/")[2], "/sources"));
        // the set-up pages of the results framework (issue 7), which have the longest labels of the forms
        paths.addAll(List.of("/programmes/" + programmeFinance.split("/")[2] + "/results/setup",
                projectFinance.replace("/finance", "/results/setup")));
        // the results pages with the seed results (sources, flags, periods), a theme with its results section, the
        // tasks and the review queue
        page.navigate(url("/programmes/RDT-1"));
        String theme = firstHref("main a[href^='/programmes/RDT-1/themes/']");
        page.navigate(url("/programmes/RDT-1/results"));
        String projectResults = firstHref("#results-rollup a[href^='/projects/'][href$='/results']");
        paths.addAll(List.of("/programmes/RDT-1/results", projectResults, theme, "/tasks", "/tasks/review"));
        // the regional monitor and the NPVR plan (issue 8)
        paths.addAll(List.of("/monitor", "/monitor/indicators/POPULATION?area=CR12",
                "/monitor/indicators/POPULATION?area=GM0153", "/monitor/sets/TWENTE_INDEX", "/monitor/compare",
                "/monitor/cross-border", "/monitor/imports", "/npvr", "/npvr/tasks/1"));
        return paths;
    }

    private List<String> hrefs(String selector) {
        return page.locator(selector).all().stream().map(a -> a.getAttribute("href")).toList();
    }

    private String firstHref(String selector) {
        String href = page.locator(selector).first().getAttribute("href");
        assertThat(href).as(selector).isNotBlank();
        return href;
    }
}
