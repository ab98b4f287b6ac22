package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.PROJECT;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6, acceptance 1: most reference projects have no lead organisation in the sources; a programme
 * manager must still be able to fix a typo in their title in the browser.
 */
class ReferenceProjectEditBrowserTest extends BrowserTestSupport {

    @Autowired
    DSLContext db;

    @Test
    void aReferenceProjectWithoutLeadOrganisationSavesAfterATitleChange() {
        Record2<Long, String> project = db.select(PROJECT.ID, PROJECT.TITLE).from(PROJECT)
                .where(PROJECT.LEAD_ORGANISATION_ID.isNull())
                .orderBy(PROJECT.ID).limit(1).fetchSingle();
        String fixedTitle = project.value2() + " (gecorrigeerd)";
        loginAsAdmin();

        page.navigate(url("/projects/" + project.value1() + "/edit"));
        page.locator("#title").fill(fixedTitle);
        page.locator("main form button[type=submit]").click();

        assertThat(page).hasURL(url("/projects/" + project.value1()));
        assertThat(page.locator("main h1")).containsText(fixedTitle);
        assertThat(db.select(PROJECT.TITLE, PROJECT.LEAD_ORGANISATION_ID).from(PROJECT)
                .where(PROJECT.ID.eq(project.value1())).fetchSingle())
                .satisfies(r -> {
                    assertThat(r.value1()).isEqualTo(fixedTitle);
                    assertThat(r.value2()).isNull();
                });
    }
}
