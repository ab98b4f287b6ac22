package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, section 5: the footer's API link leads to a readable page (Swagger UI, served from a WebJar under the
 * site's content security policy) besides the OpenAPI JSON, for anonymous visitors.
 */
class ApiDocumentationBrowserTest extends BrowserTestSupport {

    @Test
    void theFooterLeadsToReadableApiDocumentation() {
        List<String> refused = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                refused.add(m.text());
            }
        });
        page.navigate(url("/sources?lang=en"));
        assertThat(page.locator("footer a[href='/api/openapi']")).isVisible();
        page.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("API documentation")).click();
        assertThat(page).hasURL(url("/swagger-ui/index.html"));
        // the operations are read from /api/openapi and drawn: the API's tags with their operations (the first
        // reading of the API document is built by looking at every controller, which takes a while)
        assertThat(page.locator(".opblock-tag", new Page.LocatorOptions().setHasText("Projects")).first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator(".opblock-summary-path", new Page.LocatorOptions().setHasText("/api/projects"))
                .first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(refused).as("refused by the content security policy").isEmpty();
    }
}
