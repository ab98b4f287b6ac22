package org.regiomonitor.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.area.AreaFixtures.CBS_TITLE;
import static org.regiomonitor.area.AreaFixtures.HIDDEN_PROJECT;
import static org.regiomonitor.area.AreaFixtures.PUBLISHED_PROJECT;
import static org.regiomonitor.area.AreaFixtures.REGION_WIDE_PROJECT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AreaPagesTest {

    /**
     * The monitor section (issue 8), whatever the number of indicators, periods and figures: the catalogue and the
     * inputs of its formulas (2), the comparison areas (region, province, nation: up to 8), the observed figures,
     * the figures from members of each compared region (up to 3) and their sources.
     */
    static final int MONITOR = 16;

    @Autowired
    MockMvc mvc;

    @Autowired
    DSLContext dsl;

    @Autowired
    QueryCounter queries;

    @Autowired
    UserAdministration users;

    @BeforeEach
    void fixtures() {
        AreaFixtures.ensure(dsl);
    }

    private Html page(String url) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Html.of(html);
    }

    private UserPrincipal viewer() {
        String name = "area-viewer-" + UUID.randomUUID();
        long id = users.createUser(name, "Area Viewer", "secret-password-1", Role.VIEWER);
        return TestUsers.principal(id, name, Role.VIEWER);
    }

    @Test
    void theOverviewOfARegionShowsItsMembersTheSumAndItsSource() throws Exception {
        queries.reset();
        Html doc = page("/areas?region=CRT99");
        assertThat(queries.count()).isLessThanOrEqualTo(8);

        assertThat(doc.byId("members-table").element("<tbody").count("<tr")).isEqualTo(3);
        assertThat(doc.byId("members-table").element("data-code=\"GMT9009\"").exists()).isFalse();
        assertThat(doc.byId("region-population").text()).isEqualTo("70.368");
        assertThat(doc.byId("region-total-label").text()).contains("Totaal (som van de 3 gemeenten)");
        assertThat(doc.element("class=\"card region-total\"").element("class=\"source\"").text()).contains(CBS_TITLE, "GMT9001", "GMT9002", "GMT9003");
        // dwellings: GMT9003 has no figure, so that sum is marked as covering 2 of the 3
        assertThat(doc.element("class=\"card region-total\"").text()).contains("som van 2 van de 3 deelgebieden");
        assertThat(doc.byId("members-table").element("<tfoot").text())
                .contains("Totaal (som van de 3 gemeenten)", "70.368", "15.000", "6.500,5");
        // the map: our GeoJSON, the option block, the table alternative
        assertThat(doc.element("class=\"map\"").attr("data-map-geojson")).isEqualTo("/api/areas/geojson?region=CRT99");
        assertThat(doc.element("class=\"map\"").attr("data-map-option")).isEqualTo("area-map-option");
        assertThat(doc.byId("area-map-option").raw()).contains("\"type\":\"map\"", "GMT9001");
        assertThat(doc.element("class=\"chart-table\"").text()).contains("Testdorp Noord");
        // German border districts are listed on the overview
        assertThat(doc.byId("districts-table").text()).contains("Testkreis", "DET9001");
    }

    @Test
    void theDefaultOverviewRendersWhetherOrNotTheHomeRegionIsLoaded() throws Exception {
        queries.reset();
        Html doc = page("/areas");
        assertThat(queries.count()).isLessThanOrEqualTo(8);
        assertThat(doc.element("<h1").text()).isEqualTo("Gebieden");
        assertThat(doc.byId("districts-table").text()).contains("Testkreis");
        mvc.perform(get("/areas?region=NOPE-REGION")).andExpect(status().isNotFound());
    }

    @Test
    void theRegionPageShowsTheSumNextToItsSource() throws Exception {
        Html doc = page("/areas/CRT99");
        assertThat(doc.element("<h1").text()).isEqualTo("Testregio");
        assertThat(doc.byId("region-population").text()).isEqualTo("70.368");
        assertThat(doc.element("class=\"card region-total\"").text()).contains("Totaal (som van de 3 gemeenten)", CBS_TITLE);
        assertThat(doc.text()).contains("Testprovincie"); // member of
        // An older period sums only the members that have a figure, and says so.
        Html older = page("/areas/CRT99?period=2023");
        assertThat(older.byId("region-population").text()).isEqualTo("12.000");
        assertThat(older.element("class=\"card region-total\"").element("class=\"alert\"").text()).contains("1 van de 3", "Testdorp Oost");
    }

    @Test
    void anonymousVisitorsSeeOnlyPublishedProjectsAndVouchersOfAMunicipality() throws Exception {
        queries.reset();
        Html doc = page("/areas/GMT9001");
        assertThat(queries.count()).isLessThanOrEqualTo(14 + MONITOR); // 9 (the project excerpts: a count and a page each) + results (4) + validity and successions (1) + the monitor

        assertThat(doc.element("<h1").text()).isEqualTo("Testdorp Noord");
        assertThat(doc.element("class=\"area-statistics\"").text()).contains("Inwoners", "12.345", CBS_TITLE,
                "WijkenEnBuurten GMT9001");
        assertThat(doc.byId("projects-table").text()).contains(PUBLISHED_PROJECT).doesNotContain(HIDDEN_PROJECT);
        // not in the home region (CR12): region-wide projects are not shown for it
        assertThat(doc.text()).doesNotContain(REGION_WIDE_PROJECT);
        // vouchers: 3 + 2 published awards, EUR 15 000 known, 2 without amount
        assertThat(doc.byId("voucher-awards").text()).isEqualTo("5");
        assertThat(doc.byId("voucher-amount").text()).contains("15.000");
        assertThat(doc.byId("voucher-unknown").text()).isEqualTo("2");
        // money: the current revision of each line of the published project
        assertThat(doc.byId("money-definition").text()).contains("het hele projectbudget, geen aandeel");
        assertThat(doc.byId("money-table").element("data-category=\"RIJK\"").text()).contains("120.000", "60.000")
                .doesNotContain("100.000");
        assertThat(doc.byId("money-table").element("data-category=\"GEMEENTEN\"").text()).contains("30.000", "10.000");
        assertThat(doc.byId("money-table").element("<tfoot").text()).contains("150.000", "90.000", "10.000", "+ 1 onbekend");
        // the lines with their sources on a page of their own, behind a link
        assertThat(doc.byId("money-lines-table").exists()).isFalse();
        Html lines = page("/areas/GMT9001/money-lines");
        assertThat(lines.byId("money-lines-table").text()).contains("Budgettabel r2", PUBLISHED_PROJECT)
                .doesNotContain(HIDDEN_PROJECT);
        assertThat(lines.text()).contains("alleen de regels van gepubliceerde projecten");
    }

    @Test
    void loggedInUsersSeeUnpublishedProjectsAndVouchersToo() throws Exception {
        UserPrincipal viewer = viewer();
        queries.reset();
        String html = mvc.perform(get("/areas/GMT9001").with(user(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queries.count()).isLessThanOrEqualTo(14 + MONITOR); // 9 (the project excerpts: a count and a page each) + results (4) + validity and successions (1) + the monitor
        Html doc = Html.of(html);
        assertThat(doc.byId("projects-table").text()).contains(PUBLISHED_PROJECT, HIDDEN_PROJECT,
                "Niet gepubliceerd");
        assertThat(doc.byId("voucher-awards").text()).isEqualTo("10");
        assertThat(doc.byId("voucher-amount").text()).contains("16.000");
        assertThat(doc.byId("money-table").element("data-category=\"RIJK\"").text()).contains("127.000");
        Html lines = Html.of(mvc.perform(get("/areas/GMT9001/money-lines").with(user(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(lines.byId("money-lines-table").text()).contains(PUBLISHED_PROJECT, HIDDEN_PROJECT);
    }

    @Test
    void regionWideProjectsAreListedSeparatelyFromLinkedOnes() throws Exception {
        Html doc = page("/areas/" + AreaFixtures.NORTH);
        assertThat(doc.byId("projects-table").text()).contains(PUBLISHED_PROJECT)
                .doesNotContain(REGION_WIDE_PROJECT, HIDDEN_PROJECT);
    }

    @Test
    void aRegionPageShowsTheProjectsAndMoneyThatReachItsMunicipalities() throws Exception {
        queries.reset();
        Html doc = page("/areas/CRT99");
        assertThat(queries.count()).isLessThanOrEqualTo(16 + MONITOR); // 11 (the project excerpts: a count and a page each) + the results section (5) + the monitor

        // the published project names two of the region's municipalities: listed once
        Html projects = doc.byId("region-projects-table");
        assertThat(projects.text()).contains(PUBLISHED_PROJECT).doesNotContain(HIDDEN_PROJECT);
        assertThat(projects.element("<tbody").count("<tr")).isEqualTo(1);
        // not the monitored region (CR12): its region-wide projects do not reach this one
        assertThat(doc.byId("region-wide-table").exists()).isFalse();
        assertThat(doc.text()).doesNotContain(REGION_WIDE_PROJECT);

        // money: the project counts once with the current revision of its two lines
        Html money = doc.byId("region-money");
        assertThat(money.text()).contains("1 project(en) met samen 2 budgetregel(s)", "150.000", "90.000",
                "10.000", "Begrotingsregels zonder gerealiseerd bedrag: 1 van 2")
                .doesNotContain("100.000", "157.000");
        assertThat(money.element("class=\"finance-categories\"").text()).contains("120.000", "60.000", "30.000");
        // every amount names its source, linked to the document
        assertThat(money.element("class=\"source\"").text()).contains("Bron:", CBS_TITLE);
        assertThat(money.element("class=\"source\"").element("<a").attr("href")).isEqualTo("https://example.org/cbs");

        UserPrincipal viewer = viewer();
        String html = mvc.perform(get("/areas/CRT99").with(user(viewer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        Html all = Html.of(html);
        assertThat(all.byId("region-projects-table").text()).contains(PUBLISHED_PROJECT, HIDDEN_PROJECT);
        assertThat(all.byId("region-money").text()).contains("2 project(en) met samen 3 budgetregel(s)", "157.000");

        // the province holds the region, which holds the municipalities: the same project and money, two levels down
        Html province = page("/areas/" + AreaFixtures.PROVINCE);
        assertThat(province.byId("region-projects-table").text()).contains(PUBLISHED_PROJECT)
                .doesNotContain(HIDDEN_PROJECT);
        assertThat(province.byId("region-money").text()).contains("1 project(en) met samen 2 budgetregel(s)",
                "150.000");
    }

    @Test
    void theTwenteRegionPageShowsTheReferenceProjectsThatReachItAndTheRegionWideOnes() throws Exception {
        queries.reset();
        Html doc = page("/areas/CR12");
        assertThat(queries.count()).isLessThanOrEqualTo(17 + MONITOR); // 12 (the project excerpts: a count and a page each) + the results section (5) + the monitor

        // reference projects naming a Twente municipality (Almelo; Hengelo, Twenterand and Wierden; Rijssen-Holten)
        assertThat(doc.byId("region-projects-table").text())
                .contains("Innovatiehub Almelo", "Innovate GO", "Kampus")
                .doesNotContain("Basislab", "ChipTech Twente", PUBLISHED_PROJECT);
        // the region-wide ones, apart
        assertThat(doc.byId("region-wide-table").text())
                .contains("Basislab", "Grensstatistieken", REGION_WIDE_PROJECT)
                .doesNotContain("Innovatiehub Almelo", "ChipTech Twente");
        assertThat(doc.byId("region-money").exists()).isTrue();

        Html en = page("/areas/CR12?lang=en");
        assertThat(en.byId("region-projects-heading").text()).startsWith("Projects that reach Twente");
        Html de = page("/areas/CR12?lang=de");
        assertThat(de.byId("region-projects-heading").text()).startsWith("Projekte, die Twente erreichen");
    }

    @Test
    void aDistrictPageShowsItsFactsAndBoundaryMap() throws Exception {
        Html doc = page("/areas/DET9001");
        assertThat(doc.element("<h1").text()).isEqualTo("Testkreis");
        assertThat(doc.element("class=\"facts\"").text()).contains("DET9001", "Duitsland");
        assertThat(doc.element("class=\"map\"").attr("data-map-geojson")).isEqualTo("/api/areas/geojson?codes=DET9001");
        assertThat(doc.text()).contains("Testbron Grenzen");
    }

    @Test
    void anUnknownAreaIsNotFound() throws Exception {
        mvc.perform(get("/areas/NOPE-AREA")).andExpect(status().isNotFound());
    }

    @Test
    void pagesAreTranslated() throws Exception {
        Html en = page("/areas/CRT99?lang=en");
        assertThat(en.byId("region-total-label").text()).contains("Total (sum of the 3 municipalities)");
        Html de = page("/areas/CRT99?lang=de");
        assertThat(de.byId("region-total-label").text()).contains("Gesamt (Summe der 3 Gemeinden)");
    }
}
