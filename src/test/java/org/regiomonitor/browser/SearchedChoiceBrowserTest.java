package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.USER_PROJECT;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.security.Role;
import org.regiomonitor.voucher.OrgVoucherTestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The searched choice in a browser: an administrator gives a project lead two projects in the user form by typing,
 * with the keyboard, and saves; and the same without JavaScript, through the form's search button.
 */
class SearchedChoiceBrowserTest extends BrowserTestSupport {

    @Autowired
    DSLContext dsl;

    @Test
    void anAdministratorSearchesAndTicksProjectsWithTheKeyboard() {
        String tag = OrgVoucherTestData.word();
        long first = project(tag + " Windpark");
        long second = project(tag + " Zonnedak");
        project(tag + " Zonneveld");
        Credentials lead = createUser(Role.PROJECT_LEAD);
        loginAsAdmin();
        page.navigate(url("/admin/users/" + lead.id()));

        Locator choice = page.locator("#projectIds");
        Locator search = page.getByLabel("Project zoeken");
        search.fill(tag);
        Locator matches = page.locator("#projectIds-matches");
        assertThat(matches.locator(".choice-count")).hasText("3 treffers.");
        assertThat(matches).hasAttribute("aria-live", "polite");
        // down arrow to the first match, space ticks it: it moves up to the chosen ones
        search.press("ArrowDown");
        assertThat(matches.getByLabel(tag + " Windpark")).isFocused();
        page.keyboard().press("Space");
        assertThat(choice.locator("[data-choice-selected]").getByLabel(tag + " Windpark")).isChecked();
        assertThat(matches.locator(".choice-count")).hasText("Gekozen: " + tag + " Windpark");

        // a second search narrows with more words; the first choice stays
        search.fill(tag + " dak");
        assertThat(matches.locator(".choice-count")).hasText("1 treffer.");
        matches.getByLabel(tag + " Zonnedak").check();
        assertThat(choice.locator("[data-choice-selected] input:checked")).hasCount(2);

        // Enter in the search field searches, it does not save the form
        search.fill(tag + " veld");
        search.press("Enter");
        assertThat(matches.locator(".choice-count")).hasText("1 treffer.");
        assertThat(page).hasURL(url("/admin/users/" + lead.id()));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).first().click();
        assertThat(page.locator(".alert.ok")).isVisible();
        assertThat(page.locator("#projectIds [data-choice-selected] input:checked")).hasCount(2);
        org.assertj.core.api.Assertions.assertThat(saved(lead.id())).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void withoutJavaScriptTheSearchButtonShowsTheFormAgainWithTheMatches() {
        String tag = OrgVoucherTestData.word();
        long wanted = project(tag + " Haven");
        Credentials lead = createUser(Role.PROJECT_LEAD);
        loginAsAdmin();
        BrowserContext noScript = page.context().browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setLocale("nl-NL").setStorageState(page.context().storageState()));
        try {
            Page plain = noScript.newPage();
            plain.navigate(url("/admin/users/" + lead.id()));
            plain.getByLabel("Project zoeken").fill(tag);
            plain.locator("#projectIds button[name=choiceSearch]").click();
            assertThat(plain.locator("#projectIds-matches .choice-count")).hasText("1 treffer.");
            assertThat(plain.getByLabel("Project zoeken")).hasValue(tag);
            plain.locator("#projectIds-matches").getByLabel(tag + " Haven").check();
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).first().click();
            assertThat(plain.locator(".alert.ok")).isVisible();
            org.assertj.core.api.Assertions.assertThat(saved(lead.id())).containsExactly(wanted);
        } finally {
            noScript.close();
        }
    }

    private long project(String title) {
        return dsl.insertInto(PROJECT).set(PROJECT.TITLE, title).set(PROJECT.STATUS, ProjectStatus.RUNNING)
                .set(PROJECT.PUBLISHED, false).returning(PROJECT.ID).fetchSingle(PROJECT.ID);
    }

    private List<Long> saved(long userId) {
        return dsl.select(USER_PROJECT.PROJECT_ID).from(USER_PROJECT).where(USER_PROJECT.USER_ID.eq(userId))
                .fetch(USER_PROJECT.PROJECT_ID);
    }
}
