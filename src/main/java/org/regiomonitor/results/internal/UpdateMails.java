package org.regiomonitor.results.internal;

import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.regiomonitor.results.UpdateStatus;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.security.Recipients;
import org.regiomonitor.security.Recipients.Recipient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The review workflow's mails: a submitted update to the managers of the project's programmes, a returned or
 * approved one to the project's leads. Sent after the transaction commits, never inside it, so that a failing
 * mail server cannot undo a change. Users have no language setting: each mail is in Dutch with English below.
 */
@Component
class UpdateMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final DSLContext dsl;
    private final Recipients recipients;
    private final Mailer mailer;
    private final String baseUrl;

    UpdateMails(DSLContext dsl, Recipients recipients, Mailer mailer,
            @Value("${regiomonitor.public-base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.dsl = dsl;
        this.recipients = recipients;
        this.mailer = mailer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The project's results page, absolute, for links in mails. */
    String resultsLink(long projectId) {
        return baseUrl + "/projects/" + projectId + "/results";
    }

    /** A period as mails show it, e.g. 1-1-2024 - 30-6-2024. */
    static String period(LocalDate start, LocalDate end) {
        return DATE.format(start) + " - " + DATE.format(end);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(UpdateMoved e) {
        List<Recipient> to;
        String nl;
        String en;
        switch (e.to()) {
            case SUBMITTED, RESUBMITTED -> {
                to = recipients.managersOf(e.projectId());
                nl = "ingediend ter beoordeling";
                en = "submitted for review";
            }
            case RETURNED -> {
                to = recipients.leadsOf(e.projectId());
                nl = "teruggestuurd";
                en = "returned";
            }
            case APPROVED -> {
                to = recipients.leadsOf(e.projectId());
                nl = "goedgekeurd";
                en = "approved";
            }
            default -> {
                return;
            }
        }
        if (to.isEmpty()) {
            return;
        }
        Record r = dsl.select(INDICATOR.TITLE, REPORTING_PERIOD.START_DATE, REPORTING_PERIOD.END_DATE,
                        PortfolioSql.projectTitle(RESULT.PROJECT_ID, true).as("project"))
                .from(RESULT_UPDATE)
                .join(INDICATOR).on(INDICATOR.ID.eq(RESULT_UPDATE.INDICATOR_ID))
                .join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(RESULT_UPDATE.PERIOD_ID))
                .where(RESULT_UPDATE.ID.eq(e.updateId())).fetchOne();
        if (r == null) {
            return;
        }
        String project = r.get("project", String.class);
        String period = period(r.get(REPORTING_PERIOD.START_DATE), r.get(REPORTING_PERIOD.END_DATE));
        String subject = "Regiomonitor: update " + nl + " / " + en + " - " + project;
        String comment = e.comment() == null ? "" : "\n" + e.comment() + "\n";
        // managers review in the queue (previous and new side by side); leads read the outcome on the project
        boolean review = e.to() == UpdateStatus.SUBMITTED || e.to() == UpdateStatus.RESUBMITTED;
        String link = review ? baseUrl + "/tasks/review#review-" + e.updateId() : resultsLink(e.projectId()) + "#update-" + e.updateId();
        String text = """
                De update van "%1$s" (project "%2$s", periode %3$s) is %4$s door %5$s.
                %6$s
                %9$s: %7$s

                ---
                The update of "%1$s" (project "%2$s", period %3$s) was %8$s by %5$s.
                %6$s
                %10$s: %7$s
                """.formatted(r.get(INDICATOR.TITLE), project, period, nl, e.actor(), comment,
                link, en, review ? "Beoordelen" : "Bekijk de resultaten", review ? "Review it" : "See the results");
        for (Recipient recipient : to) {
            mailer.send(recipient.email(), subject, text);
        }
    }
}
