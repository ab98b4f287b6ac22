package org.regiomonitor.portfolio.internal;

import static org.regiomonitor.db.Tables.SOURCE;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.regiomonitor.area.Areas;
import org.regiomonitor.organisation.Organisations;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.springframework.stereotype.Component;

/** Checks that referenced organisations, municipalities and sources exist, reporting the field that names them. */
@Component
class ReferenceChecks {

    static final String UNKNOWN = "portfolio.error.unknown";

    private final DSLContext dsl;
    private final Organisations organisations;
    private final Areas areas;

    ReferenceChecks(DSLContext dsl, Organisations organisations, Areas areas) {
        this.dsl = dsl;
        this.organisations = organisations;
        this.areas = areas;
    }

    /** How many of the (distinct) ids are municipalities. */
    int municipalities(Collection<Long> ids) {
        return areas.countMunicipalities(ids);
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
        return organisations.existing(ids);
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
