package org.regiomonitor.opendata;

import java.time.Instant;
import java.util.List;

/**
 * A dataset of the open-data catalogue and the portal page.
 *
 * @param key           unique in the catalogue (the fragment of the dataset's identifier)
 * @param group         where the portal page lists it
 * @param title         its title
 * @param description   what it holds
 * @param keywords      a message with comma-separated keywords
 * @param themes        codes of the EU data-theme vocabulary, e.g. {@code ECON}
 * @param landingPage   the page that shows it, e.g. {@code /projects}; null: none of its own
 * @param startYear     first year it covers (a programme's), null: not stated
 * @param endYear       last year it covers, null: not stated
 * @param issued        when it was published (a report snapshot), null: a live dataset
 * @param conformsTo    the standard its files follow (IATI), null: none
 * @param distributions the files and API endpoints it is available as
 */
public record Dataset(String key, Group group, Label title, Label description, Label keywords, List<String> themes,
        String landingPage, Integer startYear, Integer endYear, Instant issued, String conformsTo,
        List<Distribution> distributions) {

    /** The sections of the portal page. */
    public enum Group {
        /** The lists with their downloads (projects, organisations, money, vouchers, figures, plan, IATI). */
        LISTS,
        /** The results of each published programme. */
        RESULTS,
        /** The published report snapshots. */
        REPORTS
    }
}
