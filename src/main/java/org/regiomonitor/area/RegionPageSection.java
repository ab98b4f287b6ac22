package org.regiomonitor.area;

import org.springframework.ui.Model;

/**
 * A part of a region page (COROP region, province, country: "what reaches this region") filled in by the
 * feature that owns its data: the projects (portfolio) and their money (finance). As with
 * {@link MunicipalityPageSection}, those features use areas themselves, so the area pages ask every
 * implementation instead of calling them. Each costs a fixed number of queries.
 */
public interface RegionPageSection {

    /**
     * Adds this section's model attributes.
     *
     * @param homeRegion     whether the region is the monitored region (its region-wide projects reach it)
     * @param seeUnpublished {@code AccessPolicy.canSeeUnpublished(auth)}
     */
    void addTo(Model model, AreaSummary region, boolean homeRegion, boolean seeUnpublished);
}
