package org.regiomonitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.finance.FinanceFigures;
import org.regiomonitor.finance.ProgrammeFinance;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.security.Role;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.StoredTotals;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard on the Twente reference data that is loaded into the empty test database. */
@IntegrationTest
class DashboardTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    QueryCounter queries;
    @Autowired
    FinanceFigures finance;

    @Test
    void showsTheTwenteProgrammesWithTheirMultiplierAgainstTheTarget() throws Exception {
        String html = page("/");
        assertThat(html).contains("Agenda voor Twente 2023-2027", "Regio Deal Twente I", "Regio Deal Twente II",
                "Nationaal versterkingsplan microchipsector");
        // 198 mln / 13 mln, computed from the stored amounts, against the target 8.5 of the 2024 report
        assertThat(html).contains("15,2", "Doel: 8,5", "€ 198,0 mln / € 13,0 mln");
        assertThat(html).contains("Voortgang Agenda voor Twente 2024");
    }

    @Test
    void theMultiplierIsComputedFromTheStoredAmounts() {
        long id = dsl.select(PROGRAMME.ID).from(PROGRAMME).where(PROGRAMME.CODE.eq("AVT-2023")).fetchSingle(PROGRAMME.ID);
        ProgrammeFinance avt = finance.programme(id, false);
        assertThat(avt.mobilisedTotal()).isEqualByComparingTo("198000000");
        assertThat(avt.regionalContribution()).isEqualByComparingTo("13000000");
        assertThat(avt.multiplier().value()).isEqualByComparingTo("15.23");
        assertThat(avt.multiplier().target()).isEqualByComparingTo("8.5");
        assertThat(avt.multiplierSources().refs()).isNotEmpty();
    }

    @Test
    void theMapShowsTheFourteenTwenteMunicipalities() throws Exception {
        String html = page("/");
        JsonNode option = JsonMapper.builder().build().readTree(jsonBlock(html, "map-dashboard"));
        JsonNode data = option.path("series").get(0).path("data");
        assertThat(data.size()).isEqualTo(14);
        int members = dsl.fetchCount(AREA_MEMBERSHIP.join(AREA).on(AREA.ID.eq(AREA_MEMBERSHIP.PARENT_ID)),
                AREA.CODE.eq("CR12").and(AREA_MEMBERSHIP.VALID_TO.isNull())); // current, not the ended ones
        assertThat(members).isEqualTo(14);
        assertThat(html).contains("data-map-geojson=\"/api/areas/geojson?region=CR12\"");
        assertThat(data.toString()).contains("GM0141", "Almelo", "GM0153", "Enschede", "GM1774", "Dinkelland");
        // the money view draws the same municipalities
        JsonNode money = JsonMapper.builder().build().readTree(jsonBlock(page("/?map=money"), "map-dashboard"));
        assertThat(money.path("series").get(0).path("data").size()).isEqualTo(14);
    }

    @Test
    void everyChartHasATableAlternative() throws Exception {
        String html = page("/");
        int charts = count(html, "data-chart-option=") + count(html, "data-map-option=");
        assertThat(charts).isEqualTo(3);
        assertThat(count(html, "<details class=\"chart-table\">")).isEqualTo(charts);
    }

    @Test
    void anonymousVisitorsDoNotSeeUnpublishedProgrammes() throws Exception {
        String name = "Verborgen programma " + UUID.randomUUID();
        dsl.insertInto(PROGRAMME).set(PROGRAMME.CODE, "HID-" + UUID.randomUUID()).set(PROGRAMME.NAME, name)
                .set(PROGRAMME.STATUS, ProgrammeStatus.PLANNED).set(PROGRAMME.PUBLISHED, false).execute();
        assertThat(page("/")).doesNotContain(name);
        String asViewer = mvc.perform(get("/").with(SecurityMockMvcRequestPostProcessors.user(
                        TestUsers.principal(-1, "viewer-dash", Role.VIEWER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(asViewer).contains(name);
    }

    @Test
    void theDashboardCostsABoundedNumberOfQueries() throws Exception {
        StoredTotals.storeAll(context); // as the next write transaction would after the fixtures' writes
        queries.reset();
        page("/");
        int first = queries.count();
        // + the monitor panel (issue 8): sets (3), comparison areas, figures, members of every region in one, sources;
        // + the names of the areas on the money map, read apart from their stored totals (issue 10)
        assertThat(first).isLessThanOrEqualTo(20 + 8 + 1);

        for (int i = 0; i < 5; i++) {
            dsl.insertInto(PROGRAMME).set(PROGRAMME.CODE, "QC-" + UUID.randomUUID())
                    .set(PROGRAMME.NAME, "Extra " + i).set(PROGRAMME.STATUS, ProgrammeStatus.RUNNING)
                    .set(PROGRAMME.PUBLISHED, true).execute();
        }
        StoredTotals.storeAll(context);
        queries.reset();
        page("/");
        assertThat(queries.count()).isEqualTo(first);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String jsonBlock(String html, String id) {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("JSON block " + id).isTrue();
        return m.group(1);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
