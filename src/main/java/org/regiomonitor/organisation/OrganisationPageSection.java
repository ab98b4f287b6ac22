package org.regiomonitor.organisation;

import org.springframework.ui.Model;

/**
 * A part of an organisation's page filled in by the feature that owns its data (the projects it takes part in, from
 * the portfolio, which names organisations itself, so this feature cannot call it); as
 * {@link org.regiomonitor.area.MunicipalityPageSection} for a municipality. Each costs a fixed number of queries.
 */
public interface OrganisationPageSection {

    /**
     * Adds this section's model attributes.
     *
     * @param seeUnpublished {@code AccessPolicy.canSeeUnpublished(auth)}
     */
    void addTo(Model model, long organisationId, boolean seeUnpublished);
}
