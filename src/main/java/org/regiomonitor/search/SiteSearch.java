package org.regiomonitor.search;

import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROJECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Dutch full-text search over projects (title + summary) and organisations (name + description).
 * <p>
 * A row matches when its text vector matches either
 * <ul>
 * <li>{@code websearch_to_tsquery('dutch', q)}: the user's words, stemmed (so "ondernemer" finds
 * "ondernemers"), with the web-search syntax ("quoted phrases", {@code or}, {@code -word}), which
 * never fails on odd input; or</li>
 * <li>a prefix query: the words of {@code q} (letters and digits only) joined with {@code &}, the last
 * one as a prefix ({@code chip:*}), so a word being typed ("chip") finds "ChipTech".</li>
 * </ul>
 * Both use exactly the expressions of the GIN indexes in V2 ({@code project_search_idx},
 * {@code organisation_search_idx}), so PostgreSQL can use them; prefix matching on the stemmed
 * vector was chosen over ILIKE because ILIKE could not use those indexes. The user's text only ever
 * travels as a bind value. Anonymous visitors find only published rows.
 */
@Service
@Transactional(readOnly = true)
public class SiteSearch {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_HITS_PER_GROUP = 50;

    /** Marks around matched words that cannot occur in stored text; replaced after HTML escaping. */
    private static final String START = "\uE000";
    private static final String STOP = "\uE001";
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String TITLE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final DSLContext dsl;

    SiteSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Searches projects and organisations. Throws {@link InvalidInputException} (field {@code q}) when
     * the query is empty, too long or has no word to search for. Two queries.
     */
    public SearchResults search(String q, boolean includeUnpublished) {
        String query = validate(q);
        List<String> words = words(query);
        Field<Object> tsQuery = tsQuery(query, words);
        return new SearchResults(query, projects(tsQuery, includeUnpublished),
                organisations(tsQuery, includeUnpublished));
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
        if (words(query).isEmpty()) {
            throw InvalidInputException.of("q", "search.query.noWords");
        }
        return query;
    }

    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** websearch_to_tsquery(q) || to_tsquery(w1 & w2 & ... & wn:*); both from bind values. */
    private static Field<Object> tsQuery(String query, List<String> words) {
        String prefix = String.join(" & ", words.subList(0, words.size() - 1))
                + (words.size() > 1 ? " & " : "") + words.getLast() + ":*";
        return DSL.field("(websearch_to_tsquery('dutch', {0}) || to_tsquery('dutch', {1}))", SQLDataType.OTHER,
                DSL.val(query), DSL.val(prefix));
    }

    private List<SearchResults.Hit> projects(Field<Object> tsQuery, boolean includeUnpublished) {
        return hits(PROJECT, PROJECT.ID, PROJECT.TITLE, PROJECT.SUMMARY, PROJECT.PUBLISHED, "/projects/",
                tsQuery, includeUnpublished);
    }

    private List<SearchResults.Hit> organisations(Field<Object> tsQuery, boolean includeUnpublished) {
        return hits(ORGANISATION, ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.DESCRIPTION,
                ORGANISATION.PUBLISHED, "/organisations/", tsQuery, includeUnpublished);
    }

    /** The best matches in one table, by rank; {@code name} and {@code text} make the indexed vector. */
    private List<SearchResults.Hit> hits(Table<?> table, Field<Long> id, Field<String> name, Field<String> text,
            Field<Boolean> published, String path, Field<Object> tsQuery, boolean includeUnpublished) {
        // the same expression as the table's search index (project_search_idx, organisation_search_idx)
        Field<Object> vector = DSL.field("to_tsvector('dutch', {0} || ' ' || coalesce({1}, ''))", SQLDataType.OTHER,
                name, text);
        Field<Float> rank = DSL.field("ts_rank({0}, {1})", SQLDataType.REAL, vector, tsQuery);
        Field<String> title = headline(name, tsQuery, TITLE_OPTIONS);
        Field<String> snippet = headline(DSL.coalesce(text, ""), tsQuery, HEADLINE_OPTIONS);
        Condition visible = includeUnpublished ? DSL.trueCondition() : published.isTrue();
        return dsl.select(id, title, snippet, published, rank)
                .from(table)
                .where(DSL.condition("{0} @@ {1}", vector, tsQuery))
                .and(visible)
                .orderBy(rank.desc(), name, id)
                .limit(MAX_HITS_PER_GROUP)
                .fetch(r -> new SearchResults.Hit(r.value1(), path + r.value1(), html(r.value2()),
                        html(r.value3()), r.value4(), r.value5()));
    }

    private static Field<String> headline(Field<String> text, Field<Object> tsQuery, String options) {
        return DSL.field("ts_headline('dutch', {0}, {1}, {2})", SQLDataType.VARCHAR, text, tsQuery,
                DSL.inline(options));
    }

    /** Escapes the stored text, then turns the match marks into {@code <mark>} elements. */
    static String html(String headline) {
        if (headline == null) {
            return "";
        }
        return HtmlUtils.htmlEscape(headline, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
    }
}
