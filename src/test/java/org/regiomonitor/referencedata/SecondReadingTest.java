package org.regiomonitor.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.db.tables.Source;
import org.regiomonitor.finance.FinanceFigures;
import org.regiomonitor.finance.ProgrammeFinance;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.voucher.VoucherQueries;
import org.regiomonitor.voucher.VoucherTotals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The corrections of the second reading of the five documents (issue 6, section 7; listed in
 * docs/reference-data.md), one test per kind, against the dataset as loaded at start-up.
 */
@IntegrationTest
class SecondReadingTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    MockMvc mvc;

    @Autowired
    FinanceFigures finance;

    @Autowired
    VoucherQueries vouchers;

    @Test
    void projectsTheTextDescribesAreThereTalentpactWithNovelTAsLead() {
        var talentpact = dsl.select(PROJECT.ID, PROJECT.STATUS, ORGANISATION.NAME, SOURCE.CODE, PROJECT.SOURCE_LOCATOR)
                .from(PROJECT)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.LEAD_ORGANISATION_ID))
                .join(SOURCE).on(SOURCE.ID.eq(PROJECT.SOURCE_ID))
                .where(PROJECT.TITLE.eq("Talentpact Twente"))
                .fetchSingle();
        assertThat(talentpact.value3()).isEqualTo("Novel-T");
        assertThat(talentpact.value4()).isEqualTo("INVESTEREN-IN-TWENTE-2020");
        assertThat(talentpact.value5()).contains("Onder leiding van Novel-T");
        assertThat(programmesOf("Talentpact Twente")).containsExactly("AVT-2018");
        assertThat(partners("Talentpact Twente", PartnerRole.LEAD)).containsExactly("Novel-T");

        assertThat(programmesOf("Smart Energy Hubs")).containsExactly("AVT-2023");
        assertThat(projectStatus("Smart Energy Hubs")).isEqualTo(ProjectStatus.RUNNING);
    }

    @Test
    void statusesFollowTheLaterDocuments() {
        // 004 Leeswijzer: adopted by Twente Board on 11 December 2025, accepted by the Rijk on 20 March
        assertThat(dsl.fetchValue(PROGRAMME.STATUS, PROGRAMME.CODE.eq("NPVR"))).isEqualTo(ProgrammeStatus.RUNNING);
        // 000 describes it in the present tense for 2024; 004 calls it multi-year
        assertThat(projectStatus("Advanced Manufacturing Program")).isEqualTo(ProjectStatus.RUNNING);
        assertThat(projectStatus("Creatieve Broedplaatsen")).isEqualTo(ProjectStatus.RUNNING);
    }

    @Test
    void partnersOnlyInAQuoteOrAsAPlaceAreGoneAndNamedKnowledgePartnersAreThere() {
        assertThat(dsl.fetchExists(ORGANISATION, ORGANISATION.NAME.eq("Kaliber Kunstenschool"))).isFalse();
        assertThat(partners("Creatieve Broedplaatsen", null)).isEmpty();
        // the test set-up stood in the sorting centre; it is a TexPlus member, not a Textile Identification partner
        assertThat(partners("Textile Identification", null)).doesNotContain("Regionaal Textielsorteercentrum Twente")
                .contains("Stichting TEXroad");
        assertThat(partners("Tech.Land", PartnerRole.KNOWLEDGE)).containsExactlyInAnyOrder(
                "Fraunhofer Innovation Platform", "Universiteit Twente", "MEET Battery Research Center");
    }

    @Test
    void municipalitiesTheTextNamesAreReached() {
        assertThat(dsl.select(AREA.CODE).from(PROJECT_AREA)
                .join(AREA).on(AREA.ID.eq(PROJECT_AREA.AREA_ID))
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_AREA.PROJECT_ID))
                .where(PROJECT.TITLE.eq("Creatieve Broedplaatsen"))
                .fetch(AREA.CODE)).containsExactlyInAnyOrder("GM0164", "GM0141");
    }

    @Test
    void programmeAmountsSayWhatTheTextSaysEachWithItsSource() throws Exception {
        Source ceilingSource = SOURCE.as("c");
        Source expectedSource = SOURCE.as("e");
        Source volumeSource = SOURCE.as("v");
        var rows = dsl.select(PROGRAMME.CODE, PROGRAMME.BUDGET_CEILING, ceilingSource.CODE, PROGRAMME.EXPECTED_INVESTMENT,
                        expectedSource.CODE, PROGRAMME.INVESTMENT_VOLUME, volumeSource.CODE)
                .from(PROGRAMME)
                .leftJoin(ceilingSource).on(ceilingSource.ID.eq(PROGRAMME.BUDGET_CEILING_SOURCE_ID))
                .leftJoin(expectedSource).on(expectedSource.ID.eq(PROGRAMME.EXPECTED_INVESTMENT_SOURCE_ID))
                .leftJoin(volumeSource).on(volumeSource.ID.eq(PROGRAMME.INVESTMENT_VOLUME_SOURCE_ID))
                .where(PROGRAMME.CODE.in("RDT-1", "RDT-2", "MICROCHIP"))
                .orderBy(PROGRAMME.CODE)
                .fetch();
        var microchip = rows.get(0);
        var rdt1 = rows.get(1);
        var rdt2 = rows.get(2);
        // Regio Deal I: Rijk and region put in EUR 60 mln together (003); EUR 150 mln is the volume with all partners (001)
        assertThat(rdt1.value2()).isEqualByComparingTo("60000000");
        assertThat(rdt1.value3()).isEqualTo("IMPACT-REGIO-DEAL-I-2025");
        assertThat(rdt1.value4()).isNull();
        assertThat(rdt1.value6()).isEqualByComparingTo("150000000");
        assertThat(rdt1.value7()).isEqualTo("INVESTEREN-IN-TWENTE-2020");
        // "totale verwachte investering" (000) is not a ceiling
        assertThat(rdt2.value2()).isNull();
        assertThat(rdt2.value4()).isEqualByComparingTo("89000000");
        assertThat(rdt2.value5()).isEqualTo("AVT-VOORTGANG-2024");
        assertThat(microchip.value2()).isNull();
        assertThat(microchip.value4()).isEqualByComparingTo("108000000");
        assertThat(microchip.value5()).isEqualTo("AVT-VOORTGANG-2024");

        long rdt1Id = programmeId("RDT-1");
        mvc.perform(get("/programmes/{id}", rdt1Id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Investeringsvolume met alle partners")))
                .andExpect(content().string(containsString("inclusief de bijdragen van alle partners")))
                .andExpect(content().string(containsString("Investeren in Twente")))
                .andExpect(content().string(containsString("Budgetplafond")));
        mvc.perform(get("/programmes/{id}", programmeId("RDT-2")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Expected total investment")))
                .andExpect(content().string(containsString("totale verwachte investering €89 miljoen")))
                .andExpect(content().string(not(containsString("id=\"investment-volume\""))));
        mvc.perform(get("/api/programmes/{id}", rdt1Id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.budgetCeiling").value(60000000.0))
                .andExpect(jsonPath("$.investmentVolume").value(150000000.0))
                .andExpect(jsonPath("$.investmentVolumeSource.code").value("INVESTEREN-IN-TWENTE-2020"))
                .andExpect(jsonPath("$.expectedInvestment").doesNotExist());
    }

    @Test
    void fundersNamedWithoutAnAmountAreUnknownNeverZeroAndLeftOutOfTheTotals() throws Exception {
        long rdt1 = programmeId("RDT-1");
        ProgrammeFinance f = finance.programme(rdt1, false);
        // Rijk EUR 30 mln budgeted / 26 mln committed, plus the co-financing of the municipalities and the province
        assertThat(f.totals().lines()).isEqualTo(3);
        assertThat(f.totals().budgeted()).isEqualByComparingTo("30000000");
        assertThat(f.totals().committed()).isEqualByComparingTo("26000000");
        assertThat(f.totals().budgetedUnknown()).isEqualTo(2);
        assertThat(f.totals().realised()).isNull();
        // the sums cite where their amounts come from, not where a funder is named without one
        assertThat(f.sources().refs()).extracting(s -> s.locator()).noneMatch(l -> l.contains("benodigde cofinanciering"))
                .anyMatch(l -> l.contains("€ 26 miljoen"));

        mvc.perform(get("/programmes/{id}/finance", rdt1))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bedragen die de bronnen voor het programma noemen")))
                .andExpect(content().string(containsString("id=\"investment-volume\"")))
                .andExpect(content().string(containsString("Provincie Overijssel")))
                .andExpect(content().string(containsString("bijdrage genoemd, bedrag onbekend")))
                .andExpect(content().string(containsString("Begrotingsregels zonder begroot bedrag: 2 van 3.")));

        long texplus = projectId("Circulair Textiel (TexPlus)");
        mvc.perform(get("/projects/{id}/finance", texplus).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rabobank")))
                .andExpect(content().string(containsString("contribution named, amount unknown")));
        mvc.perform(get("/projects/{id}/finance", projectId("Euregionale doorlopende leerlijnen (GROS)")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Europese Unie")))
                .andExpect(content().string(containsString("bijdrage genoemd, bedrag onbekend")));
    }

    @Test
    void aVoucherSchemeStatesItsMaximumAndAnApproximateCountIsShownAsSuch() throws Exception {
        var cheques = dsl.select(VOUCHER_AWARD.QUANTITY, VOUCHER_AWARD.QUANTITY_QUALIFIER,
                        VOUCHER_AWARD.MAX_AMOUNT_PER_AWARD, SOURCE.CODE, VOUCHER_AWARD.AMOUNT)
                .from(VOUCHER_AWARD)
                .join(SOURCE).on(SOURCE.ID.eq(VOUCHER_AWARD.MAX_AMOUNT_SOURCE_ID))
                .where(VOUCHER_AWARD.SCHEME.startsWith("Scholingscheques Twents Fonds voor Vakmanschap"))
                .fetchSingle();
        assertThat(cheques.value1()).isEqualTo(1500);
        assertThat(cheques.value2()).isEqualTo(ValueQualifier.AT_LEAST);
        assertThat(cheques.value3()).isEqualByComparingTo("2500");
        assertThat(cheques.value4()).isEqualTo("AVT-VOORTGANG-2024");
        assertThat(cheques.value5()).isNull();

        long avt2018 = programmeId("AVT-2018");
        VoucherTotals totals = vouchers.totalsForProgramme(avt2018, false);
        // 7 innovation vouchers (exact) and more than 1,500 cheques: the sum is a lower bound
        assertThat(totals.awards()).isEqualTo(1507);
        assertThat(totals.awardsQualifier()).isEqualTo(ValueQualifier.AT_LEAST);

        // the row's count and the programme's total, as each language writes "more than"
        for (var lang : List.of(List.of("nl", "meer dan 1.500", "meer dan 1.507", "per toekenning"),
                List.of("en", "more than 1,500", "more than 1,507", "per award"),
                List.of("de", "mehr als 1.500", "mehr als 1.507", "pro Vergabe"))) {
            mvc.perform(get("/vouchers").param("programme", String.valueOf(avt2018)).param("lang", lang.get(0)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("class=\"voucher-count\">" + lang.get(1) + "<")))
                    .andExpect(content().string(containsString("class=\"voucher-count\">" + lang.get(2) + "<")))
                    .andExpect(content().string(containsString(lang.get(3))));
        }
        mvc.perform(get("/api/vouchers").param("programme", String.valueOf(avt2018)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"quantityQualifier\":\"AT_LEAST\"")))
                .andExpect(content().string(containsString("\"maxAmountPerAward\":2500")));
    }

    private long programmeId(String code) {
        return dsl.fetchValue(PROGRAMME.ID, PROGRAMME.CODE.eq(code));
    }

    private long projectId(String title) {
        return dsl.fetchValue(PROJECT.ID, PROJECT.TITLE.eq(title));
    }

    private ProjectStatus projectStatus(String title) {
        return dsl.fetchValue(PROJECT.STATUS, PROJECT.TITLE.eq(title));
    }

    private List<String> programmesOf(String title) {
        return dsl.select(PROGRAMME.CODE).from(PROJECT_PROGRAMME)
                .join(PROGRAMME).on(PROGRAMME.ID.eq(PROJECT_PROGRAMME.PROGRAMME_ID))
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_PROGRAMME.PROJECT_ID))
                .where(PROJECT.TITLE.eq(title))
                .fetch(PROGRAMME.CODE);
    }

    /** Partner organisations of a project, of one role or (null) all roles. */
    private List<String> partners(String title, PartnerRole role) {
        return dsl.select(ORGANISATION.NAME).from(PROJECT_PARTNER)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT_PARTNER.ORGANISATION_ID))
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_PARTNER.PROJECT_ID))
                .where(PROJECT.TITLE.eq(title))
                .and(role == null ? PROJECT_PARTNER.ROLE.isNotNull() : PROJECT_PARTNER.ROLE.eq(role))
                .fetch(ORGANISATION.NAME);
    }
}
