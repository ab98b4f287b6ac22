package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;

/** Logging in and out through the real pages, in a real browser. */
class LoginBrowserTest extends BrowserTestSupport {

    @Test
    void administratorFromTheFirstStartLogsInThroughTheFormAndOut() {
        page.navigate(url("/login"));
        submitLoginForm(ADMIN_USERNAME, ADMIN_PASSWORD);
        // Straight to the log-in page: afterwards the start page.
        assertThat(page).hasURL(url("/"));

        page.navigate(url("/account/password"));
        assertThat(userInHeader()).hasText(ADMIN_USERNAME);
        assertThat(page.locator("nav.main-nav a[href='/admin/users']")).isVisible();

        page.locator("header form[action='/logout'] button").click();

        assertThat(page).hasURL(url("/login?logout"));
        assertThat(page.locator("main [role=status]")).isVisible();
        assertThat(userInHeader()).hasCount(0);
        assertThat(page.locator("header .account a[href='/login']")).isVisible();
        // The session is gone: an administrator's page asks for a log-in again.
        page.navigate(url("/admin/users"));
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void aUserWithAKnownPasswordLogsInAndIsSentBackToThePageTheyWanted() {
        Credentials viewer = createUser(Role.VIEWER);

        login(viewer);

        assertThat(page).hasURL(Pattern.compile(".*/account/tokens(\\?continue)?"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("API-tokens");
        // Viewers do not see the user administration, and may not open it.
        assertThat(page.locator("nav.main-nav a[href='/admin/users']")).hasCount(0);
        page.navigate(url("/admin/users"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Geen toegang");
    }

    @Test
    void aWrongPasswordShowsAnErrorAndLogsNobodyIn() {
        Credentials viewer = createUser(Role.VIEWER);

        page.navigate(url("/login"));
        submitLoginForm(viewer.username(), "not-the-password-0");

        assertThat(page).hasURL(url("/login?error"));
        assertThat(page.locator("main [role=alert]")).isVisible();
        assertThat(userInHeader()).hasCount(0);
    }
}
