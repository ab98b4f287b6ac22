package org.regiomonitor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.results.ResultsFixtures.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regiomonitor.results.internal.UpdateInput;
import org.regiomonitor.security.Role;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The project's results page and the programme's results page: figures as the sources say them, rules, no script. */
@IntegrationTest
class ResultsPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    QueryCounter queries;

    @Test
    void theProjectAndProgrammePagesShowQualifiedValuesRulesAndHistoryInABoundedNumberOfQueries() throws Exception {
        ResultsFixtures f = new ResultsFixtures(context);
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2024, 2024);
        String code = ResultsFixtures.unique("PAGE");
        long catalogue = f.catalogue(programme, code, Measure.UNIT, false);
        long project = f.project(programme);
        long indicator = f.indicator(project, catalogue, Measure.UNIT, false, BigDecimal.ZERO, new BigDecimal("200"),
                java.time.LocalDate.of(2025, 12, 31));
        f.approved(indicator, new UpdateInput(periods.get(0), new BigDecimal("50"), null, null, ValueQualifier.AT_LEAST,
                "Volgens het jaarverslag", "<p><strong>Goed</strong> <img src=x onerror=alert(1)></p>", null, null));
        f.approved(indicator, value(periods.get(1), "30"));
        for (int i = 0; i < 3; i++) {
            f.approved(f.indicator(project, null, Measure.UNIT, false), value(periods.get(0), String.valueOf(i)));
        }
        var viewer = f.user(Role.VIEWER);

        queries.reset();
        String page = mvc.perform(get("/projects/{id}/results", project).with(user(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int projectQueries = queries.count();
        assertThat(page).contains("meer dan 50", "Volgens het jaarverslag", "<strong>Goed</strong>", "2024-H1",
                "Goedgekeurd", "Eigen indicator");
        assertThat(page).doesNotContain("onerror", "alert(1)");

        queries.reset();
        String programmePage = mvc.perform(get("/programmes/{id}/results", programme).with(user(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int programmeQueries = queries.count();
        assertThat(programmePage).contains("meer dan 50", "2024-H2", ">30<", "Som van de goedgekeurde waarden",
                "Alleen goedgekeurde, niet gecorrigeerde waarden tellen",
                // each total cites the project whose approved values it adds up
                "Goedgekeurde rapportages van 1 project", "href=\"/projects/" + project + "/results\"");
        String english = mvc.perform(get("/programmes/{id}/results", programme).param("lang", "en").with(user(viewer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("more than 50");

        // more indicators and updates do not mean more queries
        for (int i = 0; i < 3; i++) {
            f.approved(f.indicator(project, catalogue, Measure.UNIT, false), value(periods.get(1), "1"));
        }
        queries.reset();
        mvc.perform(get("/projects/{id}/results", project).with(user(viewer))).andExpect(status().isOk());
        assertThat(queries.count()).isEqualTo(projectQueries);
        queries.reset();
        mvc.perform(get("/programmes/{id}/results", programme).with(user(viewer))).andExpect(status().isOk());
        assertThat(queries.count()).isEqualTo(programmeQueries);

        // an unpublished project is not shown to anonymous visitors
        mvc.perform(get("/projects/{id}/results", project)).andExpect(status().isNotFound());
    }

    /** The review cycle through the page's forms, with the rights per role (issue 7, acceptance 3 in the UI). */
    @Test
    void theReviewCycleThroughThePageFormsWithTheRightsPerRole() throws Exception {
        ResultsFixtures f = new ResultsFixtures(context);
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2024, 2024);
        String code = ResultsFixtures.unique("WEB");
        long catalogue = f.catalogue(programme, code, Measure.UNIT, false);
        long project = f.project(programme);
        long indicator = f.indicator(project, catalogue, Measure.UNIT, false);
        var lead = f.leadUser(project);
        var manager = f.managerUser(programme);
        var viewer = f.user(Role.VIEWER);
        String back = "/projects/" + project + "/results";

        assertThat(mvc.perform(get(back).with(user(lead))).andReturn().getResponse().getContentAsString())
                .contains("Nieuwe rapportage");
        assertThat(mvc.perform(get(back).with(user(viewer))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Nieuwe rapportage");

        var create = post("/indicators/{id}/updates", indicator).param("periodId", String.valueOf(periods.get(0)))
                .param("value", "50").param("qualifier", "AT_LEAST").with(csrf());
        mvc.perform(create.with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(post("/indicators/{id}/updates", indicator).param("periodId", String.valueOf(periods.get(0)))
                        .param("value", "50").param("status", "APPROVED").with(csrf()).with(user(lead)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/indicators/{id}/updates", indicator).param("periodId", String.valueOf(periods.get(0)))
                        .param("value", "50").param("qualifier", "AT_LEAST").with(csrf()).with(user(lead)))
                .andExpect(redirectedUrlPattern(back + "#*"));
        long id = f.dsl.fetchSingle("select id from result_update where indicator_id = ?", indicator).get(0, Long.class);

        mvc.perform(post("/updates/{id}/submit", id).param("version", "0").with(csrf()).with(user(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/updates/{id}/submit", id).param("version", "0").with(csrf()).with(user(lead)))
                .andExpect(redirectedUrlPattern(back + "#*"));
        mvc.perform(post("/updates/{id}/approve", id).param("version", "1").with(csrf()).with(user(lead)))
                .andExpect(status().isForbidden());
        String refused = mvc.perform(post("/updates/{id}/return", id).param("version", "1").param("comment", "")
                        .with(csrf()).with(user(manager)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Zeg waarom de rapportage terug gaat.");
        mvc.perform(post("/updates/{id}/return", id).param("version", "1").param("comment", "Welke bedrijven?")
                        .with(csrf()).with(user(manager)))
                .andExpect(redirectedUrlPattern(back + "#*"));
        mvc.perform(post("/updates/{id}/submit", id).param("version", "2").with(csrf()).with(user(lead)))
                .andExpect(redirectedUrlPattern(back + "#*"));
        String programmePage = "/programmes/" + programme + "/results";
        assertThat(mvc.perform(get(programmePage).with(user(viewer))).andReturn().getResponse().getContentAsString())
                .doesNotContain("meer dan 50");
        mvc.perform(post("/updates/{id}/approve", id).param("version", "3").with(csrf()).with(user(manager)))
                .andExpect(redirectedUrlPattern(back + "#*"));
        assertThat(mvc.perform(get(programmePage).with(user(viewer))).andReturn().getResponse().getContentAsString())
                .contains("meer dan 50");
        assertThat(f.dsl.fetchSingle("select status from result_update where id = ?", id).get(0, String.class))
                .isEqualTo("APPROVED");
    }
}
