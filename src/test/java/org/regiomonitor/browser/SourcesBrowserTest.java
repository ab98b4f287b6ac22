package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Following a figure to its source on a phone: a "Bron:" without a public address leads to the document's
 * entry on the sources page, and that page fits a 390 px screen.
 */
class SourcesBrowserTest extends BrowserTestSupport {

    @Test
    void aSourceLinkLeadsToTheDocumentsEntryOnAPhoneWidePage() {
        page.setViewportSize(390, 844);
        page.navigate(url("/programmes"));
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Agenda voor Twente 2023-2027").setExact(true)).first().click();

        Locator source = page.locator("main .source a[href^='/sources#']").first();
        String href = source.getAttribute("href");
        String code = href.substring("/sources#".length());
        source.click();

        assertThat(page).hasURL(url("/sources#" + code));
        Locator entry = page.locator("[id='" + code + "']");
        assertThat(entry).isInViewport();
        assertThat(entry).containsText("Twente Board");
        // no long title, address or licence makes the page wider than the phone
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(width).isLessThanOrEqualTo(390);
    }
}
