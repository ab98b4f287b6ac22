package org.regiomonitor.results.internal;

import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.results.UpdateStatus;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * "My tasks": the updates a lead still has to write (a started, unlocked period of a project they lead in which an
 * indicator has no submitted or approved update) and the updates a manager has to review (submitted or resubmitted
 * updates of projects in programmes they manage). By assignment: administrators, who may stand in everywhere, get
 * no list. One query per list, one for the count in the navigation.
 */
@Service
public class Tasks {

    /** A project whose updates for a period are (partly) missing. */
    public record ToWrite(long projectId, String project, long periodId, LocalDate start, LocalDate end) {
    }

    /** An update awaiting review. */
    public record ToReview(long updateId, long projectId, String project, String indicator, LocalDate start,
            LocalDate end, UpdateStatus status) {
    }

    private final DSLContext dsl;
    private final AccessPolicy policy;
    private final Clock clock;

    Tasks(DSLContext dsl, AccessPolicy policy, Clock clock) {
        this.dsl = dsl;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Whether an indicator of the project has no submitted or approved update for the period: the one rule of a
     * missing update, for the task list and the reminders.
     */
    static Condition updatesMissing(Field<Long> projectId, Field<Long> periodId) {
        return DSL.exists(DSL.selectOne().from(INDICATOR).join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .where(RESULT.PROJECT_ID.eq(projectId))
                .andNotExists(DSL.selectOne().from(RESULT_UPDATE)
                        .where(RESULT_UPDATE.INDICATOR_ID.eq(INDICATOR.ID))
                        .and(RESULT_UPDATE.PERIOD_ID.eq(periodId))
                        .and(RESULT_UPDATE.STATUS.in(UpdateStatus.SUBMITTED, UpdateStatus.RESUBMITTED,
                                UpdateStatus.APPROVED))));
    }

    public List<ToWrite> toWrite(Authentication auth) {
        var pp = PortfolioSql.projectProgrammes("pp");
        Field<Long> projectId = pp.field("project_id", Long.class);
        return dsl.select(projectId, PortfolioSql.projectTitle(projectId, true), REPORTING_PERIOD.ID,
                        REPORTING_PERIOD.START_DATE, REPORTING_PERIOD.END_DATE)
                .from(REPORTING_PERIOD)
                .join(pp).on(pp.field("programme_id", Long.class).eq(REPORTING_PERIOD.PROGRAMME_ID))
                .where(writeCondition(pp, auth))
                .orderBy(REPORTING_PERIOD.END_DATE, projectId)
                .fetch(r -> new ToWrite(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public List<ToReview> toReview(Authentication auth) {
        return dsl.select(RESULT_UPDATE.ID, RESULT.PROJECT_ID, PortfolioSql.projectTitle(RESULT.PROJECT_ID, true),
                        INDICATOR.TITLE, REPORTING_PERIOD.START_DATE, REPORTING_PERIOD.END_DATE, RESULT_UPDATE.STATUS)
                .from(RESULT_UPDATE)
                .join(INDICATOR).on(INDICATOR.ID.eq(RESULT_UPDATE.INDICATOR_ID))
                .join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(RESULT_UPDATE.PERIOD_ID))
                .where(reviewCondition(auth))
                .orderBy(REPORTING_PERIOD.END_DATE, RESULT.PROJECT_ID, RESULT_UPDATE.ID)
                .fetch(r -> new ToReview(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** Both lists' lengths in one query, for the navigation; none for roles without assignments. */
    public int count(Authentication auth) {
        boolean assigned = UserPrincipal.of(auth)
                .map(u -> u.role() == Role.PROJECT_LEAD || u.role() == Role.PROGRAMME_MANAGER).orElse(false);
        if (!assigned) {
            return 0;
        }
        var pp = PortfolioSql.projectProgrammes("pp");
        return dsl.select(DSL.field(DSL.selectCount().from(REPORTING_PERIOD)
                                .join(pp).on(pp.field("programme_id", Long.class).eq(REPORTING_PERIOD.PROGRAMME_ID))
                                .where(writeCondition(pp, auth)))
                        .plus(DSL.field(DSL.selectCount().from(RESULT_UPDATE)
                                .join(INDICATOR).on(INDICATOR.ID.eq(RESULT_UPDATE.INDICATOR_ID))
                                .join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                                .where(reviewCondition(auth)))))
                .fetchSingle().value1();
    }

    private Condition writeCondition(Table<Record2<Long, Long>> pp, Authentication auth) {
        Field<Long> projectId = pp.field("project_id", Long.class);
        return projectId.in(policy.ledProjectIds(auth))
                .and(REPORTING_PERIOD.LOCKED.isFalse())
                .and(REPORTING_PERIOD.START_DATE.le(LocalDate.now(clock)))
                .and(updatesMissing(projectId, REPORTING_PERIOD.ID));
    }

    /** The updates awaiting review by this user (by assignment; also the review queue's rule). */
    Condition reviewCondition(Authentication auth) {
        return RESULT_UPDATE.STATUS.in(UpdateStatus.SUBMITTED, UpdateStatus.RESUBMITTED)
                .and(RESULT.PROJECT_ID.in(DSL.select(PortfolioSql.projectProgrammes("rp").field("project_id", Long.class))
                        .from(PortfolioSql.projectProgrammes("rp"))
                        .where(PortfolioSql.projectProgrammes("rp").field("programme_id", Long.class)
                                .in(policy.managedProgrammeIds(auth)))));
    }
}
