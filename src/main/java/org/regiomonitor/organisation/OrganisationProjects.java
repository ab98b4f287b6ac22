package org.regiomonitor.organisation;

import java.util.List;

/**
 * The projects and programmes of an organisation, for its page. The portfolio owns projects and partners and implements
 * this; it names organisations itself, so the organisation feature cannot call it and asks this instead.
 */
public interface OrganisationProjects {

    /**
     * All visible projects the organisation leads or partners in, by title, with its roles (its API item; its page
     * shows the first, {@link OrganisationPageSection}). One query.
     */
    List<ProjectParticipation> projectsOf(long organisationId, boolean includeUnpublished);

    /** The visible programmes the organisation owns, by start year and name. One query. */
    List<OwnedProgramme> programmesOwnedBy(long organisationId, boolean includeUnpublished);
}
