package org.regiomonitor.results.internal;

import static org.jooq.impl.DSL.select;
import static org.regiomonitor.db.Tables.CATALOGUE_INDICATOR;
import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;
import static org.regiomonitor.db.Tables.UPDATE_TRANSITION;
import static org.regiomonitor.shared.StoredRecords.citations;
import static org.regiomonitor.shared.StoredRecords.rowCount;

import java.util.List;
import org.jooq.Condition;
import org.jooq.Record2;
import org.jooq.Select;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.results.RollUps;
import org.regiomonitor.shared.StoredRecords;
import org.springframework.stereotype.Component;

/** The results tables' row counts and source citations, for the reference-data status and the sources page. */
@Component
class ResultsRecords implements StoredRecords {

    @Override
    public List<Select<Record2<String, Integer>>> rowCounts() {
        return List.of(rowCount(REPORTING_PERIOD), rowCount(CATALOGUE_INDICATOR), rowCount(RESULT), rowCount(INDICATOR),
                rowCount(RESULT_UPDATE), rowCount(UPDATE_TRANSITION));
    }

    @Override
    public List<Select<Record2<Long, String>>> sourceCitations(boolean includeUnpublished) {
        Condition ofVisibleProject = INDICATOR.RESULT_ID.in(select(RESULT.ID).from(RESULT)
                .where(RESULT.PROJECT_ID.in(PortfolioSql.visibleProjectIds(includeUnpublished))));
        // anonymous visitors see only counted values, so only those cite their source for them
        Condition update = RESULT_UPDATE.INDICATOR_ID.in(select(INDICATOR.ID).from(INDICATOR).where(ofVisibleProject))
                .and(includeUnpublished ? org.jooq.impl.DSL.noCondition() : RollUps.counted(RESULT_UPDATE));
        return List.of(
                citations(RESULT_UPDATE.SOURCE_ID, Citation.RECORD, RESULT_UPDATE.SOURCE_ID.isNotNull().and(update)),
                citations(INDICATOR.TARGET_SOURCE_ID, Citation.RECORD,
                        INDICATOR.TARGET_SOURCE_ID.isNotNull().and(ofVisibleProject)),
                citations(INDICATOR.BASELINE_SOURCE_ID, Citation.RECORD,
                        INDICATOR.BASELINE_SOURCE_ID.isNotNull().and(ofVisibleProject)));
    }
}
