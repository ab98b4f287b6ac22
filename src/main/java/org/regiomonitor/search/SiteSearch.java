package org.regiomonitor.search;

import java.util.ArrayList;
import java.util.List;
import org.regiomonitor.area.Areas;
import org.regiomonitor.organisation.Organisations;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.shared.FullText;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Site search over programmes, themes, projects, organisations and areas: validates the query and asks each owner
 * for its best hits ({@link FullText} describes the matching: stemmed words, a word being typed, and a part of a
 * word inside a name). Anonymous visitors find only what they may see, by the owners' publication rules.
 */
@Service
@Transactional(readOnly = true)
public class SiteSearch {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_HITS_PER_GROUP = 50;

    private final PortfolioQueries portfolio;
    private final Organisations organisations;
    private final Areas areas;

    SiteSearch(PortfolioQueries portfolio, Organisations organisations, Areas areas) {
        this.portfolio = portfolio;
        this.organisations = organisations;
        this.areas = areas;
    }

    /**
     * Searches programmes, themes, projects, organisations and areas. Throws {@link InvalidInputException} (field
     * {@code q}) when the query is empty, too long or has no word to search for. Five queries, one per kind.
     * <p>
     * Each kind lists its best {@link #MAX_HITS_PER_GROUP} hits and says whether there are more (one more is asked
     * for), not how many: a common word matches thousands of projects, and counting them all would cost as much as
     * ranking them, for a number nobody can page through. The page says "more than 50" and asks for more words.
     */
    public SearchResults search(String q, boolean includeUnpublished) {
        String query = validate(q);
        FullText.Query ts = FullText.Query.of(query);
        int ask = MAX_HITS_PER_GROUP + 1;
        List<String> more = new ArrayList<>();
        return new SearchResults(query,
                best("programmes", portfolio.searchProgrammes(ts, includeUnpublished, ask), more),
                best("themes", portfolio.searchThemes(ts, includeUnpublished, ask), more),
                best("projects", portfolio.searchProjects(ts, includeUnpublished, ask), more),
                best("organisations", organisations.search(ts, includeUnpublished, ask), more),
                best("areas", areas.search(ts, ask), more),
                List.copyOf(more));
    }

    /** The first {@link #MAX_HITS_PER_GROUP} hits; the group is added to {@code more} when there were more. */
    private static List<FullText.Hit> best(String group, List<FullText.Hit> hits, List<String> more) {
        if (hits.size() <= MAX_HITS_PER_GROUP) {
            return hits;
        }
        more.add(group);
        return List.copyOf(hits.subList(0, MAX_HITS_PER_GROUP));
    }

    /** The trimmed query, or an InvalidInputException with a message code for field {@code q}. */
    public static String validate(String q) {
        String query = q == null ? "" : Text.strip(q);
        if (query.isEmpty()) {
            throw InvalidInputException.of("q", "search.query.empty");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw InvalidInputException.of("q", "search.query.tooLong", MAX_QUERY_LENGTH);
        }
        if (FullText.words(query).isEmpty()) {
            throw InvalidInputException.of("q", "search.query.noWords");
        }
        return query;
    }
}
