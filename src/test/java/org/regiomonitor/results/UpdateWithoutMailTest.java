package org.regiomonitor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.results.ResultsFixtures.value;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.Authentication;

/** Issue 7: without {@code spring.mail.host} no mail is sent and the review workflow works as before. */
@IntegrationTest
class UpdateWithoutMailTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAdministration users;
    @Autowired
    org.regiomonitor.results.internal.UpdateReminders reminders;

    @Test
    void withoutAMailHostTheWorkflowRunsAndNothingIsSent() {
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).as("no mail sender without spring.mail.host")
                .isEmpty();
        ResultsFixtures f = new ResultsFixtures(context);
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2024, 2024);
        long project = f.project(programme);
        long indicator = f.indicator(project, null, Measure.UNIT, false);
        UserPrincipal leadUser = f.leadUser(project);
        UserPrincipal managerUser = f.managerUser(programme);
        users.setEmail(leadUser.id(), "lead@example.org");
        users.setEmail(managerUser.id(), "manager@example.org");
        Authentication lead = ResultsFixtures.auth(leadUser);
        Authentication manager = ResultsFixtures.auth(managerUser);

        long id = f.updates.create(indicator, value(periods.get(0), "10"), lead);
        f.updates.submit(id, new ReviewInput(null, 0), lead);
        f.updates.returnToLead(id, new ReviewInput("Bron ontbreekt", 1), manager);
        f.updates.submit(id, new ReviewInput(null, 2), lead);
        f.updates.approve(id, new ReviewInput(null, 3), manager);
        assertThat(f.dsl.fetchSingle("select status from result_update where id = ?", id).get(0, String.class))
                .isEqualTo("APPROVED");
        // reminders are due for the second half of 2024 (no update), but nothing is sent or recorded as sent
        assertThat(reminders.send(java.time.LocalDate.of(2025, 1, 20))).isZero();
        assertThat(f.dsl.fetchCount(f.dsl.selectFrom("update_reminder").where("user_id = ?", leadUser.id()))).isZero();
    }
}
