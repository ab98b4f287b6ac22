package org.regiomonitor.shared.export;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jooq.Cursor;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows of a {@link Table}, handed to the writer one at a time while it writes, so that a download of any length
 * takes bounded memory: rows at hand ({@link #of}), or the records of a query read through a database cursor
 * ({@link #query}), which the writer turns into cells and writes out before it reads the next ones. A CSV download
 * reads only the rows of the table it holds: the other tables of an export cost no query.
 */
@FunctionalInterface
public interface Rows {

    /** Records a cursor fetches from the database at a time. */
    int FETCH_SIZE = 500;

    /** Hands each row to the sink, in order, until there are no more or the sink wants no more. */
    void forEach(Sink sink) throws IOException;

    /** Takes the rows of a table: one value per column, of the column's type, or null for an empty cell. */
    @FunctionalInterface
    interface Sink {

        /** Takes a row; false when it wants no more (Excel's last row is reached). */
        boolean accept(List<Object> row) throws IOException;
    }

    /** Rows at hand. */
    static Rows of(List<List<Object>> rows) {
        List<List<Object>> copy = List.copyOf(rows);
        return sink -> {
            for (List<Object> row : copy) {
                if (!sink.accept(row)) {
                    return;
                }
            }
        };
    }

    /** One row per record of the query, read through a cursor; see {@link #query(ResultQuery, int, Function)}. */
    static <R extends Record> Rows query(ResultQuery<R> query, Function<? super R, List<Object>> row) {
        return query(query, FETCH_SIZE, records -> records.stream().<List<Object>>map(row).toList());
    }

    /**
     * The rows of the query's records, read through a cursor (PostgreSQL streams them only inside a transaction,
     * so the download must run in one: a read-only transaction around the feature's {@code send}; without one this
     * fails rather than reading every record into memory). {@code rows} turns up to {@code batch} records into rows
     * at once, for cells that come from another feature by id (one query per batch, not per row).
     */
    static <R extends Record> Rows query(ResultQuery<R> query, int batch,
            Function<List<R>, List<List<Object>>> rows) {
        return sink -> {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalStateException("a download read through a cursor needs a transaction");
            }
            try (Cursor<R> cursor = query.fetchSize(FETCH_SIZE).fetchLazy()) {
                while (cursor.hasNext()) {
                    for (List<Object> row : rows.apply(cursor.fetchNext(batch))) {
                        if (!sink.accept(row)) {
                            return;
                        }
                    }
                }
            }
        };
    }

    /** A row of cells, nulls allowed (an empty cell). */
    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
