package org.regiomonitor.organisation;

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.regiomonitor.db.Tables.ORGANISATION;

import org.jooq.Condition;
import org.jooq.Field;

/**
 * SQL building blocks on the organisation table for other features' queries, and the one place of the
 * publication rule for organisations: anonymous visitors see only published organisations, so a published
 * project led by an unpublished organisation shows no name for it.
 */
public final class OrganisationSql {

    private OrganisationSql() {
    }

    /** The publication rule: with {@code includeUnpublished} false, only published organisations. */
    public static Condition visible(boolean includeUnpublished) {
        return includeUnpublished ? noCondition() : ORGANISATION.PUBLISHED.isTrue();
    }

    /**
     * The name of the organisation with this id as a scalar subquery (usable in select, where and order by); null when there is none or the caller
     * may not see it (pass {@code AccessPolicy.canSeeUnpublished(auth)}).
     */
    public static Field<String> name(Field<Long> organisationId, boolean includeUnpublished) {
        return field(select(ORGANISATION.NAME).from(ORGANISATION)
                .where(ORGANISATION.ID.eq(organisationId))
                .and(visible(includeUnpublished)));
    }
}
