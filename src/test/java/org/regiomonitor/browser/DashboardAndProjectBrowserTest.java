package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;

/**
 * The main path of a programme manager's day, in a real browser on the Twente reference data:
 * log in, read the dashboard (charts and map drawn), open a project and edit it.
 */
class DashboardAndProjectBrowserTest extends BrowserTestSupport {

    @Test
    void logsInOpensTheDashboardOpensAProjectAndEditsIt() {
        loginAsAdmin();

        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Dashboard");
        Locator programmes = page.locator("#table-programmes");
        assertThat(programmes).containsText("Agenda voor Twente 2023-2027");
        assertThat(programmes).containsText("15,2");
        // ECharts drew the charts and the map (SVG renderer) from the page's JSON and our GeoJSON.
        assertThat(page.locator("[data-chart-option] svg").first()).isVisible();
        assertThat(page.locator(".map svg path").first()).isAttached();
        assertThat(page.locator(".dashboard-map details.chart-table tbody tr")).hasCount(14);

        // From the programme's project count to its projects, and on to the first project.
        programmes.locator("tr", new Locator.LocatorOptions().setHasText("Agenda voor Twente 2023-2027"))
                .locator("a[href^='/projects?programme=']").click();
        assertThat(page).hasURL(Pattern.compile(".*/projects\\?programme=\\d+"));
        Locator firstProject = page.locator("main table a[href^='/projects/']").first();
        String title = firstProject.textContent().trim();
        firstProject.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(title);

        page.locator("main a[href$='/edit']").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/projects/\\d+/edit"));
        String summary = "Bijgewerkt in de browsertest " + UUID.randomUUID();
        page.locator("textarea[name='summary']").fill(summary);
        page.locator("main form button[type='submit']").last().click();

        assertThat(page).hasURL(Pattern.compile(".*/projects/\\d+"));
        assertThat(page.locator("main")).containsText(summary);
    }

    @Test
    void aViewerSeesTheDashboardButCannotEditAProject() {
        Credentials viewer = createUser(Role.VIEWER);
        login(viewer);

        page.navigate(url("/projects"));
        page.locator("main table a[href^='/projects/']").first().click();
        assertThat(page.locator("main a[href$='/edit']")).hasCount(0);
        page.navigate(page.url() + "/edit");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Geen toegang");
    }
}
