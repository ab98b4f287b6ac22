package org.regiomonitor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.results.ResultsFixtures.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's results section (issue 7, acceptance 2): per catalogue indicator the region-wide total of approved
 * values with its rule, an approved update visible on the next request, in a bounded number of queries.
 */
@IntegrationTest
class ResultsOnTheDashboardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    QueryCounter queries;

    @Test
    void anApprovedUpdateIsInTheDashboardTotalOnTheNextRequest() throws Exception {
        ResultsFixtures f = new ResultsFixtures(context);
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2024, 2024);
        String code = ResultsFixtures.unique("DASH");
        long catalogue = f.catalogue(programme, code, Measure.UNIT, false);
        long project = f.project(programme);
        long indicator = f.indicator(project, catalogue, Measure.UNIT, false);
        f.approved(indicator, value(periods.get(0), "20"));
        // the project's own indicator is shown on its page but never added into the region's totals
        f.approved(f.indicator(project, null, Measure.UNIT, false), value(periods.get(0), "1000"));
        UserPrincipal manager = f.managerUser(programme);
        long update = f.updates.create(indicator, value(periods.get(1), "30", ValueQualifier.AT_LEAST, List.of()),
                f.lead(project));
        f.updates.submit(update, new ReviewInput(null, 0), f.lead(project));

        queries.reset();
        String before = row(dashboard(manager), code);
        int dashboardQueries = queries.count();
        assertThat(before).contains(">20<", "Som van de goedgekeurde waarden van de perioden.")
                .doesNotContain("meer dan", "1020", "1050");

        f.updates.approve(update, new ReviewInput(null, 1), f.admin);
        assertThat(row(dashboard(manager), code)).contains("meer dan 50").doesNotContain("1050");
        String english = mvc.perform(get("/").param("lang", "en").with(user(manager))).andReturn().getResponse()
                .getContentAsString();
        assertThat(english).contains("Results in the region");
        assertThat(row(english, code)).contains("more than 50", "Sum of the approved values");

        // an indicator without approved values stays empty, never zero
        String empty = ResultsFixtures.unique("DASH");
        f.catalogue(programme, empty, Measure.UNIT, true);
        queries.reset();
        String page = dashboard(manager);
        assertThat(row(page, empty)).contains("–").doesNotContain(">0<");
        // more catalogue indicators and updates do not mean more queries
        assertThat(queries.count()).isEqualTo(dashboardQueries);
    }

    private String dashboard(UserPrincipal u) throws Exception {
        return mvc.perform(get("/").with(user(u))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String row(String page, String code) {
        Matcher m = Pattern.compile("data-code=\"" + Pattern.quote(code) + "\".*?</tr>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("a dashboard row for " + code).isTrue();
        return m.group();
    }
}
