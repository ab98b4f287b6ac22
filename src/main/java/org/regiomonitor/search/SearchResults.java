package org.regiomonitor.search;

import java.util.List;
import org.regiomonitor.shared.FullText;

/**
 * The hits of one search, grouped by kind, best first; each group holds at most {@link SiteSearch#MAX_HITS_PER_GROUP}.
 * Titles and snippets are HTML: the stored text escaped, with the matched words in {@code <mark>} elements, so they
 * may be shown unescaped.
 */
public record SearchResults(String query, List<FullText.Hit> programmes, List<FullText.Hit> themes,
        List<FullText.Hit> projects, List<FullText.Hit> organisations, List<FullText.Hit> areas) {

    public int size() {
        return programmes.size() + themes.size() + projects.size() + organisations.size() + areas.size();
    }
}
