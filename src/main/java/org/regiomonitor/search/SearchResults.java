package org.regiomonitor.search;

import java.util.List;

/**
 * The hits of one search, grouped, best first. Snippets are HTML: the stored text escaped, with the
 * matched words in {@code <mark>} elements, so they may be shown unescaped.
 */
public record SearchResults(String query, List<Hit> projects, List<Hit> organisations) {

    /** One hit; {@code url} is the page of the project or organisation. */
    public record Hit(long id, String url, String titleHtml, String snippetHtml, boolean published, double rank) {
    }

    public int size() {
        return projects.size() + organisations.size();
    }
}
