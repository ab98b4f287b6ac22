package org.regiomonitor.finance.internal;

import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.MOBILISED_INVESTMENT;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.regiomonitor.shared.StoredRecords.citations;
import static org.regiomonitor.shared.StoredRecords.rowCount;

import java.util.List;
import org.jooq.Record2;
import org.jooq.Select;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.shared.StoredRecords;
import org.springframework.stereotype.Component;

/** The finance tables' row counts and source citations, for the reference-data status and the sources page. */
@Component
class FinanceRecords implements StoredRecords {

    @Override
    public List<Select<Record2<String, Integer>>> rowCounts() {
        return List.of(rowCount(FUNDER), rowCount(BUDGET_LINE), rowCount(BUDGET_REVISION),
                rowCount(MOBILISED_INVESTMENT));
    }

    @Override
    public List<Select<Record2<Long, String>>> sourceCitations(boolean includeUnpublished) {
        return List.of(
                citations(BUDGET_REVISION.SOURCE_ID, Citation.FINANCIAL, BUDGET_REVISION.BUDGET_LINE_ID.in(
                        select(FinanceQueries.BL.ID).from(FinanceQueries.BL)
                                .where(FinanceQueries.lineVisibility(FinanceQueries.BL, includeUnpublished)))),
                citations(MOBILISED_INVESTMENT.SOURCE_ID, Citation.FINANCIAL, includeUnpublished ? noCondition()
                        : MOBILISED_INVESTMENT.PROGRAMME_ID.in(PortfolioSql.visibleProgrammeIds(false))));
    }
}
