package org.regiomonitor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.results.ResultsFixtures.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.results.internal.AttachmentTypes;
import org.regiomonitor.results.internal.IndicatorInput.PeriodTargetInput;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.results.internal.UpdateInput;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7 in the web pages: the lead's update form (inline errors with nothing written, parts of the value that
 * need not add up but are flagged, a change someone else saved meanwhile), evidence attached and downloaded, the
 * manager's review queue with previous and new values side by side, and progress against per-period targets.
 */
@IntegrationTest
class UpdateFormPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    QueryCounter queries;

    ResultsFixtures f;
    long programme;
    List<Long> periods;
    long project;
    long indicator;
    UserPrincipal lead;
    UserPrincipal manager;
    UserPrincipal viewer;

    @BeforeEach
    void setUp() {
        f = new ResultsFixtures(context);
        programme = f.programme();
        periods = f.halfYears(programme, 2024, 2024);
        project = f.project(programme);
        indicator = f.indicator(project, null, Measure.UNIT, false);
        lead = f.leadUser(project);
        manager = f.managerUser(programme);
        viewer = f.user(Role.VIEWER);
    }

    private int updatesOf(long indicatorId) {
        return f.dsl.fetchCount(f.dsl.selectFrom("result_update").where("indicator_id = ?", indicatorId));
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    @Test
    void refusedInputComesBackInTheFormWithTheErrorBesideTheFieldAndNothingIsWritten() throws Exception {
        assertThat(html(get("/indicators/{id}/updates/new", indicator).with(user(lead))))
                .contains("name=\"periodId\"", "name=\"value\"", "2024-H1");
        mvc.perform(get("/indicators/{id}/updates/new", indicator).with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(get("/indicators/{id}/updates/new", indicator).with(user(viewer))).andExpect(status().isForbidden());

        String refused = mvc.perform(post("/indicators/{id}/updates", indicator).param("periodId", periods.get(0).toString())
                        .param("value", "40,5").param("qualifier", "AT_LEAST").param("comment", "Uit het jaarverslag")
                        .with(csrf()).with(user(lead)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-error-summary", "Deze indicator telt met 0 decimalen", "id=\"value-error\"",
                "aria-invalid=\"true\"", "value=\"40,5\"", "Uit het jaarverslag");
        assertThat(refused).containsPattern("<option value=\"AT_LEAST\" selected");
        String notANumber = mvc.perform(post("/indicators/{id}/updates", indicator)
                        .param("periodId", periods.get(0).toString()).param("value", "veertig").with(csrf()).with(user(lead)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(notANumber).contains("id=\"value-error\"", "value=\"veertig\"");
        assertThat(updatesOf(indicator)).isZero();

        mvc.perform(post("/indicators/{id}/updates", indicator).param("periodId", periods.get(0).toString())
                        .param("value", "40").with(csrf()).with(user(lead)))
                .andExpect(redirectedUrlPattern("/projects/" + project + "/results#update-*"));
        assertThat(updatesOf(indicator)).isEqualTo(1);

        // the change form: the project's leads (and administrators) only
        long id = f.dsl.fetchSingle("select id from result_update where indicator_id = ?", indicator).get(0, Long.class);
        assertThat(html(get("/updates/{id}/edit", id).with(user(lead)))).contains("value=\"40\"", "name=\"version\"");
        mvc.perform(get("/updates/{id}/edit", id).with(user(f.user(Role.ADMIN)))).andExpect(status().isOk());
        for (UserPrincipal denied : List.of(manager, viewer, f.leadUser(f.project(programme)))) {
            mvc.perform(get("/updates/{id}/edit", id).with(user(denied))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/updates/{id}/edit", id)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/indicators/{id}/updates", indicator).param("periodId", periods.get(1).toString())
                .param("value", "1").with(csrf()).with(user(viewer))).andExpect(status().isForbidden());
    }

    @Test
    void aChangeSomeoneElseSavedMeanwhileIsShownAndTheTypedValueKeptNotLost() throws Exception {
        long id = f.updates.create(indicator, value(periods.get(0), "40"), f.lead(project));
        f.updates.update(id, new UpdateInput(null, new BigDecimal("41"), null, null, null, null, null, null, 0), f.admin);

        String stale = mvc.perform(post("/updates/{id}", id).param("version", "0").param("value", "77")
                        .with(csrf()).with(user(lead)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Iemand anders heeft deze rapportage intussen gewijzigd", "value=\"77\"",
                "id=\"saved-now\"", "41", "name=\"version\" value=\"1\"");
        assertThat(f.dsl.fetchSingle("select value from result_update where id = ?", id).get(0, BigDecimal.class))
                .isEqualByComparingTo("41");
        // saving again, knowing what is there, keeps the lead's value
        mvc.perform(post("/updates/{id}", id).param("version", "1").param("value", "77").with(csrf()).with(user(lead)))
                .andExpect(redirectedUrl("/projects/" + project + "/results#update-" + id));
        assertThat(f.dsl.fetchSingle("select value from result_update where id = ?", id).get(0, BigDecimal.class))
                .isEqualByComparingTo("77");
        mvc.perform(post("/updates/{id}", id).param("version", "2").param("value", "78").with(csrf()).with(user(manager)))
                .andExpect(status().isForbidden());
        // a button of the results page on a version that is gone: a clear message, nothing changed
        String staleSubmit = mvc.perform(post("/updates/{id}/submit", id).param("version", "0").with(csrf())
                .with(user(lead))).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(staleSubmit).contains("Iemand anders heeft dit intussen gewijzigd");
        assertThat(f.dsl.fetchSingle("select status from result_update where id = ?", id).get(0, String.class))
                .isEqualTo("DRAFT");
    }

    @Test
    void partsThatDoNotAddUpAreSavedAndFlaggedAndAPartsErrorIsShownInItsRow() throws Exception {
        List<Long> gender = f.dimension(programme, "F", "M");
        String form = html(get("/indicators/{id}/updates/new", indicator).with(user(lead)));
        assertThat(form).contains("data-sum-check", "Per gemeente", "Per Dimensie", "data-sum-rule=\"equal\"");
        String firstMunicipality = f.dsl.fetchSingle(
                "select code from area where id in (select member_id from area_membership where parent_id = "
                        + "(select id from area where code = 'CR12')) order by name limit 1").get(0, String.class);
        assertThat(form).contains("value=\"" + firstMunicipality + "\"");

        var negative = post("/indicators/{id}/updates", indicator).param("periodId", periods.get(0).toString())
                .param("value", "50").param("parts[0].dimensionValueId", gender.get(0).toString()).param("parts[0].value", "")
                .param("parts[1].dimensionValueId", gender.get(1).toString()).param("parts[1].value", "-5")
                .with(csrf()).with(user(lead));
        String refused = mvc.perform(negative).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"parts1.value-error\"", "Niet negatief.");
        assertThat(updatesOf(indicator)).isZero();

        mvc.perform(post("/indicators/{id}/updates", indicator).param("periodId", periods.get(0).toString())
                        .param("value", "50").param("parts[0].dimensionValueId", gender.get(0).toString())
                        .param("parts[0].value", "20").param("parts[1].dimensionValueId", gender.get(1).toString())
                        .param("parts[1].value", "20").with(csrf()).with(user(lead)))
                .andExpect(redirectedUrlPattern("/projects/" + project + "/results#update-*"));
        long id = f.dsl.fetchSingle("select id from result_update where indicator_id = ?", indicator).get(0, Long.class);
        assertThat(f.dsl.fetchCount(f.dsl.selectFrom("update_disaggregation").where("update_id = ?", id))).isEqualTo(2);
        assertThat(html(get("/projects/{id}/results", project).with(user(viewer))))
                .contains("De uitsplitsing telt niet op tot het totaal.", "F: 20");
        assertThat(html(get("/updates/{id}/edit", id).with(user(lead))))
                .contains("De uitsplitsing telt niet op tot het totaal.", "value=\"20\"");

        // parts that add up are not flagged
        long other = f.indicator(project, null, Measure.UNIT, false);
        mvc.perform(post("/indicators/{id}/updates", other).param("periodId", periods.get(0).toString())
                .param("value", "40").param("parts[0].dimensionValueId", gender.get(0).toString())
                .param("parts[0].value", "20").param("parts[1].dimensionValueId", gender.get(1).toString())
                .param("parts[1].value", "20").with(csrf()).with(user(lead)));
        long balanced = f.dsl.fetchSingle("select id from result_update where indicator_id = ?", other).get(0, Long.class);
        assertThat(html(get("/updates/{id}/edit", balanced).with(user(lead))))
                .doesNotContain("De uitsplitsing telt niet op tot het totaal.");
    }

    @Test
    void evidenceIsTypeCheckedSizeLimitedAndDownloadedOnlyByLoggedInUsers() throws Exception {
        long id = f.updates.create(indicator, value(periods.get(0), "40"), f.lead(project));
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        var program = new MockMultipartFile("file", "setup.exe", "application/pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1));
        String wrongType = mvc.perform(multipart("/updates/{id}/attachments", id).file(program).with(csrf()).with(user(lead)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(wrongType).contains("id=\"file-error\"", "Alleen PDF, PNG, JPEG, XLSX, DOCX of CSV.");
        byte[] large = Arrays.copyOf(pdf, AttachmentTypes.MAX_BYTES + 1);
        String tooLarge = mvc.perform(multipart("/updates/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "groot.pdf", "application/pdf", large)).with(csrf()).with(user(lead)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(tooLarge).contains("Het bestand is groter dan 10 MB.");
        assertThat(f.dsl.fetchCount(f.dsl.selectFrom("update_attachment").where("update_id = ?", id))).isZero();
        var report = new MockMultipartFile("file", "verslag 2024.pdf", "text/plain", pdf);
        for (UserPrincipal denied : List.of(manager, viewer)) {
            mvc.perform(multipart("/updates/{id}/attachments", id).file(report).with(csrf()).with(user(denied)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/updates/{id}/attachments", id).file(report).with(csrf()).with(user(lead)))
                .andExpect(redirectedUrl("/updates/" + id + "/edit#attachments"));
        long attachment = f.dsl.fetchSingle("select id from update_attachment where update_id = ?", id).get(0, Long.class);
        String download = "/updates/" + id + "/attachments/" + attachment;
        assertThat(html(get("/updates/{id}/edit", id).with(user(lead)))).contains(download, "verslag 2024.pdf");
        assertThat(html(get("/projects/{id}/results", project).with(user(viewer)))).contains(download);

        for (UserPrincipal allowed : List.of(lead, manager, viewer)) {
            mvc.perform(get(download).with(user(allowed))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("Content-Disposition",
                            org.hamcrest.Matchers.startsWith("attachment; filename=")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
        mvc.perform(get(download)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/updates/{u}/attachments/{a}", id + 1, attachment).with(user(lead))).andExpect(status().isNotFound());
    }

    @Test
    void theReviewQueueShowsPreviousAndNewSideBySideAndReturningNeedsAComment() throws Exception {
        long correctionOf = f.approved(indicator, value(periods.get(0), "30"));
        var leadAuth = ResultsFixtures.auth(lead);
        long correction = f.updates.create(indicator, value(periods.get(0), "45", ValueQualifier.AT_LEAST, List.of()),
                leadAuth);
        f.updates.submit(correction, new ReviewInput(null, 0), leadAuth);
        long next = f.updates.create(indicator, value(periods.get(1), "12"), leadAuth);
        f.updates.submit(next, new ReviewInput(null, 0), leadAuth);
        assertThat(correctionOf).isNotEqualTo(correction);

        assertThat(html(get("/tasks").with(user(manager)))).contains("/tasks/review#review-" + correction);
        queries.reset();
        String queue = mvc.perform(get("/tasks/review").with(user(manager))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int bound = queries.count();
        String item = queue.substring(queue.indexOf("id=\"review-" + correction + "\""));
        item = item.substring(0, item.indexOf("</section>"));
        assertThat(item).contains("Nu goedgekeurd (2024-H1)", ">30<", "meer dan 45", "door " + lead.username());
        String nextItem = queue.substring(queue.indexOf("id=\"review-" + next + "\""));
        assertThat(nextItem.substring(0, nextItem.indexOf("</section>"))).contains("Vorige periode (2024-H1)", ">45<".replace("45", "30"), ">12<");

        // more updates in the queue do not mean more queries
        long second = f.indicator(project, null, Measure.UNIT, false);
        long more = f.updates.create(second, value(periods.get(0), "5"), leadAuth);
        f.updates.submit(more, new ReviewInput(null, 0), leadAuth);
        queries.reset();
        assertThat(html(get("/tasks/review").with(user(manager)))).contains("review-" + more);
        assertThat(queries.count()).isEqualTo(bound);

        // the queue is the manager's: others see nothing to review, anonymous visitors log in first
        assertThat(html(get("/tasks/review").with(user(lead)))).doesNotContain("review-" + correction);
        assertThat(html(get("/tasks/review").with(user(viewer)))).doesNotContain("review-" + correction);
        assertThat(html(get("/tasks/review").with(user(f.managerUser(f.programme()))))).doesNotContain("review-" + correction);
        mvc.perform(get("/tasks/review")).andExpect(status().is3xxRedirection());

        String refused = mvc.perform(post("/updates/{id}/return", correction).param("version", "1").param("comment", " ")
                        .param("from", "review").with(csrf()).with(user(manager)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-error-summary", "id=\"comment-error\"", "Zeg waarom de rapportage terug gaat.",
                "id=\"review-" + correction + "\"");
        assertThat(f.dsl.fetchSingle("select status from result_update where id = ?", correction).get(0, String.class))
                .isEqualTo("SUBMITTED");
        mvc.perform(post("/updates/{id}/approve", correction).param("version", "1").param("from", "review")
                .with(csrf()).with(user(lead))).andExpect(status().isForbidden());
        mvc.perform(post("/updates/{id}/return", correction).param("version", "1").param("comment", "Bron?")
                .param("from", "review").with(csrf()).with(user(f.managerUser(f.programme()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/updates/{id}/return", correction).param("version", "1").param("comment", "Welke bron?")
                        .param("from", "review").with(csrf()).with(user(manager)))
                .andExpect(redirectedUrl("/tasks/review"));
        mvc.perform(post("/updates/{id}/approve", next).param("version", "1").param("from", "review")
                .with(csrf()).with(user(manager))).andExpect(redirectedUrl("/tasks/review"));
        assertThat(f.dsl.fetch("select status from result_update where id in (?, ?) order by id", correction, next)
                .getValues(0, String.class)).containsExactly("RETURNED", "APPROVED");
        // a stale step from the queue says so at its form
        String stale = mvc.perform(post("/updates/{id}/approve", more).param("version", "0").param("from", "review")
                .with(csrf()).with(user(manager))).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(stale).contains("Iemand anders heeft dit intussen gewijzigd");
    }

    @Test
    void theProjectPageStatesTheProgressRuleUsedPerPeriodTargetsWhereTheIndicatorHasThem() throws Exception {
        long withTargets = f.indicator(project, null, Measure.UNIT, false, BigDecimal.ZERO, new BigDecimal("100"),
                LocalDate.of(2025, 12, 31), List.of(new PeriodTargetInput(periods.get(0), new BigDecimal("40"))));
        long linear = f.indicator(project, null, Measure.UNIT, false, BigDecimal.ZERO, new BigDecimal("100"),
                LocalDate.of(2025, 12, 31));
        f.approved(withTargets, value(periods.get(0), "30"));
        f.approved(linear, value(periods.get(0), "30"));
        String page = html(get("/projects/{id}/results", project).with(user(viewer)));
        String targeted = page.substring(page.indexOf("id=\"indicator-" + withTargets + "\""));
        targeted = targeted.substring(0, targeted.indexOf("</dl>"));
        assertThat(targeted).contains("Achter", "Regel: streefwaarden per periode; tot en met de laatste gerapporteerde "
                + "periode gevraagd: 40.");
        String straight = page.substring(page.indexOf("id=\"indicator-" + linear + "\""));
        straight = straight.substring(0, straight.indexOf("</dl>"));
        assertThat(straight).contains("Op koers", "Regel: rechte lijn van de nulmeting");
        assertThat(html(get("/projects/{id}/results", project).param("lang", "en").with(user(viewer))))
                .contains("Rule: targets per period");
    }
}
