package org.regiomonitor.organisation.internal;

import static org.jooq.impl.DSL.lower;
import static org.regiomonitor.db.Tables.ORGANISATION;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.regiomonitor.organisation.OrganisationSql;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.ChoiceSource;
import org.regiomonitor.shared.FullText;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations as a searched choice (a project's lead and partners): by name through the trigram index. Logged-in
 * users may choose any organisation, as the forms offered; others only published ones. No narrowing.
 */
@Component
@Transactional(readOnly = true)
class OrganisationChoiceSource implements ChoiceSource {

    private final DSLContext dsl;
    private final AccessPolicy access;

    OrganisationChoiceSource(DSLContext dsl, AccessPolicy access) {
        this.dsl = dsl;
        this.access = access;
    }

    @Override
    public String kind() {
        return "organisations";
    }

    @Override
    public List<Choice> search(String text, Map<String, String> scope, Authentication auth, int limit) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME)
                .from(ORGANISATION)
                .where(OrganisationSql.visible(access.canSeeUnpublished(auth)))
                .and(FullText.containsEveryWord(text, ORGANISATION.NAME))
                .orderBy(lower(ORGANISATION.NAME), ORGANISATION.ID)
                .limit(limit)
                .fetch(r -> new Choice(r.value1(), r.value2(), null));
    }

    @Override
    public List<Choice> labels(Collection<Long> ids, Authentication auth) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME)
                .from(ORGANISATION)
                .where(ORGANISATION.ID.in(ids))
                .and(OrganisationSql.visible(access.canSeeUnpublished(auth)))
                .fetch(r -> new Choice(r.value1(), r.value2(), null));
    }
}
