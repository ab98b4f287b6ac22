package org.regiomonitor.finance.internal;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.shared.Text.blankToNull;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.regiomonitor.shared.InputRules;

/**
 * Records budget lines and their revisions. Amounts are never overwritten: a change adds a
 * revision. Every rule is checked before anything is written, so invalid input saves nothing.
 */
@Service
public class BudgetLineService {

    private final DSLContext dsl;
    private final InputRules rules;
    private final FinanceQueries queries;
    private final FinanceRights rights;

    BudgetLineService(DSLContext dsl, FinanceQueries queries, FinanceRights rights, InputRules rules) {
        this.rules = rules;
        this.dsl = dsl;
        this.queries = queries;
        this.rights = rights;
    }

    /** What the user may change on lines of this programme or project (for showing buttons and fields). */
    public EditRight rightFor(Authentication auth, Long programmeId, Long projectId) {
        if (programmeId != null) {
            return rights.programme(auth, programmeId);
        }
        return projectId == null ? EditRight.NONE : rights.project(auth, projectId);
    }

    @Transactional
    public long create(NewBudgetLine cmd, Authentication auth) {
        Violations v = new Violations();
        v.addAll(rules.check(cmd));
        if ((cmd.programmeId() == null) == (cmd.projectId() == null)) {
            v.add("programmeId", "finance.error.owner");
            v.throwIfAny();
        }
        Period period;
        if (cmd.programmeId() != null) {
            ProgrammeRow p = queries.programme(cmd.programmeId(), true)
                    .orElseThrow(() -> new NotFoundException("programme", cmd.programmeId()));
            period = new Period(p.startYear(), p.endYear());
        } else {
            ProjectRow p = queries.project(cmd.projectId(), true)
                    .orElseThrow(() -> new NotFoundException("project", cmd.projectId()));
            period = Period.span(p.programmes());
        }
        EditRight right = rightFor(auth, cmd.programmeId(), cmd.projectId());
        rights.require(right.any());

        if (cmd.funderId() == null) {
            v.add("funderId", "finance.error.funderRequired");
        } else if (!dsl.fetchExists(FUNDER, FUNDER.ID.eq(cmd.funderId()))) {
            v.add("funderId", "finance.error.funderUnknown");
        }
        if (cmd.year() != null && !period.contains(cmd.year())) {
            v.add("year", "finance.error.yearOutsidePeriod", period.label());
        }
        checkAmounts(v, cmd.budgeted(), cmd.committed(), cmd.realised(), cmd.sourceId());
        if (!right.full()) {
            if (cmd.committed() != null) {
                v.add("committed", "finance.error.leadBudgetOnly");
            }
            if (cmd.realised() != null) {
                v.add("realised", "finance.error.leadBudgetOnly");
            }
        }
        checkSource(v, cmd.sourceId());
        if (!v.has("funderId") && !v.has("year") && duplicate(cmd)) {
            v.add("year", "finance.error.duplicateLine");
        }
        v.throwIfAny();

        // a concurrent save of the same line is refused by the unique index (shared.UniqueViolations)
        long id = dsl.insertInto(BUDGET_LINE)
                .set(BUDGET_LINE.PROGRAMME_ID, cmd.programmeId())
                .set(BUDGET_LINE.PROJECT_ID, cmd.projectId())
                .set(BUDGET_LINE.FUNDER_ID, cmd.funderId())
                .set(BUDGET_LINE.YEAR, cmd.year())
                .returning(BUDGET_LINE.ID)
                .fetchSingle(BUDGET_LINE.ID);
        String actor = rights.actor(auth);
        insertRevision(id, 1, cmd.budgeted(), cmd.committed(), cmd.realised(), blankToNull(cmd.reason()), actor,
                cmd.sourceId(), blankToNull(cmd.sourceLocator()));
        return id;
    }

