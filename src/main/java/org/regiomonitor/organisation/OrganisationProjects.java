package org.regiomonitor.organisation;

import java.util.List;
import org.regiomonitor.shared.PageResult;

/**
 * The projects and programmes of an organisation, for its page. The portfolio owns projects and partners and implements
 * this; it names organisations itself, so the organisation feature cannot call it and asks this instead.
 */
public interface OrganisationProjects {

    /**
     * The first {@code rows} visible projects the organisation leads or partners in, in the project list's order, with
     * its roles, and the number of all (its page and its API item; the project list filtered by it holds all). One
     * query.
     */
    PageResult<ProjectParticipation> firstProjectsOf(long organisationId, boolean includeUnpublished, int rows);

    /** The visible programmes the organisation owns, by start year and name. One query. */
    List<OwnedProgramme> programmesOwnedBy(long organisationId, boolean includeUnpublished);
}
