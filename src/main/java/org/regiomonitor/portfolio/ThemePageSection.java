package org.regiomonitor.portfolio;

import org.springframework.ui.Model;

/**
 * A part of a theme page filled in by a feature that owns its data and uses the portfolio itself (the results of
 * the theme), so the portfolio cannot call it; as {@link org.regiomonitor.area.MunicipalityPageSection} for areas.
 * Each costs a fixed number of queries.
 */
public interface ThemePageSection {

    /**
     * Adds this section's model attributes.
     *
     * @param seeUnpublished {@code AccessPolicy.canSeeUnpublished(auth)}
     */
    void addTo(Model model, long themeId, long programmeId, String programmeCode, boolean seeUnpublished);
}
