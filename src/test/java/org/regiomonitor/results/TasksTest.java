package org.regiomonitor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.results.ResultsFixtures.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.results.internal.Tasks;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 7, "my tasks": updates to write for leads, updates to review for managers, counted in the navigation. */
@IntegrationTest
class TasksTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Tasks tasks;
    @Autowired
    MockMvc mvc;
    @Autowired
    QueryCounter queries;

    @Test
    void leadsSeeMissingUpdatesManagersSeeSubmittedOnesOnAPageOfBoundedQueries() throws Exception {
        ResultsFixtures f = new ResultsFixtures(context);
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2024, 2024);
        long project = f.project(programme);
        long indicator = f.indicator(project, null, Measure.UNIT, false);
        UserPrincipal leadUser = f.leadUser(project);
        UserPrincipal managerUser = f.managerUser(programme);
        Authentication lead = ResultsFixtures.auth(leadUser);
        Authentication manager = ResultsFixtures.auth(managerUser);

        // both half years of 2024 have started and have no update
        assertThat(tasks.toWrite(lead)).extracting(Tasks.ToWrite::periodId).containsExactlyElementsOf(periods);
        assertThat(tasks.toReview(manager)).isEmpty();
        assertThat(tasks.count(lead)).isEqualTo(2);

        long id = f.updates.create(indicator, value(periods.get(0), "10"), lead);
        assertThat(tasks.toWrite(lead)).as("a draft is still to be written").hasSize(2);
        f.updates.submit(id, new ReviewInput(null, 0), lead);
        assertThat(tasks.toWrite(lead)).extracting(Tasks.ToWrite::periodId).containsExactly(periods.get(1));
        assertThat(tasks.toReview(manager)).extracting(Tasks.ToReview::updateId).containsExactly(id);
        assertThat(tasks.count(manager)).isEqualTo(1);
        assertThat(tasks.toReview(lead)).isEmpty();
        assertThat(tasks.count(f.admin)).as("administrators have no assignments").isZero();
        assertThat(tasks.toWrite(manager)).isEmpty();
        assertThat(tasks.toReview(ResultsFixtures.auth(f.managerUser(f.programme())))).isEmpty();

        f.updates.returnToLead(id, new ReviewInput("Bron ontbreekt", 1), manager);
        assertThat(tasks.toReview(manager)).isEmpty();
        assertThat(tasks.toWrite(lead)).hasSize(2);

        // the page and the count in the navigation
        String page = mvc.perform(get("/tasks").with(user(leadUser))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/projects/" + project + "/results", "1-1-2024", "1-7-2024", "href=\"/tasks\"");
        assertThat(page).containsPattern("class=\"badge\"[^>]*>2<");
        // more projects and periods do not mean more queries
        queries.reset();
        mvc.perform(get("/tasks").with(user(leadUser))).andExpect(status().isOk());
        int bound = queries.count();
        long second = f.project(programme);
        f.indicator(second, null, Measure.UNIT, false);
        context.getBean(org.regiomonitor.security.UserAdministration.class).assignProject(leadUser.id(), second);
        f.halfYears(programme, 2025, 2025);
        queries.reset();
        String more = mvc.perform(get("/tasks").with(user(leadUser))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queries.count()).isEqualTo(bound);
        assertThat(more).contains("/projects/" + second + "/results");

        mvc.perform(get("/tasks")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/tasks").with(user(f.user(Role.VIEWER)))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("/projects/" + project + "/results");
    }
}
