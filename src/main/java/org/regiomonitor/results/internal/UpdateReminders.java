package org.regiomonitor.results.internal;

import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.UPDATE_REMINDER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.security.Recipients;
import org.regiomonitor.security.Recipients.Recipient;
import org.regiomonitor.shared.ScheduledRuns;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds project leads of updates still missing for a closed period: {@code regiomonitor.reminders.after-days}
 * days after the period's end, once per period and lead (recorded in {@code update_reminder}; the row is claimed
 * before the mail goes out, so several instances never send the same reminder twice). An update is missing when an
 * indicator of the project has none submitted or approved for the period. Locked periods take no updates and are
 * skipped; so are periods that ended more than {@code window-days} before the reminder date, so that switching
 * mail on does not remind leads of long-past periods. Without a mail server nothing is claimed.
 * <p>
 * The scheduler of every instance fires; {@link ScheduledRuns} lets one of them run the day's reminders. Should that
 * one die mid-run, another runs the day again and sends only what the first had not claimed.
 */
@Component
public class UpdateReminders {

    private final DSLContext dsl;
    private final Recipients recipients;
    private final Mailer mailer;
    private final UpdateMails mails;
    private final Clock clock;
    private final ScheduledRuns runs;
    private final int afterDays;
    private final int windowDays;

    UpdateReminders(DSLContext dsl, Recipients recipients, Mailer mailer, UpdateMails mails, Clock clock,
            ScheduledRuns runs, @Value("${regiomonitor.reminders.after-days:14}") int afterDays,
            @Value("${regiomonitor.reminders.window-days:30}") int windowDays) {
        this.dsl = dsl;
        this.recipients = recipients;
        this.mailer = mailer;
        this.mails = mails;
        this.clock = clock;
        this.runs = runs;
        this.afterDays = afterDays;
        this.windowDays = windowDays;
    }

    /** A project with missing updates in a period. */
    private record Missing(long periodId, LocalDate start, LocalDate end, long projectId, String project) {
    }

    static final String JOB = "update-reminders";

    @Scheduled(cron = "${regiomonitor.reminders.cron:0 0 7 * * *}")
    void daily() {
        remind(LocalDate.now(clock));
    }

    /**
     * The day's run, on one instance only (at most once a day, however often the cron fires); returns whether it ran
     * on this one. The run is named by its day (as midnight UTC, whatever the instance's time zone), so instances
     * whose clocks differ by seconds name it alike. Without a mail server there is no run to record.
     */
    public boolean remind(LocalDate today) {
        return mailer.enabled() && runs.once(JOB, today.atStartOfDay(ZoneOffset.UTC).toInstant(), () -> send(today));
    }

    /** Sends the reminders due on the day (the scheduler: today); returns how many mails went out. */
    public int send(LocalDate today) {
        if (!mailer.enabled()) {
            return 0;
        }
        var pp = PortfolioSql.projectProgrammes("pp");
        var projectId = pp.field("project_id", Long.class);
        LocalDate lastEnd = today.minusDays(afterDays);
        List<Missing> missing = dsl.select(REPORTING_PERIOD.ID, REPORTING_PERIOD.START_DATE, REPORTING_PERIOD.END_DATE,
                        projectId, PortfolioSql.projectTitle(projectId, true))
                .from(REPORTING_PERIOD)
                .join(pp).on(pp.field("programme_id", Long.class).eq(REPORTING_PERIOD.PROGRAMME_ID))
                .where(REPORTING_PERIOD.LOCKED.isFalse())
                .and(REPORTING_PERIOD.END_DATE.le(lastEnd))
                .and(REPORTING_PERIOD.END_DATE.gt(lastEnd.minusDays(windowDays)))
                .and(Tasks.updatesMissing(projectId, REPORTING_PERIOD.ID))
                .orderBy(REPORTING_PERIOD.ID, projectId)
                .fetch(r -> new Missing(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        // per period and lead, the projects to mention
        Map<List<Long>, List<Missing>> byPeriodAndLead = new LinkedHashMap<>();
        Map<Long, Recipient> leads = new LinkedHashMap<>();
        for (Missing m : missing) {
            for (Recipient lead : recipients.leadsOf(m.projectId())) {
                leads.put(lead.userId(), lead);
                byPeriodAndLead.computeIfAbsent(List.of(m.periodId(), lead.userId()), k -> new ArrayList<>()).add(m);
            }
        }
        int sent = 0;
        for (var e : byPeriodAndLead.entrySet()) {
            long periodId = e.getKey().get(0);
            Recipient lead = leads.get(e.getKey().get(1));
            int claimed = dsl.insertInto(UPDATE_REMINDER, UPDATE_REMINDER.PERIOD_ID, UPDATE_REMINDER.USER_ID)
                    .values(periodId, lead.userId()).onConflictDoNothing().execute();
            if (claimed == 1 && mail(lead, e.getValue())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean mail(Recipient lead, List<Missing> projects) {
        Missing first = projects.get(0);
        String period = UpdateMails.period(first.start(), first.end());
        StringBuilder list = new StringBuilder();
        for (Missing m : projects) {
            list.append("- ").append(m.project()).append(": ").append(mails.resultsLink(m.projectId())).append('\n');
        }
        String text = """
                Voor de periode %1$s ontbreken nog updates van:
                %2$s
                ---
                Updates for the period %1$s are still missing for:
                %2$s""".formatted(period, list);
        return mailer.send(lead.email(), "Regiomonitor: herinnering / reminder - " + period, text);
    }
}