    /** Adds a revision; returns its number. */
    @Transactional
    public int revise(long lineId, NewRevision cmd, Authentication auth) {
        BudgetLineView line = queries.line(lineId, true).orElseThrow(() -> new NotFoundException("budget line", lineId));
        EditRight right = rights.line(auth, line);
        rights.require(right.any());

        Violations v = new Violations();
        v.addAll(rules.check(cmd));
        if (cmd.version() == null) {
            v.add("version", "finance.error.versionRequired");
        }
        if (Text.isBlank(cmd.reason())) {
            v.add("reason", "finance.error.reasonRequired");
        }
        checkAmounts(v, cmd.budgeted(), cmd.committed(), cmd.realised(), cmd.sourceId());
        if (!right.full()) {
            if (!sameAmount(cmd.committed(), line.current().committed())) {
                v.add("committed", "finance.error.leadBudgetOnly");
            }
            if (!sameAmount(cmd.realised(), line.current().realised())) {
                v.add("realised", "finance.error.leadBudgetOnly");
            }
        }
        checkSource(v, cmd.sourceId());
        v.throwIfAny();

        int updated = dsl.update(BUDGET_LINE)
                .set(BUDGET_LINE.VERSION, BUDGET_LINE.VERSION.plus(1))
                .where(BUDGET_LINE.ID.eq(lineId)).and(BUDGET_LINE.VERSION.eq(cmd.version()))
                .execute();
        StaleEditException.unlessChanged(updated, "budget line", lineId);
        // the version update above holds the row lock, so max + 1 cannot be taken twice
        int next = dsl.select(coalesce(max(BUDGET_REVISION.REVISION), inline(0)).plus(1))
                .from(BUDGET_REVISION).where(BUDGET_REVISION.BUDGET_LINE_ID.eq(lineId))
                .fetchSingle().value1();
        String actor = rights.actor(auth);
        insertRevision(lineId, next, cmd.budgeted(), cmd.committed(), cmd.realised(), Text.strip(cmd.reason()), actor,
                cmd.sourceId(), blankToNull(cmd.sourceLocator()));
        return next;
    }

    private void insertRevision(long lineId, int revision, BigDecimal budgeted, BigDecimal committed,
            BigDecimal realised, String reason, String actor, Long sourceId, String sourceLocator) {
        dsl.insertInto(BUDGET_REVISION)
                .set(BUDGET_REVISION.BUDGET_LINE_ID, lineId)
                .set(BUDGET_REVISION.REVISION, revision)
                .set(BUDGET_REVISION.BUDGETED, budgeted)
                .set(BUDGET_REVISION.COMMITTED, committed)
                .set(BUDGET_REVISION.REALISED, realised)
                .set(BUDGET_REVISION.REASON, reason)
                .set(BUDGET_REVISION.RECORDED_BY, actor)
                .set(BUDGET_REVISION.SOURCE_ID, sourceId)
                .set(BUDGET_REVISION.SOURCE_LOCATOR, sourceLocator)
                .execute();
    }

    /**
     * A line may leave all three amounts unknown (a funder the sources name without an amount), but then it
     * must cite the source that names the funder; otherwise it says nothing.
     */
    private static void checkAmounts(Violations v, BigDecimal budgeted, BigDecimal committed, BigDecimal realised,
            Long sourceId) {
        v.amount("budgeted", budgeted);
        v.amount("committed", committed);
        v.amount("realised", realised);
        if (Stream.of(budgeted, committed, realised).allMatch(Objects::isNull) && sourceId == null) {
            v.add("budgeted", "finance.error.noAmount");
        }
    }

    private void checkSource(Violations v, Long sourceId) {
        if (sourceId != null && !dsl.fetchExists(SOURCE, SOURCE.ID.eq(sourceId))) {
            v.add("sourceId", "finance.error.sourceUnknown");
        }
    }

    private boolean duplicate(NewBudgetLine cmd) {
        return dsl.fetchExists(BUDGET_LINE,
                (cmd.programmeId() == null ? BUDGET_LINE.PROGRAMME_ID.isNull()
                        : BUDGET_LINE.PROGRAMME_ID.eq(cmd.programmeId()))
                        .and(cmd.projectId() == null ? BUDGET_LINE.PROJECT_ID.isNull()
                                : BUDGET_LINE.PROJECT_ID.eq(cmd.projectId()))
                        .and(BUDGET_LINE.FUNDER_ID.eq(cmd.funderId()))
                        .and(cmd.year() == null ? BUDGET_LINE.YEAR.isNull() : BUDGET_LINE.YEAR.eq(cmd.year())));
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
