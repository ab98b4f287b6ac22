package org.regiomonitor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.results.ResultsFixtures.value;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.results.internal.UpdateReminders;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 7, acceptance 4: the review workflow's mails, received by a real SMTP server in the same process
 * (GreenMail): on submit to the managers of the project's programmes, on return and approval to its leads,
 * each with a link to the project's results page; a failing mail server does not undo the change.
 */
@IntegrationTest
class UpdateMailTest {

    /** A free port, fixed for the class, so that the server can be stopped and started again on it. */
    static final int PORT = freePort();
    static final GreenMail SMTP = start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("regiomonitor.public-base-url", () -> "https://monitor.example.org");
        registry.add("regiomonitor.mail.from", () -> "noreply@monitor.example.org");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAdministration users;
    @Autowired
    UpdateReminders reminders;

    ResultsFixtures f;
    long programme;
    long project;
    long indicator;
    List<Long> periods;

    @BeforeEach
    void setUp() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        f = new ResultsFixtures(context);
        programme = f.programme();
        periods = f.halfYears(programme, 2024, 2024);
        project = f.project(programme);
        indicator = f.indicator(project, null, Measure.UNIT, false);
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    private Authentication withMail(UserPrincipal u, String email) {
        users.setEmail(u.id(), email);
        return ResultsFixtures.auth(u);
    }

    private static List<String> to(MimeMessage m) throws Exception {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    }

    @Test
    void submitMailsTheManagersReturnAndApprovalMailTheLeads() throws Exception {
        Authentication lead = withMail(f.leadUser(project), "lead@example.org");
        f.leadUser(project); // a second lead without an address gets nothing
        Authentication manager = withMail(f.managerUser(programme), "manager@example.org");
        withMail(f.managerUser(f.programme()), "other-manager@example.org"); // not of this project's programme
        String link = "https://monitor.example.org/projects/" + project + "/results";

        long id = f.updates.create(indicator, value(periods.get(0), "10"), lead);
        assertThat(SMTP.getReceivedMessages()).as("a draft mails nobody").isEmpty();
        f.updates.submit(id, new ReviewInput(null, 0), lead);
        MimeMessage submitted = theOnlyMail();
        assertThat(to(submitted)).containsExactly("manager@example.org");
        assertThat(submitted.getFrom()[0].toString()).isEqualTo("noreply@monitor.example.org");
        assertThat(submitted.getSubject()).contains("ingediend", "submitted");
        // managers are sent to the review queue, at this update
        assertThat(GreenMailUtil.getBody(submitted)).contains("https://monitor.example.org/tasks/review#review-" + id)
                .doesNotContain(link);

        f.updates.returnToLead(id, new ReviewInput("Bron ontbreekt", 1), manager);
        MimeMessage returned = theOnlyMail();
        assertThat(to(returned)).containsExactly("lead@example.org");
        assertThat(returned.getSubject()).contains("teruggestuurd", "returned");
        assertThat(GreenMailUtil.getBody(returned)).contains(link, "Bron ontbreekt");

        f.updates.submit(id, new ReviewInput(null, 2), lead);
        assertThat(to(theOnlyMail())).containsExactly("manager@example.org");

        f.updates.approve(id, new ReviewInput(null, 3), manager);
        MimeMessage approved = theOnlyMail();
        assertThat(to(approved)).containsExactly("lead@example.org");
        assertThat(approved.getSubject()).contains("goedgekeurd", "approved");
        assertThat(GreenMailUtil.getBody(approved)).contains(link);
    }

    /** Waits for the one mail a step sends, checks that it is the only one, and clears the server. */
    private static MimeMessage theOnlyMail() throws Exception {
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        SMTP.purgeEmailFromAllMailboxes();
        return received[0];
    }

    @Test
    void leadsAreRemindedOfMissingUpdatesOncePerPeriod() throws Exception {
        // the lead leads two projects of the programme, neither has an update for the first half of 2024
        UserPrincipal leadUser = f.leadUser(project);
        withMail(leadUser, "reminded-lead@example.org");
        long second = f.project(programme);
        f.indicator(second, null, Measure.UNIT, false);
        users.assignProject(leadUser.id(), second);
        // a project whose update is submitted: its lead is not reminded
        long done = f.project(programme);
        long doneIndicator = f.indicator(done, null, Measure.UNIT, false);
        Authentication doneLead = withMail(f.leadUser(done), "done-lead@example.org");
        long id = f.updates.create(doneIndicator, value(periods.get(0), "3"), doneLead);
        f.updates.submit(id, new ReviewInput(null, 0), doneLead);
        SMTP.purgeEmailFromAllMailboxes();

        // 14 days after the period's end (the default) not yet, 15 days after it is due
        assertThat(reminders.send(LocalDate.of(2024, 7, 13))).isZero();
        assertThat(mailsTo("reminded-lead@example.org")).isEmpty();
        reminders.send(LocalDate.of(2024, 7, 15));
        List<MimeMessage> reminded = mailsTo("reminded-lead@example.org");
        assertThat(reminded).hasSize(1);
        assertThat(reminded.get(0).getSubject()).contains("herinnering", "reminder", "1-1-2024 - 30-6-2024");
        assertThat(GreenMailUtil.getBody(reminded.get(0))).contains(
                "https://monitor.example.org/projects/" + project + "/results",
                "https://monitor.example.org/projects/" + second + "/results");
        assertThat(mailsTo("done-lead@example.org")).isEmpty();

        // once per period and lead: the next day's run sends nothing again
        SMTP.purgeEmailFromAllMailboxes();
        assertThat(reminders.send(LocalDate.of(2024, 7, 16))).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(f.dsl.fetchCount(f.dsl.selectFrom("update_reminder").where("period_id = ? and user_id = ?",
                periods.get(0), leadUser.id()))).isEqualTo(1);
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        SMTP.waitForIncomingEmail(500, 1);
        List<MimeMessage> out = new java.util.ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (to(m).contains(address)) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void aChangeThatIsRolledBackSendsNoMail() throws Exception {
        Authentication lead = withMail(f.leadUser(project), "lead3@example.org");
        withMail(f.managerUser(programme), "manager3@example.org");
        long id = f.updates.create(indicator, value(periods.get(1), "8"), lead);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            f.updates.submit(id, new ReviewInput(null, 0), lead);
            tx.setRollbackOnly();
        });
        assertThat(SMTP.waitForIncomingEmail(1000, 1)).as("mails go out only after the commit").isFalse();
        f.updates.submit(id, new ReviewInput(null, 0), lead);
        assertThat(to(theOnlyMail())).containsExactly("manager3@example.org");
    }

    @Test
    void aFailingMailServerDoesNotUndoTheChange() {
        Authentication lead = withMail(f.leadUser(project), "lead2@example.org");
        withMail(f.managerUser(programme), "manager2@example.org");
        long id = f.updates.create(indicator, value(periods.get(1), "7"), lead);
        SMTP.stop();
        try {
            f.updates.submit(id, new ReviewInput(null, 0), lead);
        } finally {
            SMTP.start();
        }
        assertThat(f.dsl.fetchSingle("select status from result_update where id = ?", id).get(0, String.class))
                .isEqualTo("SUBMITTED");
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GreenMail start() {
        GreenMail g = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }
}
