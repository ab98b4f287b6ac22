package org.regiomonitor.portfolio.internal;

import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.regiomonitor.db.tables.Source;
import org.regiomonitor.shared.SourceRef;

/**
 * The columns of a joined source row under unique aliases (a query may join several sources),
 * and the {@link SourceRef} they make together with the figure's locator.
 */
record Sources(Field<String> code, Field<String> title, Field<String> url) {

    static Sources of(Source alias) {
        String p = alias.getName();
        return new Sources(alias.CODE.as(p + "_code"), alias.TITLE.as(p + "_title"), alias.URL.as(p + "_url"));
    }

    List<Field<?>> fields() {
        return List.of(code, title, url);
    }

    SourceRef ref(Record r, Field<String> locator) {
        String c = r.get(code);
        return c == null ? null : new SourceRef(c, r.get(title), r.get(locator), r.get(url));
    }
}
