package org.regiomonitor.organisation;

import static org.regiomonitor.db.Tables.ORGANISATION;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.regiomonitor.shared.FullText;
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
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND, ORGANISATION.PUBLISHED)
                .from(ORGANISATION)
                .where(OrganisationSql.visible(includeUnpublished))
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new Option(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The ids among {@code ids} that are existing organisations; one query (none for no ids). */
    public Set<Long> existing(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return wanted.isEmpty() ? Set.of()
                : new HashSet<>(dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.ID.in(wanted))
                        .fetch(ORGANISATION.ID));
    }

    /** The best full-text matches among the organisations the caller may see (name and description), by rank. */
    public List<FullText.Hit> search(FullText.Query query, boolean includeUnpublished, int limit) {
        return FullText.hits(dsl, ORGANISATION, ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.DESCRIPTION,
                FullText.storedVector(ORGANISATION), ORGANISATION.PUBLISHED, "/organisations/", query, OrganisationSql.visible(includeUnpublished), limit);
    }

    public Optional<String> name(long id) {
        return dsl.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.eq(id)).fetchOptional(ORGANISATION.NAME);
    }
}
