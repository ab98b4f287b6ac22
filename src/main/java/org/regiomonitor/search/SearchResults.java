package org.regiomonitor.search;

import java.util.List;
import org.regiomonitor.shared.FullText;

/**
 * The hits of one search, grouped, best first. Snippets are HTML: the stored text escaped, with the
 * matched words in {@code <mark>} elements, so they may be shown unescaped.
 */
public record SearchResults(String query, List<FullText.Hit> projects, List<FullText.Hit> organisations) {

    public int size() {
        return projects.size() + organisations.size();
    }
}
