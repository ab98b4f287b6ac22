package org.regiomonitor.shared;

import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.regiomonitor.db.tables.Source;

/**
 * The columns of a joined {@code source} row that make a {@link SourceRef}, and the mapping from a
 * fetched record: every query that shows a figure's source reads the same three columns.
 */
public record SourceColumns(Field<String> code, Field<String> title, Field<String> url) {

    /** The columns of the joined table (or alias) as they are named. */
    public static SourceColumns of(Source source) {
        return new SourceColumns(source.CODE, source.TITLE, source.URL);
    }

    /** The columns under unique aliases, for a query that joins the source table several times. */
    public static SourceColumns aliased(Source alias) {
        String p = alias.getName();
        return new SourceColumns(alias.CODE.as(p + "_code"), alias.TITLE.as(p + "_title"), alias.URL.as(p + "_url"));
    }

    public List<Field<?>> fields() {
        return List.of(code, title, url);
    }

    /**
     * The reference in the record with the figure's {@code locator} column (null: no place given),
     * or null when no source row was joined.
     */
    public SourceRef ref(Record r, Field<String> locator) {
        String c = r.get(code);
        return c == null ? null : new SourceRef(c, r.get(title), locator == null ? null : r.get(locator), r.get(url));
    }
}
