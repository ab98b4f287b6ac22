package org.regiomonitor.finance;

import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.MOBILISED_INVESTMENT;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.regiomonitor.shared.BulkRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of funders, budget lines (each with its first revision) and mobilised investments (the
 * reference-data loader), inside the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class FinanceImport {

    public record NewFunder(String name, String categoryCode, Long organisationId) {
    }

    /** A budget line with the amounts of its revision 1. */
    public record NewBudgetLine(Long programmeId, Long projectId, long funderId, Integer year, BigDecimal budgeted,
            BigDecimal committed, BigDecimal realised, String reason, String recordedBy, Long sourceId,
            String sourceLocator) {
    }

    public record NewMobilised(long programmeId, String description, BigDecimal amount, Long linkedProgrammeId,
            Long sourceId, String sourceLocator) {
    }

    private final DSLContext dsl;

    FinanceImport(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts the funders in one statement; returns their ids by name. */
    public Map<String, Long> funders(List<NewFunder> funders) {
        if (funders.isEmpty()) {
            return Map.of();
        }
        var insert = dsl.insertInto(FUNDER, FUNDER.NAME, FUNDER.CATEGORY_CODE, FUNDER.ORGANISATION_ID);
        for (NewFunder f : funders) {
            insert = insert.values(f.name(), f.categoryCode(), f.organisationId());
        }
        return BulkRows.ids(insert.returningResult(FUNDER.ID, FUNDER.NAME).fetch());
    }

    /** Inserts the lines (one statement) and their first revisions (one statement). */
    public void budgetLines(List<NewBudgetLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(BUDGET_LINE, BUDGET_LINE.PROGRAMME_ID, BUDGET_LINE.PROJECT_ID,
                BUDGET_LINE.FUNDER_ID, BUDGET_LINE.YEAR);
        for (NewBudgetLine b : lines) {
            insert = insert.values(b.programmeId(), b.projectId(), b.funderId(), b.year());
        }
        Map<String, Long> lineIds = new HashMap<>();
        for (Record r : insert.returningResult(BUDGET_LINE.ID, BUDGET_LINE.PROGRAMME_ID, BUDGET_LINE.PROJECT_ID,
                BUDGET_LINE.FUNDER_ID, BUDGET_LINE.YEAR).fetch()) {
            lineIds.put(lineKey(r.get(BUDGET_LINE.PROGRAMME_ID), r.get(BUDGET_LINE.PROJECT_ID),
                    r.get(BUDGET_LINE.FUNDER_ID), r.get(BUDGET_LINE.YEAR)), r.get(BUDGET_LINE.ID));
        }
        var revisions = dsl.insertInto(BUDGET_REVISION, BUDGET_REVISION.BUDGET_LINE_ID, BUDGET_REVISION.REVISION,
                BUDGET_REVISION.BUDGETED, BUDGET_REVISION.COMMITTED, BUDGET_REVISION.REALISED, BUDGET_REVISION.REASON,
                BUDGET_REVISION.RECORDED_BY, BUDGET_REVISION.SOURCE_ID, BUDGET_REVISION.SOURCE_LOCATOR);
        for (NewBudgetLine b : lines) {
            Long lineId = lineIds.get(lineKey(b.programmeId(), b.projectId(), b.funderId(), b.year()));
            revisions = revisions.values(lineId, 1, b.budgeted(), b.committed(), b.realised(), b.reason(),
                    b.recordedBy(), b.sourceId(), b.sourceLocator());
        }
        revisions.execute();
    }

    /** Inserts the mobilised investments in one statement. */
    public void mobilised(List<NewMobilised> investments) {
        if (investments.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(MOBILISED_INVESTMENT, MOBILISED_INVESTMENT.PROGRAMME_ID,
                MOBILISED_INVESTMENT.DESCRIPTION, MOBILISED_INVESTMENT.AMOUNT, MOBILISED_INVESTMENT.LINKED_PROGRAMME_ID,
                MOBILISED_INVESTMENT.SOURCE_ID, MOBILISED_INVESTMENT.SOURCE_LOCATOR);
        for (NewMobilised m : investments) {
            insert = insert.values(m.programmeId(), m.description(), m.amount(), m.linkedProgrammeId(), m.sourceId(),
                    m.sourceLocator());
        }
        insert.execute();
    }

    /** The names among {@code names} that are existing funders (at most three), for an "already loaded" message. */
    public List<String> existingFunderNames(List<String> names) {
        return BulkRows.existing(dsl, FUNDER.NAME, names);
    }

    private static String lineKey(Long programme, Long project, Long funder, Integer year) {
        return programme + "|" + project + "|" + funder + "|" + year;
    }
}
