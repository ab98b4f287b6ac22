package org.regiomonitor.shared;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.regiomonitor.db.Tables.TABLE_ROW_COUNT;

import java.math.BigDecimal;

import java.util.List;
import org.jooq.Condition;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.SQLDataType;

/**
 * What a feature stores, for the pages that report on every table without owning any (the reference-data
 * status, the sources page). Each owning feature implements it for its own tables, so those pages touch no
 * other feature's table.
 */
public interface StoredRecords {

    /** How a record cites a source (the columns of the sources page). */
    enum Citation {
        /** an area statistic */
        STATISTIC,
        /** an amount: budget revision, mobilised investment, budget ceiling, multiplier target, voucher amount */
        FINANCIAL,
        /** an area boundary */
        BOUNDARY,
        /** any other record (programme, theme, project, organisation, voucher, area membership) */
        RECORD
    }

    /** One select per table: (table name, number of rows). */
    List<Select<Record2<String, Integer>>> rowCounts();

    /**
     * The sources the feature's records cite, one select per kind of citation, (source id, citation name);
     * with {@code includeUnpublished} false only records an anonymous visitor may see (the owner's rule).
     */
    List<Select<Record2<Long, String>>> sourceCitations(boolean includeUnpublished);

    /**
     * (table name, number of rows) of one table, as stored in the same transaction as the change (migration V43 counts
     * every table a feature lists here; {@code StoredRowCountsTest} checks that): counting the rows read every row.
     */
    static Select<Record2<String, Integer>> rowCount(Table<?> table) {
        return select(inline(table.getName()),
                coalesce(sum(TABLE_ROW_COUNT.ROW_CHANGE), inline(BigDecimal.ZERO)).cast(SQLDataType.INTEGER))
                .from(TABLE_ROW_COUNT).where(TABLE_ROW_COUNT.TABLE_NAME.eq(table.getName()));
    }

    /** (source id, citation) of the rows of a table that match. */
    static Select<Record2<Long, String>> citations(TableField<?, Long> sourceId, Citation citation, Condition where) {
        return select(sourceId, inline(citation.name())).from(sourceId.getTable()).where(where);
    }
}
