package org.regiomonitor.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.TableField;

/** Helpers for the owners' bulk imports: multi-row inserts in chunks, and the generated ids by key. */
public final class BulkRows {

    /** Rows per INSERT: well below PostgreSQL's 65535 bind parameters for the widest table. */
    public static final int CHUNK = 1000;

    private BulkRows() {
    }

    /** The list in consecutive chunks of at most {@link #CHUNK} rows. */
    public static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** The values of a unique key column that already exist (at most three, in order), for an import's message. */
    public static List<String> existing(DSLContext dsl, TableField<?, String> key, List<String> values) {
        return values.isEmpty() ? List.of()
                : dsl.select(key).from(key.getTable()).where(key.in(values)).orderBy(key).limit(3).fetch(key);
    }

    /** Id (first column) by key (second column) of a {@code returningResult(id, key)} insert. */
    public static Map<String, Long> ids(Result<? extends Record> result) {
        Map<String, Long> ids = new HashMap<>();
        for (Record r : result) {
            ids.put(r.get(1, String.class), r.get(0, Long.class));
        }
        return ids;
    }
}
