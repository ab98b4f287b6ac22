package org.regiomonitor.search;

import java.util.List;
import org.regiomonitor.shared.FullText;

/**
 * The hits of one search, grouped by kind, best first; each group holds at most {@link SiteSearch#MAX_HITS_PER_GROUP}.
 * Titles and snippets are HTML: the stored text escaped, with the matched words in {@code <mark>} elements, so they
 * may be shown unescaped. {@code more} names the groups ({@code programmes}, {@code themes}, {@code projects},
 * {@code organisations}, {@code areas}) that have more hits than they list.
 */
public record SearchResults(String query, List<FullText.Hit> programmes, List<FullText.Hit> themes,
        List<FullText.Hit> projects, List<FullText.Hit> organisations, List<FullText.Hit> areas, List<String> more) {

    public int size() {
        return programmes.size() + themes.size() + projects.size() + organisations.size() + areas.size();
    }

    /** How many hits a group lists at most. */
    public int perGroup() {
        return SiteSearch.MAX_HITS_PER_GROUP;
    }
}
