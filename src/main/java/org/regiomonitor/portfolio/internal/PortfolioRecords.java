package org.regiomonitor.portfolio.internal;

import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_LINK;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.regiomonitor.db.Tables.THEME;
import static org.regiomonitor.shared.StoredRecords.citations;
import static org.regiomonitor.shared.StoredRecords.rowCount;

import java.util.List;
import org.jooq.Record2;
import org.jooq.Select;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.shared.StoredRecords;
import org.springframework.stereotype.Component;

/** The portfolio tables' row counts and source citations, for the reference-data status and the sources page. */
@Component
class PortfolioRecords implements StoredRecords {

    @Override
    public List<Select<Record2<String, Integer>>> rowCounts() {
        return List.of(rowCount(PROGRAMME), rowCount(THEME), rowCount(PROJECT), rowCount(PROJECT_PROGRAMME),
                rowCount(PROJECT_THEME), rowCount(PROJECT_AREA), rowCount(PROJECT_PARTNER),
                rowCount(PROJECT_LINK));
    }

    @Override
    public List<Select<Record2<Long, String>>> sourceCitations(boolean includeUnpublished) {
        return List.of(
                citations(PROGRAMME.BUDGET_CEILING_SOURCE_ID, Citation.FINANCIAL,
                        PROGRAMME.BUDGET_CEILING.isNotNull().and(PortfolioSql.programmeVisible(includeUnpublished))),
                citations(PROGRAMME.EXPECTED_INVESTMENT_SOURCE_ID, Citation.FINANCIAL,
                        PROGRAMME.EXPECTED_INVESTMENT.isNotNull().and(PortfolioSql.programmeVisible(includeUnpublished))),
                citations(PROGRAMME.INVESTMENT_VOLUME_SOURCE_ID, Citation.FINANCIAL,
                        PROGRAMME.INVESTMENT_VOLUME.isNotNull().and(PortfolioSql.programmeVisible(includeUnpublished))),
                citations(PROGRAMME.MULTIPLIER_TARGET_SOURCE_ID, Citation.FINANCIAL,
                        PROGRAMME.MULTIPLIER_TARGET.isNotNull().and(PortfolioSql.programmeVisible(includeUnpublished))),
                citations(PROGRAMME.SOURCE_ID, Citation.RECORD, PortfolioSql.programmeVisible(includeUnpublished)),
                citations(THEME.SOURCE_ID, Citation.RECORD,
                        THEME.PROGRAMME_ID.in(PortfolioSql.visibleProgrammeIds(includeUnpublished))),
                citations(PROJECT.SOURCE_ID, Citation.RECORD, PortfolioSql.projectVisible(includeUnpublished)));
    }
}
