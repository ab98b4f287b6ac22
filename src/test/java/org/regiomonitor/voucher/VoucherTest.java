package org.regiomonitor.voucher;

import org.regiomonitor.shared.ValueQualifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.voucher.OrgVoucherTestData.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class VoucherTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    QueryCounter queries;
    @Autowired
    VoucherQueries voucherQueries;

    OrgVoucherTestData data;
    long programme;
    TestUser manager;

    @BeforeEach
    void setUp() {
        data = new OrgVoucherTestData(dsl, users);
        programme = data.programme(true);
        manager = data.manager(programme);
    }

    private String body(String kind, int quantity, String amount, Integer version) {
        return """
                {"programmeId": %d, "scheme": "Twents Fonds voor Vakmanschap scholingscheque", "schemeKind": "%s",
                 "quantity": %d, "amount": %s, "awardYear": 2024, "recipientKind": "EMPLOYEE"%s}
                """.formatted(programme, kind, quantity, amount, version == null ? "" : ", \"version\": " + version);
    }

    private ResultActions postVoucher(TestUser user, String body) throws Exception {
        return mvc.perform(post("/api/vouchers").with(user.basic()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private int rows() {
        return dsl.fetchCount(VOUCHER_AWARD, VOUCHER_AWARD.PROGRAMME_ID.eq(programme));
    }

    @Test
    void aTrainingChequeIsWorthAtMost2500PerCheque() throws Exception {
        postVoucher(manager, body("TRAINING_CHEQUE", 2, "5000.01", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2.500")));
        assertThat(rows()).isZero();
        postVoucher(manager, body("TRAINING_CHEQUE", 2, "5000.00", null)).andExpect(status().isCreated());
        // other kinds have no such ceiling, and an unknown amount is allowed
        postVoucher(manager, body("INNOVATION_VOUCHER", 1, "7500", null)).andExpect(status().isCreated());
        postVoucher(manager, body("TRAINING_CHEQUE", 3, "null", null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").isEmpty());
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void aCountMayBeUnknownOrALowerBoundAndAStatedMaximumNeedsItsSourceAndBindsTheAmount() throws Exception {
        long source = dsl.fetchValue(SOURCE.ID, SOURCE.CODE.eq("AVT-VOORTGANG-2024"));
        String base = """
                {"programmeId": %d, "scheme": "Scholingscheques", "schemeKind": "SMALL_GRANT", "awardYear": 2019, %s}""";
        // "ruim 1.500": stored as 1500 with AT_LEAST, and shown so
        postVoucher(manager, base.formatted(programme, "\"quantity\": 1500, \"quantityQualifier\": \"AT_LEAST\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.quantity").value(1500))
                .andExpect(jsonPath("$.quantityQualifier").value("AT_LEAST"));
        // a count the source does not give is empty, not 1 and not 0
        postVoucher(manager, base.formatted(programme, "\"quantity\": null"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.quantity").isEmpty())
                .andExpect(jsonPath("$.quantityQualifier").value("EXACT"));
        assertThat(voucherQueries.totalsForProgramme(programme, true).awardsQualifier())
                .isEqualTo(ValueQualifier.AT_LEAST);
        mvc.perform(get("/vouchers").param("programme", String.valueOf(programme)).param("lang", "de")
                        .with(manager.basic()))
                .andExpect(content().string(containsString("class=\"voucher-count\">mehr als 1.500<")))
                .andExpect(content().string(containsString("class=\"voucher-count\">unbekannt<")));

        // "about" without a number says nothing
        postVoucher(manager, base.formatted(programme, "\"quantity\": null, \"quantityQualifier\": \"ABOUT\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quantityQualifier"));
        // a stated maximum is a figure: without its source it is refused
        postVoucher(manager, base.formatted(programme, "\"quantity\": 2, \"maxAmountPerAward\": 1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("maxAmountSourceId"));
        // and it binds the total of an exact count
        String capped = "\"quantity\": 2, \"amount\": %s, \"maxAmountPerAward\": 1000, \"maxAmountSourceId\": "
                + source + ", \"maxAmountSourceLocator\": \"Resultaten\"";
        postVoucher(manager, base.formatted(programme, capped.formatted("2000.01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("1.000")));
        postVoucher(manager, base.formatted(programme, capped.formatted("2000")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.maxAmountPerAward").value(1000))
                .andExpect(jsonPath("$.maxAmountSource.code").value("AVT-VOORTGANG-2024"));
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void quantityMustBePositiveAndNothingIsWrittenWhenInvalid() throws Exception {
        postVoucher(manager, body("SMALL_GRANT", 0, "100", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("quantity")));
        postVoucher(manager, """
                {"programmeId": %d, "scheme": " ", "quantity": -1, "amount": -5}""".formatted(programme))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("scheme")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("schemeKind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("amount")));
        // neither date nor year
        postVoucher(manager, """
                {"programmeId": %d, "scheme": "MKB innovatievoucher", "schemeKind": "INNOVATION_VOUCHER",
                 "quantity": 1}""".formatted(programme))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("awardYear"));
        assertThat(rows()).isZero();
    }

    @Test
    void summaryCountsAwardsAndSumsOnlyKnownAmounts() throws Exception {
        long source = data.source();
        long almelo = data.area("MUNICIPALITY");
        data.voucher(programme, "MKB innovatievoucher", SchemeKind.INNOVATION_VOUCHER, 3, new BigDecimal("15000.00"),
                almelo, source, true);
        data.voucher(programme, "MKB innovatievoucher", SchemeKind.INNOVATION_VOUCHER, 2, null, almelo, source, true);
        data.voucher(programme, "Scholingscheque", SchemeKind.TRAINING_CHEQUE, 4, new BigDecimal("10000.00"), null,
                null, true);
        data.voucher(programme, "Scholingscheque", SchemeKind.TRAINING_CHEQUE, 100, new BigDecimal("1.00"), null,
                null, false);

        VoucherSummary anonymous = voucherQueries.summary(new VoucherFilter(programme, null, null, null), false);
        assertThat(anonymous.total().awards()).isEqualTo(9);
        assertThat(anonymous.total().awardsWithAmount()).isEqualTo(7);
        assertThat(anonymous.total().knownAmount()).isEqualByComparingTo("25000");
        assertThat(anonymous.total().awardsWithUnknownAmount()).isEqualTo(2);
        assertThat(anonymous.total().amountComplete()).isFalse();
        assertThat(anonymous.byScheme()).extracting(VoucherGroupTotals::label)
                .containsExactly("MKB innovatievoucher", "Scholingscheque");
        VoucherGroupTotals innovation = anonymous.byScheme().getFirst();
        assertThat(innovation.key()).isEqualTo("INNOVATION_VOUCHER");
        assertThat(innovation.totals().awards()).isEqualTo(5);
        assertThat(innovation.totals().knownAmount()).isEqualByComparingTo("15000");
        assertThat(innovation.totals().awardsWithUnknownAmount()).isEqualTo(2);
        assertThat(innovation.totals().sources().lines()).singleElement()
                .satisfies(l -> assertThat(l.ref().locator()).isEqualTo("tabel 3"));
        assertThat(anonymous.byMunicipality()).extracting(VoucherGroupTotals::id).containsExactly(almelo, null);

        // logged-in users also count the unpublished row
        assertThat(voucherQueries.summary(new VoucherFilter(programme, null, null, null), true).total().awards())
                .isEqualTo(109);

        mvc.perform(get("/api/vouchers/summary").param("programme", String.valueOf(programme)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.awards").value(9))
                .andExpect(jsonPath("$.total.knownAmount").value(25000.0))
                .andExpect(jsonPath("$.total.awardsWithUnknownAmount").value(2))
                .andExpect(jsonPath("$.byProgramme[0].id").value(programme));
    }

    @Test
    void summaryNamesTheLargestMunicipalitiesAndAddsUpTheRestWithTheirSources() throws Exception {
        long source = data.source();
        int municipalities = VoucherQueries.MUNICIPALITIES_SHOWN + 3;
        for (int i = 0; i < municipalities; i++) {
            // the first has the most awards; each row cites its own place (a unique locator)
            long id = data.voucher(programme, "Kleine subsidie", SchemeKind.SMALL_GRANT, municipalities - i,
                    new BigDecimal("100"), data.area("MUNICIPALITY"), source, true);
            dsl.update(org.regiomonitor.db.Tables.VOUCHER_AWARD)
                    .set(org.regiomonitor.db.Tables.VOUCHER_AWARD.SOURCE_LOCATOR, "rij " + i)
                    .where(org.regiomonitor.db.Tables.VOUCHER_AWARD.ID.eq(id)).execute();
        }
        data.voucher(programme, "Kleine subsidie", SchemeKind.SMALL_GRANT, 1, null, null, null, true);

        VoucherSummary summary = voucherQueries.summary(new VoucherFilter(programme, null, null, null), false);
        long all = (long) municipalities * (municipalities + 1) / 2 + 1;
        assertThat(summary.total().awards()).isEqualTo(all);
        // 20 named, the awards without a municipality, and the 3 smallest together
        assertThat(summary.byMunicipality()).hasSize(VoucherQueries.MUNICIPALITIES_SHOWN + 1);
        assertThat(summary.otherMunicipalities().groups()).isEqualTo(3);
        assertThat(summary.otherMunicipalities().totals().awards()).isEqualTo(3 + 2 + 1);
        assertThat(summary.byMunicipality().stream().mapToLong(g -> g.totals().awards()).sum()
                + summary.otherMunicipalities().totals().awards()).isEqualTo(all);
        // three places of the rest are listed each; the total's 23 are counted per document
        assertThat(summary.otherMunicipalities().totals().sources().lines()).hasSize(3)
                .allSatisfy(l -> assertThat(l.places()).isEqualTo(1));
        assertThat(summary.total().sources().lines()).singleElement()
                .satisfies(l -> assertThat(l.places()).isEqualTo(municipalities));

        mvc.perform(get("/vouchers").param("programme", String.valueOf(programme)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 andere gemeenten samen")));
        mvc.perform(get("/api/vouchers/summary").param("programme", String.valueOf(programme)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.otherMunicipalities.groups").value(3))
                .andExpect(jsonPath("$.total.sources.lines[0].places").value(municipalities));
    }

    @Test
    void areaSummaryCoversTheMunicipalityAndTheMembersOfARegion() {
        long municipality = data.area("MUNICIPALITY");
        long other = data.area("MUNICIPALITY");
        long region = data.area("REGION");
        data.membership(region, municipality);
        data.membership(region, other);
        data.voucher(programme, "MKB innovatievoucher", SchemeKind.INNOVATION_VOUCHER, 2, new BigDecimal("5000"),
                municipality, null, true);
        data.voucher(programme, "Kleine subsidie", SchemeKind.SMALL_GRANT, 1, null, other, null, true);

        AreaVouchers own = voucherQueries.summaryByMunicipality(data.areaCode(municipality), false).orElseThrow();
        assertThat(own.total().awards()).isEqualTo(2);
        assertThat(own.total().knownAmount()).isEqualByComparingTo("5000");
        assertThat(own.byProgramme()).singleElement().satisfies(g -> assertThat(g.id()).isEqualTo(programme));

        AreaVouchers twente = voucherQueries.summaryByMunicipality(data.areaCode(region), false).orElseThrow();
        assertThat(twente.total().awards()).isEqualTo(3);
        assertThat(twente.total().awardsWithUnknownAmount()).isEqualTo(1);
        assertThat(twente.byScheme()).hasSize(2);

        assertThat(voucherQueries.summaryByMunicipality("NO-SUCH-AREA", false)).isEmpty();
        AreaVouchers empty = voucherQueries.summaryByMunicipality(data.areaCode(data.area("MUNICIPALITY")), false).orElseThrow();
        assertThat(empty.total().awards()).isZero();
        assertThat(empty.total().knownAmount()).isNull();
    }

    @Test
    void rightsFollowTheProgramme() throws Exception {
        long otherProgramme = data.programme(true);
        TestUser otherManager = data.manager(otherProgramme);
        postVoucher(otherManager, body("SMALL_GRANT", 1, "100", null)).andExpect(status().isForbidden());
        postVoucher(data.user(Role.VIEWER), body("SMALL_GRANT", 1, "100", null)).andExpect(status().isForbidden());
        postVoucher(data.user(Role.PROJECT_LEAD), body("SMALL_GRANT", 1, "100", null)).andExpect(status().isForbidden());
        mvc.perform(post("/api/vouchers").contentType(MediaType.APPLICATION_JSON).content(body("SMALL_GRANT", 1, "1", null)))
                .andExpect(status().isUnauthorized());
        assertThat(rows()).isZero();

        String location = postVoucher(data.user(Role.ADMIN), body("SMALL_GRANT", 1, "100", null))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(put(location).with(otherManager.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("SMALL_GRANT", 1, "200", 0)))
                .andExpect(status().isForbidden());
        mvc.perform(put(location).with(manager.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("SMALL_GRANT", 2, "200", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quantity").value(2))
                .andExpect(jsonPath("$.version").value(1));
        // a stale version is refused
        mvc.perform(put(location).with(manager.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("SMALL_GRANT", 3, "300", 0)))
                .andExpect(status().isConflict());
        mvc.perform(get(location)).andExpect(jsonPath("$.quantity").value(2));
    }

    @Test
    void webFormCreatesRefusesAndDetectsStaleEdits() throws Exception {
        int before = rows();
        mvc.perform(post("/vouchers").with(csrf()).with(manager.principal())
                        .param("programmeId", String.valueOf(programme)).param("scheme", "Scholingscheque")
                        .param("schemeKind", "TRAINING_CHEQUE").param("quantity", "1").param("amount", "2600")
                        .param("awardYear", "2024"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"amount-error\""),
                        containsString("hoogstens"))));
        mvc.perform(post("/vouchers").with(csrf()).with(manager.principal())
                        .param("programmeId", String.valueOf(programme)).param("scheme", "Scholingscheque")
                        .param("schemeKind", "TRAINING_CHEQUE").param("quantity", "0").param("amount", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"quantity-error\""),
                        containsString("id=\"amount-error\""), containsString("id=\"awardYear-error\""))));
        assertThat(rows()).isEqualTo(before);

        mvc.perform(post("/vouchers").with(csrf()).with(manager.principal())
                        .param("programmeId", String.valueOf(programme)).param("scheme", "Scholingscheque")
                        .param("schemeKind", "TRAINING_CHEQUE").param("quantity", "2").param("amount", "5000")
                        .param("awardedOn", "2024-03-01"))
                .andExpect(status().is3xxRedirection());
        var row = dsl.fetchSingle(VOUCHER_AWARD, VOUCHER_AWARD.PROGRAMME_ID.eq(programme));
        assertThat(row.getAwardYear()).isEqualTo(2024);

        mvc.perform(get("/vouchers/" + row.getId() + "/edit").with(manager.principal())).andExpect(status().isOk());
        mvc.perform(get("/vouchers/" + row.getId() + "/edit").with(data.manager(data.programme(true)).principal()))
                .andExpect(status().isForbidden());
        dsl.update(VOUCHER_AWARD).set(VOUCHER_AWARD.VERSION, 5).where(VOUCHER_AWARD.ID.eq(row.getId())).execute();
        mvc.perform(post("/vouchers/" + row.getId()).with(csrf()).with(manager.principal())
                        .param("programmeId", String.valueOf(programme)).param("scheme", "Scholingscheque")
                        .param("schemeKind", "TRAINING_CHEQUE").param("quantity", "1").param("amount", "100")
                        .param("awardYear", "2024").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
        assertThat(dsl.fetchSingle(VOUCHER_AWARD, VOUCHER_AWARD.ID.eq(row.getId())).getQuantity()).isEqualTo(2);
    }

    @Test
    void overviewShowsTotalsChartsAndListInBoundedQueries() throws Exception {
        long source = data.source();
        data.voucher(programme, "MKB innovatievoucher", SchemeKind.INNOVATION_VOUCHER, 3, new BigDecimal("15000"),
                data.area("MUNICIPALITY"), source, true);
        data.voucher(programme, "MKB innovatievoucher", SchemeKind.INNOVATION_VOUCHER, 2, null, null, source, true);
        long hidden = data.programme(false);
        data.voucher(hidden, "Geheime regeling", SchemeKind.SMALL_GRANT, 1, null, null, null, true);

        queries.reset();
        mvc.perform(get("/vouchers").param("programme", String.valueOf(programme)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-chart-option=\"voucher-programme-option\""),
                        containsString("Tabel bij deze grafiek"), containsString("Testbron"),
                        containsString("Zonder 2 toekenningen waarvan het bedrag onbekend is"),
                        not(containsString("Geheime regeling")))));
        assertThat(queries.count()).isLessThanOrEqualTo(8);

        queries.reset();
        mvc.perform(get("/vouchers").with(manager.principal()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/vouchers/new")));
        assertThat(queries.count()).isLessThanOrEqualTo(9);
        mvc.perform(get("/vouchers").param("year", "x").param("schemeKind", "bogus")).andExpect(status().isOk());
    }
}
