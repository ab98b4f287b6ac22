package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.SecurityFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Setting up a results framework in the browser, on a phone (390 px wide): the programme's manager follows the link
 * on the programme's results page, plans the reporting periods and adds a catalogue indicator; the project's lead
 * follows the link on the project's results page, adds a result and an indicator that adopts the catalogue
 * indicator. No set-up page is wider than the phone. With {@code -Dregiomonitor.screenshots=<dir>} it also saves
 * each set-up page at 390 and 1366 px, in Dutch and English, for a look.
 */
class ResultsSetupBrowserTest extends BrowserTestSupport {

    private static final int PHONE = 390;

    @Autowired
    DSLContext dsl;

    @Test
    void aManagerSetsUpTheProgrammeAndALeadAdoptsItsIndicatorOnAPhone() {
        long programme = SecurityFixtures.programme(dsl);
        long project = SecurityFixtures.project(dsl, programme);
        Credentials manager = createUser(Role.PROGRAMME_MANAGER);
        users.assignProgramme(manager.id(), programme);
        Credentials lead = createUser(Role.PROJECT_LEAD);
        users.assignProject(lead.id(), project);
        String code = SecurityFixtures.unique("BEDR");
        context.close();
        context = page.context().browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setBaseURL(url("")).setViewportSize(PHONE, 844));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        List<String> visited = new ArrayList<>();

        login(manager);
        page.navigate(url("/programmes/" + programme + "/results"));
        page.locator("#results-setup-link a").click();
        visited.add(fits());
        page.getByLabel("Van jaar").fill("2025");
        page.getByLabel("Tot en met jaar").fill("2024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Perioden toevoegen")).click();
        assertThat(page.locator(".error-summary")).containsText("Het laatste jaar ligt niet voor het eerste.");
        assertThat(page.getByLabel("Van jaar")).hasValue("2025");
        page.getByLabel("Tot en met jaar").fill("2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Perioden toevoegen")).click();
        assertThat(page.locator("main")).containsText("4 perioden toegevoegd.");
        assertThat(page.locator("#periods-table")).containsText("2026-H2");
        visited.add(fits());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Catalogusindicator toevoegen")).click();
        visited.add(fits());
        page.getByLabel("Code").fill(code);
        page.getByLabel("Naam (Nederlands)").fill("Bedrijven ondersteund");
        page.getByLabel("Eenheid", new Page.GetByLabelOptions().setExact(true)).fill("bedrijven");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.locator("#catalogue-table")).containsText("Bedrijven ondersteund");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uitsplitsing toevoegen")).click();
        visited.add(fits());

        context.clearCookies();
        login(lead);
        page.navigate(url("/projects/" + project + "/results"));
        page.locator("#results-setup-link a").click();
        visited.add(fits());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resultaat toevoegen")).click();
        page.getByLabel("Titel").fill("Meer innovatieve bedrijven");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.locator("main")).containsText("Meer innovatieve bedrijven");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indicator toevoegen")).click();
        page.locator("#adopt-catalogue").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(code + " · Bedrijven ondersteund"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overnemen")).click();
        assertThat(page.getByLabel("Titel")).hasValue("Bedrijven ondersteund");
        visited.add(fits());
        page.getByLabel("Streefwaarde", new Page.GetByLabelOptions().setExact(true)).fill("120");
        page.getByLabel("Streefwaarde 2025-H2").fill("40");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHasText("Bedrijven ondersteund"));
        assertThat(row).containsText(code);
        assertThat(row).containsText("120");
        row.getByRole(AriaRole.LINK).click();
        assertThat(page.getByLabel("Streefwaarde 2025-H2")).hasValue("40");
        visited.add(fits());

        org.assertj.core.api.Assertions.assertThat(visited).as("set-up pages wider than the phone").allMatch(""::equals);
        screenshotsInEnglish(project);
    }

    /** Empty when the page is no wider than the phone; otherwise its address and width. */
    private String fits() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        screenshot("nl");
        return width <= PHONE ? "" : page.url() + " is " + width + " px wide";
    }

    /** For a look by a person: the lead's two pages in English as well (the others were taken in Dutch). */
    private void screenshotsInEnglish(long project) {
        if (System.getProperty("regiomonitor.screenshots") == null) {
            return;
        }
        page.navigate(page.url().replaceAll("#.*", "") + "?lang=en");
        screenshot("en");
        page.navigate(url("/projects/" + project + "/results/setup?lang=en"));
        screenshot("en");
    }

    private int shots;

    private void screenshot(String lang) {
        String dir = System.getProperty("regiomonitor.screenshots");
        if (dir == null) {
            return;
        }
        shots++;
        for (int width : new int[] {PHONE, 1366}) {
            page.setViewportSize(width, 900);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of(dir, String.format("%02d-%s-%d.png", shots, lang, width))));
        }
        page.setViewportSize(PHONE, 844);
    }
}
