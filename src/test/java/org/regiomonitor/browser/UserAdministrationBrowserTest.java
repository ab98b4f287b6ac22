package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An administrator creates a user in the browser; the generated password is shown once and works. */
class UserAdministrationBrowserTest extends BrowserTestSupport {

    @Test
    void administratorCreatesAUserWhoThenLogsIn() {
        loginAsAdmin();
        String username = "new" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

        page.navigate(url("/admin/users/new"));
        page.locator("#username").fill(username);
        page.locator("#role").selectOption("VIEWER");
        page.locator("#password").fill("too-short");
        page.locator("main form button[type=submit]").click();

        // Invalid: the message sits beside the field and nothing is saved.
        assertThat(page.locator("#password")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#password-error")).isVisible();
        assertThat(page.locator("#username")).hasValue(username);

        page.locator("#generatePassword1").check();
        page.locator("main form button[type=submit]").click();

        assertThat(page.locator("#secret")).isVisible();
        String password = page.locator("#secret").textContent().strip();

        page.locator("header form[action='/logout'] button").click();
        login(username, password);

        page.navigate(url("/account/password"));
        assertThat(userInHeader()).hasText(username);
    }
}
