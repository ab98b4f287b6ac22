package org.regiomonitor.area;

import org.springframework.ui.Model;

/**
 * A part of a municipality page ("what reaches this municipality") filled in by the feature that owns its
 * data: the projects (portfolio), the vouchers (voucher) and the project money (finance). Those features
 * use areas themselves, so the area pages cannot call them; they implement this instead and the page asks
 * every implementation. Each costs a fixed number of queries.
 */
public interface MunicipalityPageSection {

    /**
     * Adds this section's model attributes.
     *
     * @param inHomeRegion   whether the municipality lies in the monitored region (region-wide work reaches it)
     * @param seeUnpublished {@code AccessPolicy.canSeeUnpublished(auth)}
     */
    void addTo(Model model, AreaSummary municipality, boolean inHomeRegion, boolean seeUnpublished);

    /**
     * As {@link #addTo}, for a document (a report's council edition): it cannot link to a page with more, so a
     * section may show inline there what the page keeps behind a link.
     */
    default void addToDocument(Model model, AreaSummary municipality, boolean inHomeRegion, boolean seeUnpublished) {
        addTo(model, municipality, inHomeRegion, seeUnpublished);
    }
}
