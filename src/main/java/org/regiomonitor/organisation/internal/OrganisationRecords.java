package org.regiomonitor.organisation.internal;

import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.shared.StoredRecords.citations;
import static org.regiomonitor.shared.StoredRecords.rowCount;

import java.util.List;
import org.jooq.Record2;
import org.jooq.Select;
import org.regiomonitor.organisation.OrganisationSql;
import org.regiomonitor.shared.StoredRecords;
import org.springframework.stereotype.Component;

/** The organisation tables' row counts and source citations, for the reference-data status and the sources page. */
@Component
class OrganisationRecords implements StoredRecords {

    @Override
    public List<Select<Record2<String, Integer>>> rowCounts() {
        return List.of(rowCount(ORGANISATION));
    }

    @Override
    public List<Select<Record2<Long, String>>> sourceCitations(boolean includeUnpublished) {
        return List.of(
                citations(ORGANISATION.SOURCE_ID, Citation.RECORD, OrganisationSql.visible(includeUnpublished)));
    }
}
