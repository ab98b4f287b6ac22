package org.regiomonitor.shared;

import static org.regiomonitor.db.Tables.TABLE_ROW_COUNT;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;

import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored row counts ({@code table_row_count}, migration V43) small: triggers add one signed change per
 * writing statement, and before a writing transaction commits the changes of each table that has several are folded
 * into one. Rows another transaction holds (folding them itself) are skipped, so no writer waits for another and
 * every change is folded once.
 */
@Component
class StoredRowCounts implements MaintainedTotals {

    private final DSLContext dsl;

    StoredRowCounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void storeDirty() {
        var t = TABLE_ROW_COUNT;
        Map<String, Long> folded = new TreeMap<>();
        dsl.deleteFrom(t)
                .where(t.ID.in(select(t.ID).from(t)
                        .where(t.TABLE_NAME.in(select(t.TABLE_NAME).from(t).groupBy(t.TABLE_NAME).having(count().gt(1))))
                        .orderBy(t.ID).forUpdate().skipLocked()))
                .returning(t.TABLE_NAME, t.ROW_CHANGE)
                .fetch()
                .forEach(r -> folded.merge(r.get(t.TABLE_NAME), r.get(t.ROW_CHANGE), Long::sum));
        if (!folded.isEmpty()) {
            var insert = dsl.insertInto(t, t.TABLE_NAME, t.ROW_CHANGE);
            folded.forEach(insert::values);
            insert.execute();
        }
    }
}
