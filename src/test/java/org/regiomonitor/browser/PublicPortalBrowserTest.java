package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regiomonitor.opendata.OpenDataFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 9, acceptance 7: the public portal in a real browser without an account. A visitor opens the open-data page from
 * the footer, follows it to a published project and its results, downloads a CSV and reads it, and cannot reach an
 * unpublished project by its address, the search, the CSV or the API.
 */
class PublicPortalBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void anAnonymousVisitorSeesPublishedWorkAndDownloadsItButNeverReachesUnpublishedWork() throws IOException {
        OpenDataFixtures.Portal p = OpenDataFixtures.create(context);

        // the portal, from the footer of any page
        page.navigate(url("/"));
        page.locator("footer a[href='/open-data']").click();
        assertThat(page).hasURL(url("/open-data"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Open data");
        assertThat(page.locator("#od-licence-link")).hasText("CC BY 4.0");
        assertThat(page.locator("#od-table-results")).containsText("Resultaten van " + p.programmeName());

        // on to a published project and its results
        page.locator("main .od-published a[href='/projects']").click();
        page.locator("#f-q").fill(p.tag());
        page.locator("#list-filter button[type='submit']").click();
        // the published project (and the published one of an unpublished programme), not the unpublished one
        assertThat(page.locator("#projects-table tbody tr")).hasCount(2);
        assertThat(page.locator("#projects-table")).not().containsText(p.hiddenTitle());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(p.visibleTitle())).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(p.visibleTitle());
        page.locator("main a[href='/projects/" + p.visibleProject() + "/results']").first().click();
        assertThat(page).hasURL(url("/projects/" + p.visibleProject() + "/results"));
        assertThat(page.locator("main")).containsText(p.visibleResult());
        assertThat(page.locator("main")).containsText(p.visibleIndicator());
        assertThat(page.locator("main")).containsText("1.234");

        // a CSV from the portal, read back
        page.navigate(url("/open-data"));
        Download download = page.waitForDownload(
                () -> page.locator("#od-table-downloads a[href='/projects.csv']").click());
        assertThat(download.suggestedFilename()).endsWith(".csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains(p.visibleTitle()).doesNotContain(p.hiddenTitle());

        // the unpublished project: not by its address ...
        Response hidden = page.navigate(url("/projects/" + p.hiddenProject()));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(page.locator("main")).not().containsText(p.hiddenTitle());
        assertThat(page.navigate(url("/projects/" + p.hiddenProject() + "/results")).status()).isEqualTo(404);

        // ... nor by the search box (the published one is found the same way) ...
        page.navigate(url("/"));
        page.locator("#site-search-q").fill(p.tag());
        page.locator("#site-search-q").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=.*"));
        assertThat(page.locator("main")).containsText(p.visibleTitle());
        assertThat(page.locator("main")).not().containsText(p.hiddenTitle());
        assertThat(page.locator("main a[href='/projects/" + p.hiddenProject() + "']")).hasCount(0);
        // searched by its whole title (which the page repeats as the query), it is still not among the hits
        page.navigate(url("/search?q=" + p.hiddenTitle().replace(' ', '+')));
        assertThat(page.locator("main a[href='/projects/" + p.hiddenProject() + "']")).hasCount(0);
        assertThat(page.locator("main a[href^='/projects/']", new Page.LocatorOptions().setHasText(p.hiddenTitle())))
                .hasCount(0);

        // ... nor the results download of its programme, nor the API
        String results = page.request().get(url("/programmes/" + p.programmeCode() + "/results.csv")).text();
        assertThat(results).contains(p.visibleIndicator()).doesNotContain(p.hiddenIndicatorTitle(), p.hiddenTitle());
        APIResponse api = page.request().get(url("/api/projects/" + p.hiddenProject()));
        assertThat(api.status()).isEqualTo(404);
        assertThat(page.request().get(url("/api/projects?q=" + p.tag())).text())
                .contains(p.visibleTitle()).doesNotContain(p.hiddenTitle());
        assertThat(page.request().get(url("/api/search?q=" + p.tag())).text().replaceAll("</?mark>", ""))
                .contains(p.visibleTitle()).doesNotContain(p.hiddenTitle());
    }
}
