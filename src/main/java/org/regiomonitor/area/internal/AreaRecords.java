package org.regiomonitor.area.internal;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_CODE;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.AREA_STATISTIC;
import static org.regiomonitor.db.Tables.AREA_SUCCESSION;
import static org.jooq.impl.DSL.noCondition;
import static org.regiomonitor.shared.StoredRecords.citations;
import static org.regiomonitor.shared.StoredRecords.rowCount;

import java.util.List;
import org.jooq.Record2;
import org.jooq.Select;
import org.regiomonitor.shared.StoredRecords;
import org.springframework.stereotype.Component;

/** The area tables' row counts and source citations, for the reference-data status and the sources page. */
@Component
class AreaRecords implements StoredRecords {

    @Override
    public List<Select<Record2<String, Integer>>> rowCounts() {
        return List.of(rowCount(AREA), rowCount(AREA_MEMBERSHIP), rowCount(AREA_STATISTIC), rowCount(AREA_CODE),
                rowCount(AREA_SUCCESSION));
    }

    @Override
    public List<Select<Record2<Long, String>>> sourceCitations(boolean includeUnpublished) {
        return List.of(
                citations(AREA_STATISTIC.SOURCE_ID, Citation.STATISTIC, noCondition()),
                citations(AREA.BOUNDARY_SOURCE_ID, Citation.BOUNDARY, AREA.BOUNDARY.isNotNull()),
                citations(AREA_MEMBERSHIP.SOURCE_ID, Citation.RECORD, noCondition()),
                citations(AREA_SUCCESSION.SOURCE_ID, Citation.RECORD, noCondition()));
    }
}
