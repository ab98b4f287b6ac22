package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The project list in a real browser: the filter bar, sort headers and pager change the results without a full
 * reload (htmx), the address follows (shareable), the new count is read out and the focus stays sensible.
 */
class ListBrowserTest extends BrowserTestSupport {

    /** A mark on the window that a full page load would wipe out. */
    private void markWindow() {
        page.evaluate("() => { window.__sameDocument = true; }");
    }

    private boolean sameDocument() {
        return Boolean.TRUE.equals(page.evaluate("() => window.__sameDocument === true"));
    }

    @Test
    void typingAFilterAndApplyingItUpdatesTheListAndTheAddressWithoutAFullReload() {
        page.navigate(url("/projects"));
        Locator rows = page.locator("#projects-table tbody tr");
        assertThat(rows.first()).isVisible();
        int before = rows.count();
        assertThat(before).isGreaterThan(1);
        markWindow();

        page.locator("#f-q").fill("Kids4Twente");
        page.locator("#list-filter button[type='submit']").click();

        assertThat(page).hasURL(Pattern.compile(".*/projects\\?q=Kids4Twente.*"));
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Kids4Twente");
        assertThat(page.locator("[data-list-announce]")).hasText("1 project");
        assertThat(sameDocument()).as("no full page load").isTrue();

        // The address is shareable: opened anew it shows the same list.
        page.navigate(page.url());
        assertThat(rows).hasCount(1);
        assertThat(page.locator("#f-q")).hasValue("Kids4Twente");
    }

    @Test
    void aSortHeaderSortsWithoutAFullReloadKeepsTheFocusOnItAndTheFilterKeepsTheOrder() {
        page.navigate(url("/projects"));
        markWindow();
        Locator title = page.locator("#projects-table thead th[aria-sort] a");
        assertThat(page.locator("#projects-table thead th[aria-sort]")).hasAttribute("aria-sort", "ascending");
        title.focus();
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*sort=title&dir=desc.*"));
        assertThat(page.locator("#projects-table thead th[aria-sort]")).hasAttribute("aria-sort", "descending");
        assertThat(sameDocument()).isTrue();
        // the focus returns after htmx settles, a moment after the swapped header is already there
        page.waitForFunction("() => document.activeElement && document.activeElement.dataset.focusKey === 'sort-title'",
                null, new Page.WaitForFunctionOptions().setTimeout(5000));
        assertThat(page.evaluate("() => document.activeElement.dataset.focusKey")).isEqualTo("sort-title");
        assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle"))
                .as("keyboard focus on a sort header is visible").isEqualTo("solid");

        // the filter bar submits the order the results now have
        page.locator("#list-filter button[type='submit']").click();
        assertThat(page).hasURL(Pattern.compile(".*/projects\\?.*sort=title&dir=desc.*"));
        assertThat(page.locator("#projects-table thead th[aria-sort]")).hasAttribute("aria-sort", "descending");
    }

    @Test
    void aTableSortedInTheBrowserLooksAndBehavesLikeTheServerSortedOnes() {
        page.navigate(url("/programmes"));
        Locator header = page.locator("#programmes-table thead th.sortable").first();
        Locator button = header.locator("button");
        assertThat(button.locator(".sort-arrow")).hasText("↕");
        page.keyboard().press("Tab");
        button.focus();
        page.keyboard().press("Enter");
        assertThat(header).hasAttribute("aria-sort", "ascending");
        assertThat(button.locator(".sort-arrow")).hasText("▲");
        assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
    }

    @Test
    void onAPhoneTheFiltersFoldAndTheMoneyColumnsCanBeShown() {
        page.setViewportSize(390, 844);
        page.navigate(url("/projects"));
        assertThat(page.locator("#f-q")).isHidden();
        page.locator("#list-filter summary").click();
        assertThat(page.locator("#f-q")).isVisible();
        page.locator("#f-money").check();
        page.locator("#list-filter button[type='submit']").click();
        assertThat(page).hasURL(Pattern.compile(".*money=show.*"));
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Begroot")))
                .isVisible();
        assertThat(page.locator("main")).containsText("geen begrotingsregels");
    }
}
