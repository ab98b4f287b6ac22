package org.regiomonitor.opendata;

import static org.regiomonitor.db.Tables.MOBILISED_INVESTMENT;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.regiomonitor.finance.FinanceFixtures;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.PeriodKind;
import org.regiomonitor.results.ResultType;
import org.regiomonitor.results.internal.CatalogueIndicatorInput;
import org.regiomonitor.results.internal.FrameworkService;
import org.regiomonitor.results.internal.IndicatorInput;
import org.regiomonitor.results.internal.PeriodPlanInput;
import org.regiomonitor.results.internal.ResultInput;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.results.internal.UpdateInput;
import org.regiomonitor.results.internal.UpdateService;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.support.TestUsers;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * The public portal's test data, committed with unique names (the tests of one context share a database): a published
 * programme with a published project and an unpublished one, each with a result whose indicator (adopting the same
 * catalogue indicator, so a leak would show in the programme's totals) has an approved value; a budget line of the
 * unpublished project; an unpublished programme with a published project of its own, and a mobilised investment of the
 * published programme linked to the unpublished one. Used by the integration test and the browser test.
 */
public final class OpenDataFixtures {

    /** What the tests look for, and what must never reach an anonymous visitor. */
    public record Portal(String tag, long programme, String programmeCode, String programmeName,
            long visibleProject, String visibleTitle, String visibleResult, String visibleIndicator, String visibleValue,
            long hiddenProject, String hiddenTitle, long hiddenResult, String hiddenResultTitle, long hiddenIndicator,
            String hiddenIndicatorTitle, String hiddenValue, String leakedTotal, long hiddenProgramme,
            String hiddenProgrammeCode, String hiddenProgrammeName, long projectInHiddenProgramme) {
    }

    private OpenDataFixtures() {
    }

    public static Portal create(ApplicationContext context) {
        DSLContext dsl = context.getBean(DSLContext.class);
        UserAdministration users = context.getBean(UserAdministration.class);
        FrameworkService framework = context.getBean(FrameworkService.class);
        UpdateService updates = context.getBean(UpdateService.class);
        String tag = "od" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String adminName = "odadmin" + tag;
        Authentication admin = TestUsers.authentication(TestUsers.principal(
                users.createUser(adminName, adminName, "open-data-admin-1", Role.ADMIN), adminName, Role.ADMIN));

        String code = ("OD-" + tag).toUpperCase();
        String name = "Openbaar programma " + tag;
        long programme = programme(dsl, code, name, true);
        String hiddenCode = ("ODH-" + tag).toUpperCase();
        String hiddenName = "Verborgen programma " + tag;
        long hiddenProgramme = programme(dsl, hiddenCode, hiddenName, false);

        String visibleTitle = "Zichtbaar project " + tag;
        long visible = project(dsl, visibleTitle, true, programme);
        String hiddenTitle = "Verborgen project " + tag;
        long hidden = project(dsl, hiddenTitle, false, programme);
        long inHiddenProgramme = project(dsl, "Project van een verborgen programma " + tag, true, hiddenProgramme);

        long period = framework.addPeriods(programme, new PeriodPlanInput(PeriodKind.YEAR, 2024, 2024), admin).getFirst();
        long catalogue = framework.createCatalogueIndicator(programme, new CatalogueIndicatorInput("BANEN" + tag,
                "Banen " + tag, null, null, null, Measure.UNIT, "banen", false, true, 0, null), admin);
        String visibleResult = "Zichtbaar resultaat " + tag;
        String visibleIndicator = "Zichtbare banen " + tag;
        approved(framework, updates, admin, visible, visibleResult, visibleIndicator, catalogue, period, "1234");
        String hiddenResultTitle = "Verborgen resultaat " + tag;
        String hiddenIndicatorTitle = "Verborgen banen " + tag;
        long[] hiddenIds = approved(framework, updates, admin, hidden, hiddenResultTitle, hiddenIndicatorTitle,
                catalogue, period, "987654");

        FinanceFixtures finance = new FinanceFixtures(dsl, users);
        finance.line(null, hidden, finance.funder("RIJK"), 2024, "4321", null, null, null);
        dsl.insertInto(MOBILISED_INVESTMENT).set(MOBILISED_INVESTMENT.PROGRAMME_ID, programme)
                .set(MOBILISED_INVESTMENT.DESCRIPTION, "Gemobiliseerd " + tag)
                .set(MOBILISED_INVESTMENT.AMOUNT, new BigDecimal("1000"))
                .set(MOBILISED_INVESTMENT.LINKED_PROGRAMME_ID, hiddenProgramme).execute();

        return new Portal(tag, programme, code, name, visible, visibleTitle, visibleResult, visibleIndicator, "1234",
                hidden, hiddenTitle, hiddenIds[0], hiddenResultTitle, hiddenIds[1], hiddenIndicatorTitle, "987654",
                "988888", hiddenProgramme, hiddenCode, hiddenName, inHiddenProgramme);
    }

    private static long programme(DSLContext dsl, String code, String name, boolean published) {
        return dsl.insertInto(PROGRAMME).set(PROGRAMME.CODE, code).set(PROGRAMME.NAME, name)
                .set(PROGRAMME.START_YEAR, 2024).set(PROGRAMME.END_YEAR, 2027)
                .set(PROGRAMME.STATUS, ProgrammeStatus.RUNNING).set(PROGRAMME.PUBLISHED, published)
                .returning(PROGRAMME.ID).fetchSingle(PROGRAMME.ID);
    }

    private static long project(DSLContext dsl, String title, boolean published, long programme) {
        long id = dsl.insertInto(PROJECT).set(PROJECT.TITLE, title).set(PROJECT.SUMMARY, "Samenvatting van " + title)
                .set(PROJECT.STATUS, ProjectStatus.RUNNING).set(PROJECT.PUBLISHED, published)
                .returning(PROJECT.ID).fetchSingle(PROJECT.ID);
        dsl.insertInto(PROJECT_PROGRAMME).set(PROJECT_PROGRAMME.PROJECT_ID, id)
                .set(PROJECT_PROGRAMME.PROGRAMME_ID, programme).execute();
        return id;
    }

    /** A result with one indicator adopting the catalogue indicator and an approved value; its result and indicator ids. */
    private static long[] approved(FrameworkService framework, UpdateService updates, Authentication admin, long project,
            String resultTitle, String indicatorTitle, long catalogue, long period, String value) {
        long result = framework.createResult(project, new ResultInput(resultTitle, ResultType.OUTPUT, null, List.of(),
                null, null), admin);
        long indicator = framework.createIndicator(result, new IndicatorInput(catalogue, indicatorTitle, Measure.UNIT,
                "banen", true, false, 0, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null), admin);
        long update = updates.create(indicator, new UpdateInput(period, new BigDecimal(value), null, null,
                ValueQualifier.EXACT, null, "Verhaal bij " + indicatorTitle, List.of(), null), admin);
        updates.submit(update, new ReviewInput(null, 0), admin);
        updates.approve(update, new ReviewInput(null, 1), admin);
        return new long[] {result, indicator};
    }
}
