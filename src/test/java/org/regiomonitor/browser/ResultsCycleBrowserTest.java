package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.ResultType;
import org.regiomonitor.results.internal.CatalogueIndicatorInput;
import org.regiomonitor.results.internal.FrameworkService;
import org.regiomonitor.results.internal.IndicatorInput;
import org.regiomonitor.results.internal.PeriodPlanInput;
import org.regiomonitor.results.internal.ResultInput;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.SecurityFixtures;
import org.regiomonitor.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;

/**
 * The review cycle of a results update in the browser (issue 7, acceptance 5): the lead enters a value and submits,
 * the manager returns it with a comment, the lead sees the comment, changes the value and resubmits, the manager
 * approves, and the programme's results page shows the total that was empty before.
 */
class ResultsCycleBrowserTest extends BrowserTestSupport {

    @Autowired
    DSLContext dsl;
    @Autowired
    FrameworkService framework;

    @Test
    void leadSubmitsManagerReturnsLeadResubmitsManagerApprovesAndTheProgrammeTotalChanges() {
        Credentials administrator = createUser(Role.ADMIN);
        Authentication admin = TestUsers.authentication(TestUsers.principal(administrator.id(),
                administrator.username(), Role.ADMIN));
        long programme = SecurityFixtures.programme(dsl);
        framework.addPeriods(programme, new PeriodPlanInput(null, 2024, 2024), admin);
        String code = SecurityFixtures.unique("CYC");
        long catalogue = framework.createCatalogueIndicator(programme, new CatalogueIndicatorInput(code,
                "Bedrijven ondersteund", null, null, null, Measure.UNIT, null, false, true, 0, null), admin);
        long project = SecurityFixtures.project(dsl, programme);
        long result = framework.createResult(project, new ResultInput("Bedrijven geholpen", ResultType.OUTPUT, null,
                null, null, null), admin);
        framework.createIndicator(result, new IndicatorInput(catalogue, "Ondersteunde bedrijven", Measure.UNIT, null,
                true, false, 0, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                admin);
        Credentials lead = createUser(Role.PROJECT_LEAD);
        users.assignProject(lead.id(), project);
        Credentials manager = createUser(Role.PROGRAMME_MANAGER);
        users.assignProgramme(manager.id(), programme);
        String projectResults = "/projects/" + project + "/results";
        String programmeResults = "/programmes/" + programme + "/results";
        Locator total = page.locator("#results-rollup tbody tr").filter(new Locator.FilterOptions().setHasText(code))
                .locator("td").first();

        // the lead enters a value and submits it; refused input comes back in the form, as typed
        login(lead);
        page.navigate(url(projectResults));
        page.getByText("Nieuwe rapportage").click();
        Locator form = page.locator("form[data-update-form]");
        form.getByLabel("Periode").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("2024-H1"));
        form.getByLabel("Waarde", new Locator.GetByLabelOptions().setExact(true)).fill("40,5");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan als concept")).click();
        assertThat(page.locator("[data-error-summary]")).containsText("Deze indicator telt met 0 decimalen");
        assertThat(page.locator("[data-error-summary]")).isFocused();
        Locator value = form.getByLabel("Waarde", new Locator.GetByLabelOptions().setExact(true));
        assertThat(value).hasValue("40,5");
        value.fill("40");
        // the parts are added up while typing: more for one municipality than the total is said at once
        Locator municipalities = page.locator("fieldset[data-sum-check]").first();
        municipalities.locator("input[name$='.value']").first().fill("50");
        assertThat(municipalities.locator("[data-sum-status]")).containsText("meer dan het totaal 40");
        municipalities.locator("input[name$='.value']").first().fill("25");
        assertThat(municipalities.locator("[data-sum-status]")).containsText("de rest telt als regiobreed");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan als concept")).click();
        Locator row = page.locator("table tbody tr").first();
        assertThat(row).containsText("Concept");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Indienen")).click();
        assertThat(row).containsText("Ingediend");
        // back at the update acted on, not at the top of a long page
        assertThat(page).hasURL(java.util.regex.Pattern.compile("#update-\\d+$"));

        // the manager returns it from the review queue with a comment; the programme total is still empty
        switchTo(manager);
        page.navigate(url(programmeResults));
        assertThat(total).hasText("–");
        page.navigate(url("/tasks"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Te beoordelen rapportages")).click();
        Locator item = page.locator("section.review-item").first();
        assertThat(item.locator("table.review-compare")).containsText("40");
        item.getByLabel("Waarom gaat de rapportage terug?").fill("Welke bedrijven? Tel alleen afgeronde trajecten.");
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Terugsturen")).click();
        assertThat(page.locator("main")).containsText("Niets te doen.");

        // the lead sees why, changes the value and resubmits
        switchTo(lead);
        page.navigate(url(projectResults));
        assertThat(row).containsText("Welke bedrijven? Tel alleen afgeronde trajecten.");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Wijzigen")).click();
        assertThat(value).hasValue("40");
        value.fill("35");
        form.getByLabel("Aanduiding").selectOption("AT_LEAST");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan als concept")).click();
        assertThat(row).containsText("meer dan 35");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Indienen")).click();
        assertThat(row).containsText("Opnieuw ingediend");

        // the manager approves; the programme total changes from empty to the value
        switchTo(manager);
        page.navigate(url(projectResults));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Goedkeuren")).click();
        assertThat(row).containsText("Goedgekeurd");
        page.navigate(url(programmeResults));
        assertThat(total).hasText("meer dan 35");
        assertThat(page.locator("main")).containsText("een project in twee programma's telt");
        page.navigate(url("/"));
        assertThat(page.locator("#dashboard-results tr[data-code='" + code + "'] td").first()).hasText("meer dan 35");
    }

    /** Another user in the same browser: the session of the previous one is dropped. */
    private void switchTo(Credentials user) {
        context.clearCookies();
        login(user);
    }
}
