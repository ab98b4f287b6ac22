package org.regiomonitor.organisation;

import static org.regiomonitor.db.Tables.ORGANISATION;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/** Read access to organisations for other features (selection lists, names next to links). */
@Service
public class Organisations {

    /** One organisation as a choice in a selection list. */
    public record Option(long id, String name, OrganisationKind kind, boolean published) {
    }

    private final DSLContext dsl;

    Organisations(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All organisations by name; unpublished ones only when the caller may see them. One query. */
    public List<Option> options(boolean includeUnpublished) {
        Condition visible = includeUnpublished ? DSL.trueCondition() : ORGANISATION.PUBLISHED.isTrue();
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND, ORGANISATION.PUBLISHED)
                .from(ORGANISATION)
                .where(visible)
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new Option(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public Optional<String> name(long id) {
        return dsl.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.eq(id)).fetchOptional(ORGANISATION.NAME);
    }
}
