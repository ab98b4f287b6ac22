package org.regiomonitor.finance.internal;

import static org.regiomonitor.db.Tables.FUNDER;

import java.util.List;
import org.jooq.DSLContext;
import org.regiomonitor.organisation.LinkedFunder;
import org.regiomonitor.organisation.OrganisationFunders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The funders that stand for an organisation, for its page. */
@Component
@Transactional(readOnly = true)
class FundersOfOrganisation implements OrganisationFunders {

    private final DSLContext dsl;

    FundersOfOrganisation(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<LinkedFunder> fundersOf(long organisationId) {
        return dsl.select(FUNDER.ID, FUNDER.NAME, FUNDER.CATEGORY_CODE)
                .from(FUNDER)
                .where(FUNDER.ORGANISATION_ID.eq(organisationId))
                .orderBy(FUNDER.NAME)
                .fetch(r -> new LinkedFunder(r.value1(), r.value2(), r.value3()));
    }
}
