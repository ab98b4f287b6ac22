package org.regiomonitor.portfolio.internal;

import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.SOURCE;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.springframework.stereotype.Component;

/** Checks that referenced organisations and sources exist, reporting the field that names them. */
@Component
class ReferenceChecks {

    static final String UNKNOWN = "portfolio.error.unknown";

    private final DSLContext dsl;

    ReferenceChecks(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Adds a violation for every field whose (non-null) id is not an existing source. */
    void sources(List<Violation> out, List<String> fields, List<Long> ids) {
        Set<Long> known = existing(SOURCE.ID, ids);
        for (int i = 0; i < fields.size(); i++) {
            Long id = ids.get(i);
            if (id != null && !known.contains(id)) {
                out.add(new Violation(fields.get(i), UNKNOWN));
            }
        }
    }

    /** The ids among {@code ids} that are existing organisations. */
    Set<Long> organisations(Collection<Long> ids) {
        return existing(ORGANISATION.ID, ids);
    }

    private Set<Long> existing(org.jooq.TableField<?, Long> idField, Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>();
        ids.forEach(id -> {
            if (id != null) {
                wanted.add(id);
            }
        });
        if (wanted.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl.select(idField).from(idField.getTable()).where(idField.in(wanted)).fetch(idField));
    }
}
