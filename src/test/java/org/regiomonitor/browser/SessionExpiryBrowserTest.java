package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.SPRING_SESSION;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A session that ends during an edit: the page says the session expired (not "no access"), and after
 * logging in again the user is back at the form with what was typed, which then saves. Also covers the
 * municipality picker: a municipality outside the home region is found by typing its name.
 */
class SessionExpiryBrowserTest extends BrowserTestSupport {

    @Autowired
    DSLContext dsl;

    @Test
    void anExpiredSessionKeepsWhatWasTypedAndSavesItAfterLogIn() {
        loginAsAdmin();
        long projectId = dsl.select(PROJECT.ID).from(PROJECT).orderBy(PROJECT.ID.desc()).limit(1).fetchSingle().value1();
        page.navigate(url("/projects/" + projectId + "/edit"));

        String title = "Na verlopen sessie " + UUID.randomUUID().toString().substring(0, 8);
        page.locator("#title").fill(title);
        // The picker: home region as checkboxes, others by name.
        Locator picker = page.locator("[data-municipality-picker]");
        assertThat(picker.locator(".picker-choices input[type=checkbox]").first()).isVisible();
        page.locator("#municipalityIds-search").fill("Amsterdam");
        page.locator("#municipalityIds-search").press("Enter");
        Locator amsterdam = picker.locator("label.choice", new Locator.LocatorOptions().setHasText("Amsterdam"))
                .locator("input");
        assertThat(amsterdam).isChecked();

        // The session ends on the server (expired, or ended elsewhere).
        assertThat(dsl.deleteFrom(SPRING_SESSION).where(SPRING_SESSION.PRINCIPAL_NAME.eq(ADMIN_USERNAME)).execute())
                .isPositive();
        page.locator("main form button[type='submit']").last().click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Uw sessie is verlopen");
        assertThat(page.locator("main")).not().containsText("Geen toegang");
        assertThat(dsl.select(PROJECT.TITLE).from(PROJECT).where(PROJECT.ID.eq(projectId)).fetchSingle().value1())
                .isNotEqualTo(title);

        page.locator("main a.button").click();
        assertThat(page.locator("main")).containsText("Uw sessie was verlopen");
        submitLoginForm(ADMIN_USERNAME, ADMIN_PASSWORD);

        // Back at the form, with what was typed and a notice saying so.
        assertThat(page).hasURL(url("/projects/" + projectId + "/edit"));
        assertThat(page.locator("#title")).hasValue(title);
        assertThat(page.locator("[data-form-restored]")).isVisible();
        assertThat(picker.locator("label.choice", new Locator.LocatorOptions().setHasText("Amsterdam")).locator("input"))
                .isChecked();

        page.locator("main form button[type='submit']").last().click();
        assertThat(page).hasURL(url("/projects/" + projectId));
        assertThat(page.locator("main")).containsText(title);
        assertThat(dsl.select(PROJECT.TITLE).from(PROJECT).where(PROJECT.ID.eq(projectId)).fetchSingle().value1())
                .isEqualTo(title);
        assertThat(dsl.fetchExists(dsl.selectOne().from(PROJECT_AREA).join(AREA).on(AREA.ID.eq(PROJECT_AREA.AREA_ID))
                .where(PROJECT_AREA.PROJECT_ID.eq(projectId)).and(AREA.NAME.eq("Amsterdam")))).isTrue();
    }
}
