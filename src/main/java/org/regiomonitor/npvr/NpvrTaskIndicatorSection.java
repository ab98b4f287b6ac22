package org.regiomonitor.npvr;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator section of an NPVR task page, filled in by the feature that owns the indicators (the monitor): it
 * gets the codes the task links to and gives the fragment that shows them (each with its latest signal) and that
 * fragment's model. The monitor depends on this package, not the other way round. Without an implementation the
 * page lists the linked codes. An implementation costs a fixed number of queries, whatever the number of codes.
 */
public interface NpvrTaskIndicatorSection {

    /** What the task page inserts: {@code ~{template :: selector}} with {@code model} added to the page's model. */
    record Section(String template, String selector, Map<String, Object> model) {
    }

    /**
     * The section for the task's linked indicator codes (in the order of the link), or empty to fall back to the
     * plain list of codes.
     *
     * @param seeUnpublished {@code AccessPolicy.canSeeUnpublished(auth)}
     */
    Optional<Section> section(int taskNumber, List<String> indicatorCodes, boolean seeUnpublished);
}
