package org.regiomonitor.voucher;

import static org.regiomonitor.db.Tables.PROJECT_PARTNER;

import org.jooq.DSLContext;
import org.regiomonitor.area.internal.AreaQueries;
import org.regiomonitor.db.Indexes;
import org.regiomonitor.db.Keys;

/**
 * Deliberately breaks the ownership rule (voucher reading portfolio's and finance's tables and area's
 * internals) so that {@code TableOwnershipTest} can show the rule fails; it is checked on its own, never as
 * part of the application's classes.
 */
public class OwnershipViolationFixture {

    int partnersOf(DSLContext dsl, long projectId, AreaQueries areas) {
        Object budgetLineIndex = Indexes.BUDGET_LINE_FUNDER_IDX;
        Object revisionKey = Keys.BUDGET_REVISION_UNIQUE;
        return dsl.fetchCount(PROJECT_PARTNER, PROJECT_PARTNER.PROJECT_ID.eq(projectId)) + budgetLineIndex.hashCode()
                + revisionKey.hashCode()
                + areas.hashCode();
    }
}
