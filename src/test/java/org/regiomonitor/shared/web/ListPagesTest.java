package org.regiomonitor.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.finance.FinanceFixtures;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The list pages over HTTP: htmx gets the results region only, a browser the whole page; a page past the end
 * is a 404; the project list shows money per project (unknown stays empty) at a bounded number of queries.
 */
@IntegrationTest
class ListPagesTest {

    /** Every list page with the shared filter bar, sort headers and pager (the admin ones need an admin). */
    static final List<String> LIST_PAGES = List.of("/projects", "/organisations", "/vouchers", "/finance/funders",
            "/admin/audit", "/admin/users");

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    QueryCounter queries;

    FinanceFixtures fx;
    UserPrincipal admin;

    @BeforeEach
    void setUp() {
        fx = new FinanceFixtures(dsl, users);
        admin = fx.user(Role.ADMIN, null, null);
    }

    private MockHttpServletRequestBuilder page(String url) {
        return get(url).with(user(admin));
    }

    @Test
    void anHtmxRequestGetsTheResultsRegionAndABrowserTheWholePage() throws Exception {
        for (String url : LIST_PAGES) {
            String full = mvc.perform(page(url)).andExpect(status().isOk())
                    .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(full).as(url).contains("<html", "id=\"list-filter\"", "data-list-results", "data-list-announce");

            String partial = mvc.perform(page(url).header("HX-Request", "true")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(partial).as(url).doesNotContain("<html", "<nav class=\"site", "id=\"list-filter\"")
                    .contains("data-list-results", "data-list-count");
            assertThat(partial.strip()).as(url).startsWith("<div id=");

            // htmx restoring a page from history asks for the whole page
            String restored = mvc.perform(page(url).header("HX-Request", "true")
                    .header("HX-History-Restore-Request", "true")).andReturn().getResponse().getContentAsString();
            assertThat(restored).as(url).contains("<html");
        }
    }

    @Test
    void aPagePastTheEndIsNotFoundAndANegativePageIsTheFirst() throws Exception {
        for (String url : LIST_PAGES) {
            mvc.perform(page(url + "?page=100000")).andExpect(status().isNotFound());
            mvc.perform(page(url + "?page=-2&size=0")).andExpect(status().isOk());
            // not a whole number: refused, naming the parameter, as every parameter of the wrong kind
            String refused = mvc.perform(page(url + "?page=x")).andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString();
            assertThat(refused).as(url).contains("page");
        }
        long programme = fx.programme(2023, 2027, null, true);
        fx.project(true, programme);
        fx.project(true, programme);
        mvc.perform(page("/projects?programme=" + programme + "&size=1&page=1")).andExpect(status().isOk());
        mvc.perform(page("/projects?programme=" + programme + "&size=1&page=2")).andExpect(status().isNotFound());
        // an empty list has its first page
        mvc.perform(page("/projects?q=" + FinanceFixtures.unique("nothing"))).andExpect(status().isOk());
    }

    @Test
    void theProjectListShowsMoneyPerProjectAndLeavesWhatIsUnknownEmpty() throws Exception {
        long programme = fx.programme(2023, 2027, null, true);
        long funder = fx.funder("RIJK");
        long other = fx.funder("GEMEENTEN");
        long source = fx.source("Begroting");
        long withMoney = fx.project(true, programme);
        fx.line(null, withMoney, funder, 2024, "1000", "400", null, source);
        fx.line(null, withMoney, other, 2025, "500", null, null, source);
        long withUnknownAmounts = fx.project(true, programme);
        fx.line(null, withUnknownAmounts, funder, 2024, null, null, null, source);
        long withoutLines = fx.project(true, programme);

        String html = mvc.perform(get("/projects").param("programme", String.valueOf(programme))
                        .param("money", "show"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String money = row(html, withMoney);
        assertThat(money).contains("1.500", "400", "+1 onbekend", "/projects/" + withMoney + "/finance");
        assertThat(row(html, withUnknownAmounts)).contains("onbekend").doesNotContain("€ 0", "€&nbsp;0");
        assertThat(row(html, withoutLines)).contains("geen begrotingsregels").doesNotContain("€");

        String without = mvc.perform(get("/projects").param("programme", String.valueOf(programme)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(without).doesNotContain("geen begrotingsregels", "1.500");
    }

    @Test
    void theProjectListWithMoneyAndTheOtherListsCostABoundedNumberOfQueries() throws Exception {
        long programme = fx.programme(2023, 2027, null, true);
        long funder = fx.funder("RIJK");
        long source = fx.source("Begroting");
        for (int i = 0; i < 12; i++) {
            long project = fx.project(true, programme);
            fx.line(null, project, funder, 2024, "100", "50", null, source);
        }
        int small = count("/projects?money=show&size=2&programme=" + programme);
        int large = count("/projects?money=show&size=12&programme=" + programme);
        assertThat(large).as("the project list with money does not grow with its rows").isEqualTo(small)
                .isLessThanOrEqualTo(9);
        for (String url : LIST_PAGES) {
            int few = count(url + "?size=2");
            int many = count(url + "?size=200");
            assertThat(many).as(url).isEqualTo(few).isLessThanOrEqualTo(20);
        }
    }

    private int count(String url) throws Exception {
        queries.reset();
        mvc.perform(page(url)).andExpect(status().isOk());
        return queries.count();
    }

    /** The table row of one project. */
    private static String row(String html, long projectId) {
        int start = html.indexOf("data-project-id=\"" + projectId + "\"");
        assertThat(start).as("row of project %d", projectId).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
