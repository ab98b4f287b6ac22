package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.INDICATOR_SET;
import static org.regiomonitor.db.Tables.INDICATOR_SET_ITEM;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An analyst defines a computed indicator in the browser, sees a refused form with its messages, and composes a
 * set by moving its indicators. With {@code -Dscreenshots=DIR} the pages are also saved as PNG for a look.
 */
class MonitorEditBrowserTest extends BrowserTestSupport {

    @Autowired
    DSLContext db;

    private void shot(String name) {
        String dir = System.getProperty("screenshots");
        if (dir != null) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of(dir, "editing-" + name + ".png")));
        }
    }

    @Test
    void anAnalystDefinesAComputedIndicatorAndComposesASet() {
        login(createUser(Role.ANALYST));
        String code = "BROWSER_RATIO_" + System.nanoTime() % 100_000;

        page.navigate(url("/monitor"));
        page.locator("main a[href='/monitor/indicators/new']").click();
        assertThat(page).hasURL(url("/monitor/indicators/new"));
        page.locator("#code").fill(code);
        page.locator("#nameNl").fill("Woningen per 1.000 inwoners (test)");
        page.locator("#unit").fill("per 1.000 inwoners");
        page.locator("#formula").selectOption("RATIO");
        page.locator("#numerator").selectOption("DWELLINGS");
        page.locator("#factor").fill("1000");
        page.locator("main form button.primary").click();
        // no denominator: refused beside the field, what was typed kept
        assertThat(page.locator("#denominator-error")).isVisible();
        assertThat(page.locator("#nameNl")).hasValue("Woningen per 1.000 inwoners (test)");
        shot("indicator-refused");
        page.locator("#denominator").selectOption("POPULATION");
        page.locator("input[name=aggregation][value=NONE]").check();
        page.locator("main form button.primary").click();
        assertThat(page).hasURL(url("/monitor/indicators/" + code + "/edit"));
        assertThat(page.locator("main")).containsText("Opgeslagen");
        assertThat(db.fetchExists(MONITOR_INDICATOR, MONITOR_INDICATOR.CODE.eq(code))).isTrue();
        shot("indicator-edit");

        page.navigate(url("/monitor/indicators/POPULATION/edit"));
        shot("indicator-population");
        page.navigate(url("/monitor/indicators/POPULATION/targets/new"));
        shot("target-form");

        // a set: add two indicators, move the second up, save
        String set = "BROWSER_SET_" + System.nanoTime() % 100_000;
        page.navigate(url("/monitor/sets/new"));
        page.locator("#code").fill(set);
        page.locator("#nameNl").fill("Testset in de browser");
        page.locator("#addIndicator").selectOption("POPULATION");
        page.locator("button[name=op][value=add]").click();
        page.locator("#addIndicator").selectOption(code);
        page.locator("button[name=op][value=add]").click();
        page.locator("button[name=op][value='up:1']").click();
        assertThat(page.locator("ol.set-items li").first()).containsText(code);
        shot("set-form");
        page.locator("main form button.primary").click();
        assertThat(page).hasURL(url("/monitor/sets/" + set));
        assertThat(db.select(MONITOR_INDICATOR.CODE).from(INDICATOR_SET_ITEM)
                .join(INDICATOR_SET).on(INDICATOR_SET.ID.eq(INDICATOR_SET_ITEM.SET_ID))
                .join(MONITOR_INDICATOR).on(MONITOR_INDICATOR.ID.eq(INDICATOR_SET_ITEM.INDICATOR_ID))
                .where(INDICATOR_SET.CODE.eq(set)).orderBy(INDICATOR_SET_ITEM.POSITION).fetch(MONITOR_INDICATOR.CODE))
                .containsExactly(code, "POPULATION");
        shot("set-page");
    }

    @Test
    void theAdministratorSeesTheHistoryOnTheEditPage() {
        loginAsAdmin();
        page.navigate(url("/monitor/indicators/POPULATION/edit"));
        assertThat(page.locator("main h1")).containsText("Indicator wijzigen");
        assertThat(page.locator("#audit-history-title")).isVisible();
        shot("indicator-admin");
    }
}
