package org.regiomonitor.organisation;

import java.util.List;

/**
 * The funders that stand for an organisation, for its page. Finance owns funders (which name their
 * organisation) and implements this, so the organisation feature need not call finance.
 */
public interface OrganisationFunders {

    /** The funders linked to the organisation, by name. One query. */
    List<LinkedFunder> fundersOf(long organisationId);
}
