package org.regiomonitor.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.jooq.impl.DSL.select;
import static org.regiomonitor.db.Tables.CATALOGUE_INDICATOR;
import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.UPDATE_TRANSITION;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.regiomonitor.results.UpdateStatus;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results the source documents state (issue 7, acceptance 7), as loaded at start-up: each value with its source,
 * qualifier and period; "meer dan 50 bedrijven" shown as "meer dan 50"; disagreeing passages flagged.
 */
@IntegrationTest
class ReferenceResultsTest {

    private static final String BOOKLET = "IMPACT-REGIO-DEAL-I-2025";

    @Autowired
    DSLContext dsl;

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    UserAdministration users;

    /** The reference value of an indicator of a project, with its period, source and transition. */
    private Record value(String project, String indicator) {
        return dsl.select(RESULT_UPDATE.VALUE, RESULT_UPDATE.QUALIFIER, RESULT_UPDATE.STATUS, RESULT_UPDATE.SOURCE_LOCATOR,
                        RESULT_UPDATE.SOURCE_DISAGREEMENT, SOURCE.CODE, REPORTING_PERIOD.START_DATE,
                        REPORTING_PERIOD.END_DATE, PROGRAMME.CODE, UPDATE_TRANSITION.ACTOR, UPDATE_TRANSITION.TO_STATUS)
                .from(RESULT_UPDATE)
                .join(INDICATOR).on(INDICATOR.ID.eq(RESULT_UPDATE.INDICATOR_ID))
                .join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .join(PROJECT).on(PROJECT.ID.eq(RESULT.PROJECT_ID))
                .join(SOURCE).on(SOURCE.ID.eq(RESULT_UPDATE.SOURCE_ID))
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(RESULT_UPDATE.PERIOD_ID))
                .join(PROGRAMME).on(PROGRAMME.ID.eq(REPORTING_PERIOD.PROGRAMME_ID))
                .join(UPDATE_TRANSITION).on(UPDATE_TRANSITION.UPDATE_ID.eq(RESULT_UPDATE.ID))
                .where(PROJECT.TITLE.eq(project)).and(INDICATOR.TITLE.eq(indicator))
                .and(RESULT_UPDATE.CREATED_BY.eq("reference-data"))
                .fetchSingle();
    }

    private long project(String title) {
        return dsl.fetchValue(PROJECT.ID, PROJECT.TITLE.eq(title));
    }

    @Test
    void theSeedResultsAreLoadedWithSourceQualifierAndThePeriodTheDocumentCovers() {
        Record amp = value("Advanced Manufacturing Program",
                "Bedrijven die met ingenieurs en studenten aan innovatieve projecten werkten");
        assertThat(amp.get(RESULT_UPDATE.VALUE)).isEqualByComparingTo("50");
        assertThat(amp.get(RESULT_UPDATE.QUALIFIER)).isEqualTo(ValueQualifier.AT_LEAST);
        assertThat(amp.get(RESULT_UPDATE.STATUS)).isEqualTo(UpdateStatus.APPROVED);
        assertThat(amp.get(SOURCE.CODE)).isEqualTo(BOOKLET);
        assertThat(amp.get(RESULT_UPDATE.SOURCE_LOCATOR)).startsWith("Projecten: Advanced Manufacturing Program")
                .contains("Meer dan 50 bedrijven werkten samen");
        // no split in the booklet: the whole span it reports on, Regio Deal I 2019-2025
        assertThat(amp.get(PROGRAMME.CODE)).isEqualTo("RDT-1");
        assertThat(amp.get(REPORTING_PERIOD.START_DATE)).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(amp.get(REPORTING_PERIOD.END_DATE)).isEqualTo(LocalDate.of(2025, 12, 31));
        // approved by the loader, and the trail says so
        assertThat(amp.get(UPDATE_TRANSITION.ACTOR)).isEqualTo("reference-data");
        assertThat(amp.get(UPDATE_TRANSITION.TO_STATUS)).isEqualTo(UpdateStatus.APPROVED);

        // "een vijftal" is about five; "bijna 300" at most 300; the 2020 report's figure is for 2019
        assertThat(value("Circular Manufacturing Systems Program (CMSP)",
                "Use cases waarvoor met bedrijven demonstratiemodellen zijn ontwikkeld").get(RESULT_UPDATE.QUALIFIER))
                .isEqualTo(ValueQualifier.ABOUT);
        assertThat(value("Leonardo", "Studenten die de opleiding volgen").get(RESULT_UPDATE.QUALIFIER))
                .isEqualTo(ValueQualifier.AT_MOST);
        Record cheques = value("Twents Fonds voor Vakmanschap", "Aangevraagde scholingscheques");
        assertThat(cheques.get(SOURCE.CODE)).isEqualTo("INVESTEREN-IN-TWENTE-2020");
        assertThat(cheques.get(PROGRAMME.CODE)).isEqualTo("AVT-2018");
        assertThat(cheques.get(REPORTING_PERIOD.START_DATE)).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(cheques.get(REPORTING_PERIOD.END_DATE)).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(cheques.get(RESULT_UPDATE.QUALIFIER)).isEqualTo(ValueQualifier.AT_LEAST);

        // every reference value has a source and a place in it
        var all = dsl.select(RESULT_UPDATE.SOURCE_ID, RESULT_UPDATE.SOURCE_LOCATOR).from(RESULT_UPDATE)
                .where(RESULT_UPDATE.CREATED_BY.eq("reference-data")).fetch();
        assertThat(all).hasSize(47).allSatisfy(r -> {
            assertThat(r.get(RESULT_UPDATE.SOURCE_ID)).isNotNull();
            assertThat(r.get(RESULT_UPDATE.SOURCE_LOCATOR)).isNotBlank();
        });
    }

    @Test
    void theOneTargetTheBookletStatesIsTheIndicatorsTargetWithItsSource() throws Exception {
        var kampus = dsl.select(INDICATOR.TARGET_VALUE, INDICATOR.TARGET_DATE, SOURCE.CODE, INDICATOR.TARGET_SOURCE_LOCATOR)
                .from(INDICATOR).join(SOURCE).on(SOURCE.ID.eq(INDICATOR.TARGET_SOURCE_ID))
                .where(INDICATOR.TITLE.eq("Voorlichtingsbezoeken van vo-leerlingen")).fetchSingle();
        assertThat(kampus.value1()).isEqualByComparingTo(new BigDecimal("800"));
        assertThat(kampus.value2()).isNull();
        assertThat(kampus.value3()).isEqualTo(BOOKLET);
        assertThat(kampus.value4()).contains("met het doel van 800 in zicht");
        assertThat(dsl.fetchCount(INDICATOR, INDICATOR.TARGET_VALUE.isNotNull()
                .and(INDICATOR.TARGET_SOURCE_LOCATOR.like("Projecten:%")))).isEqualTo(1);
        // the page shows the target with its source next to it
        String page = mvc.perform(get("/projects/{id}/results", project("Kampus"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String indicator = page.substring(page.indexOf("Voorlichtingsbezoeken van vo-leerlingen"));
        String target = indicator.substring(indicator.indexOf("Streefwaarde"));
        assertThat(target.substring(0, target.indexOf("</dd>"))).contains(">800<", "met het doel van 800 in zicht");
    }

    @Test
    void theProjectPageShowsMeerDan50WithItsSource() throws Exception {
        long amp = project("Advanced Manufacturing Program");
        mvc.perform(get("/projects/{id}/results", amp))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<span>meer dan 50</span>"),
                        // the progress line keeps the qualifier too: the actual is a lower bound
                        containsString("stand meer dan 50"),
                        // no target: no progress rule to state
                        not(containsString("rechte lijn van de nulmeting")),
                        containsString("Impact van Regio Deal I: kracht van samenwerking, Projecten: Advanced Manufacturing "
                                + "Program: &#39;Meer dan 50 bedrijven"),
                        containsString("href=\"/sources#" + BOOKLET + "\""), containsString("2019–2025"))));
        mvc.perform(get("/projects/{id}/results", amp).param("lang", "en"))
                .andExpect(content().string(containsString("<span>more than 50</span>")));
    }

    @Test
    void theProgrammePageAddsUpTheCatalogueAndKeepsTheLowerBound() throws Exception {
        // companies supported: AMP "meer dan 50" + Innovate GO "meer dan 50" + Digitale Werkplaats 240
        mvc.perform(get("/programmes/RDT-1/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bedrijven ondersteund"),
                        containsString("<span>meer dan 340</span>"), containsString("<span>meer dan 2.632</span>"))));
    }

    @Test
    void theProgrammesDownloadCarriesEachValuesDocumentSourceAndDisagreement() throws Exception {
        String csv = mvc.perform(get("/programmes/RDT-1/results.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String amp = csv.lines().filter(l -> l.startsWith("Advanced Manufacturing Program;") && l.contains(";meer dan 50;"))
                .findFirst().orElseThrow();
        assertThat(amp).contains("Impact van Regio Deal I: kracht van samenwerking, Projecten: Advanced Manufacturing Program");
        String connectU = csv.lines().filter(l -> l.startsWith("Connect-U;") && l.contains(";Evenementen;"))
                .findFirst().orElseThrow();
        assertThat(connectU).contains("creatieve broedplaatsen");
    }

    @Test
    void passagesThatDisagreeAreBothStoredAndFlagged() throws Exception {
        Record connectU = value("Connect-U", "Evenementen");
        Record hubs = value("Creatieve Broedplaatsen", "Events bij de broedplaatsen");
        assertThat(connectU.get(RESULT_UPDATE.VALUE)).isEqualByComparingTo("60");
        assertThat(hubs.get(RESULT_UPDATE.VALUE)).isEqualByComparingTo("60");
        assertThat(connectU.get(RESULT_UPDATE.SOURCE_LOCATOR)).startsWith("Projecten: Connect-U");
        assertThat(hubs.get(RESULT_UPDATE.SOURCE_LOCATOR)).startsWith("Twente in beweging");
        assertThat(connectU.get(RESULT_UPDATE.SOURCE_DISAGREEMENT)).contains("creatieve broedplaatsen");
        assertThat(hubs.get(RESULT_UPDATE.SOURCE_DISAGREEMENT)).contains("Connect-U");
        // neither adopted a catalogue indicator: counted twice in a programme total, they might be the same events
        assertThat(dsl.fetchCount(INDICATOR, INDICATOR.TITLE.in("Evenementen", "Events bij de broedplaatsen")
                .and(INDICATOR.CATALOGUE_INDICATOR_ID.isNotNull()))).isZero();

        mvc.perform(get("/projects/{id}/results", project("Connect-U")))
                .andExpect(content().string(allOf(containsString("Tegenstrijdig in de bron"),
                        containsString("bij de creatieve broedplaatsen: &#39;Bij al deze broedplaatsen vonden meer dan 60 "
                                + "events plaats"))));
        mvc.perform(get("/projects/{id}/results", project("Creatieve Broedplaatsen")).param("lang", "en"))
                .andExpect(content().string(containsString("Contradicted in the source")));
        // a value no passage contradicts carries no flag
        mvc.perform(get("/projects/{id}/results", project("Kampus")))
                .andExpect(content().string(not(containsString("Tegenstrijdig in de bron"))));
    }

    @Test
    @Transactional
    void anAdministratorsLoadAddsTheResultsToADatabaseLoadedBeforeTheyExisted() throws Exception {
        // the state of a database that got the dataset before it had results (rolled back after the test)
        var withReferenceValues = select(RESULT.PROJECT_ID).from(RESULT).join(INDICATOR).on(INDICATOR.RESULT_ID.eq(RESULT.ID))
                .join(RESULT_UPDATE).on(RESULT_UPDATE.INDICATOR_ID.eq(INDICATOR.ID))
                .where(RESULT_UPDATE.CREATED_BY.eq("reference-data"));
        dsl.deleteFrom(RESULT).where(RESULT.PROJECT_ID.in(withReferenceValues)
                .or(RESULT.PROJECT_ID.eq(project("Programma Verduurzaming Bedrijfslocaties")))).execute();
        dsl.deleteFrom(CATALOGUE_INDICATOR).where(CATALOGUE_INDICATOR.CODE.in("BEDRIJVEN-ONDERSTEUND",
                "STUDENTEN-BIJ-BEDRIJVEN")).execute();
        dsl.deleteFrom(REPORTING_PERIOD).where(REPORTING_PERIOD.START_DATE.eq(LocalDate.of(2019, 1, 1)))
                .and(REPORTING_PERIOD.PROGRAMME_ID.in(select(PROGRAMME.ID).from(PROGRAMME)
                        .where(PROGRAMME.CODE.in("RDT-1", "AVT-2018")))).execute();
        assertThat(referenceData.status().loaded()).isTrue();
        assertThat(referenceData.status().resultsMissing()).isTrue();
        String name = "refdata-results-" + UUID.randomUUID();
        long admin = users.createUser(name, name, "pw-" + UUID.randomUUID(), Role.ADMIN);
        mvc.perform(get("/admin/reference-data").with(user(TestUsers.principal(admin, name, Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"results-missing\""),
                        not(containsString("disabled=\"disabled\"")))));

        LoadReport report = referenceData.loadTwente("admin");

        assertThat(report.rows()).containsEntry("result_update", 47).containsEntry("reporting_period", 2)
                .doesNotContainKey("project");
        assertThat(value("Advanced Manufacturing Program",
                "Bedrijven die met ingenieurs en studenten aan innovatieve projecten werkten").get(RESULT_UPDATE.QUALIFIER))
                .isEqualTo(ValueQualifier.AT_LEAST);
        assertThat(referenceData.status().resultsMissing()).isFalse();
        assertThatThrownBy(() -> referenceData.loadTwente("admin")).isInstanceOf(ReferenceDataAlreadyLoadedException.class);
    }
}
