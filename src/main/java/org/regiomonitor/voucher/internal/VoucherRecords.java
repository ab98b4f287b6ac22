package org.regiomonitor.voucher.internal;

import static org.regiomonitor.db.Tables.VOUCHER_AWARD;
import static org.regiomonitor.shared.StoredRecords.citations;
import static org.regiomonitor.shared.StoredRecords.rowCount;

import java.util.List;
import org.jooq.Record2;
import org.jooq.Select;
import org.regiomonitor.shared.StoredRecords;
import org.regiomonitor.voucher.VoucherQueries;
import org.springframework.stereotype.Component;

/** The voucher tables' row counts and source citations, for the reference-data status and the sources page. */
@Component
class VoucherRecords implements StoredRecords {

    @Override
    public List<Select<Record2<String, Integer>>> rowCounts() {
        return List.of(rowCount(VOUCHER_AWARD));
    }

    @Override
    public List<Select<Record2<Long, String>>> sourceCitations(boolean includeUnpublished) {
        return List.of(
                citations(VOUCHER_AWARD.SOURCE_ID, Citation.FINANCIAL,
                        VOUCHER_AWARD.AMOUNT.isNotNull().and(VoucherQueries.visible(includeUnpublished))),
                citations(VOUCHER_AWARD.SOURCE_ID, Citation.RECORD, VoucherQueries.visible(includeUnpublished)));
    }
}
