package org.regiomonitor.shared;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.springframework.web.util.HtmlUtils;

/**
 * Dutch full-text search on one table, for the features that own searchable tables (programmes, themes, projects,
 * organisations, areas); the site search asks each owner for its hits.
 * <p>
 * A row matches when its text vector matches either
 * <ul>
 * <li>{@code websearch_to_tsquery('dutch', q)}: the user's words, stemmed (so "ondernemer" finds
 * "ondernemers"), with the web-search syntax ("quoted phrases", {@code or}, {@code -word}), which
 * never fails on odd input; or</li>
 * <li>a prefix query: the words of {@code q} (letters and digits only) joined with {@code &}, the last
 * one as a prefix ({@code chip:*}), so a word being typed ("chip") finds "ChipTech";</li>
 * </ul>
 * or when its name contains every word of {@code q} of at least {@value #MIN_INFIX} characters anywhere, also
 * inside a word ({@code ILIKE}: "tech" finds "ChipTech"), unless all words of {@code q} are stop words (then
 * "de het een" would find nearly every name). Only the name: inside the longer texts a fragment finds too much.
 * The vector is exactly the expression of the tables' GIN indexes in V2 ({@code project_search_idx},
 * {@code organisation_search_idx}). With the name match beside it PostgreSQL reads the table instead: the
 * searchable tables hold hundreds of rows (the reference data: 57 projects, 342 municipalities), where reading
 * them is cheap, and a trigram index would need an extension an external database may not offer. The user's
 * text only ever travels as a bind value.
 */
public final class FullText {

    /** Marks around matched words that cannot occur in stored text; replaced after HTML escaping. */
    private static final String START = "\uE000";
    private static final String STOP = "\uE001";
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String TITLE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * One hit; {@code url} is the page of the row. Title and snippet are HTML: the stored text escaped, with
     * the matched words in {@code <mark>} elements, so they may be shown unescaped. {@code context} (plain text, or
     * null) tells hits with the same name apart: the programme of a theme, the kind of an area.
     */
    public record Hit(long id, String url, String titleHtml, String snippetHtml, boolean published, double rank,
            String context) {
    }

    /** Words shorter than this are not looked for inside names: "ab" is inside too many. */
    static final int MIN_INFIX = 3;

    /**
     * A search query: the user's text as a tsquery expression and the words to look for inside names (bind values
     * only; the words are letters and digits, so they hold no {@code LIKE} wildcard).
     */
    public record Query(Field<Object> tsQuery, String text, List<String> infixWords) {

        /** For a text with at least one word (see {@link #words}). */
        public static Query of(String text) {
            List<String> words = words(text);
            String prefix = String.join(" & ", words.subList(0, words.size() - 1))
                    + (words.size() > 1 ? " & " : "") + words.getLast() + ":*";
            // websearch_to_tsquery(q) || to_tsquery(w1 & w2 & ... & wn:*)
            return new Query(DSL.field("(websearch_to_tsquery('dutch', {0}) || to_tsquery('dutch', {1}))",
                    SQLDataType.OTHER, DSL.val(text), DSL.val(prefix)), text,
                    words.stream().filter(w -> w.length() >= MIN_INFIX).distinct().toList());
        }

        /** The name contains every longer word, when the text has any word that is not a stop word. */
        Condition inside(Field<String> name) {
            if (infixWords.isEmpty()) {
                return DSL.falseCondition();
            }
            Condition all = DSL.condition("numnode(plainto_tsquery('dutch', {0})) > 0", DSL.val(text));
            for (String word : infixWords) {
                all = all.and(name.likeIgnoreCase("%" + word + "%"));
            }
            return all;
        }
    }

    private FullText() {
    }

    /** The words of a text (letters and digits), lower case. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * The best matches in one table, by rank; {@code name} and {@code text} make the indexed vector,
     * {@code visible} is the owner's publication rule for the caller.
     */
    public static List<Hit> hits(DSLContext dsl, Table<?> table, Field<Long> id, Field<String> name,
            Field<String> text, Field<Boolean> published, String path, Query query, Condition visible, int limit) {
        return hits(dsl, table, id, name, text, published, DSL.inline(path).concat(id), DSL.inline((String) null),
                query, visible, limit);
    }

    /**
     * As above, with the address of each row's page as an expression (e.g. a code: {@code /areas/GM0153}) and the
     * hit's {@link Hit#context() context}.
     */
    public static List<Hit> hits(DSLContext dsl, Table<?> table, Field<Long> id, Field<String> name,
            Field<String> text, Field<Boolean> published, Field<String> url, Field<String> context, Query query,
            Condition visible, int limit) {
        Field<Object> tsQuery = query.tsQuery();
        // the same expression as the table's search index (project_search_idx, organisation_search_idx)
        Field<Object> vector = DSL.field("to_tsvector('dutch', {0} || ' ' || coalesce({1}, ''))", SQLDataType.OTHER,
                name, text);
        Field<Float> rank = DSL.field("ts_rank({0}, {1})", SQLDataType.REAL, vector, tsQuery);
        Field<String> title = headline(name, tsQuery, TITLE_OPTIONS);
        Field<String> snippet = headline(DSL.coalesce(text, ""), tsQuery, HEADLINE_OPTIONS);
        return dsl.select(id, title, snippet, published, rank, url, name, context)
                .from(table)
                .where(DSL.condition("{0} @@ {1}", vector, tsQuery).or(query.inside(name)))
                .and(visible)
                .orderBy(rank.desc(), name, id)
                .limit(limit)
                .fetch(r -> new Hit(r.value1(), r.value6(),
                        r.value2() != null && r.value2().contains(START) ? html(r.value2())
                                : markInside(r.value7(), query.infixWords()),
                        html(r.value3()), r.value4(), r.value5(), r.value8()));
    }

    /** The name escaped, with the words found inside it (any case) marked; for hits that full text did not mark. */
    static String markInside(String name, List<String> words) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.length() != name.length()) {
            return html(name); // a letter whose lower case is longer: positions would not line up
        }
        boolean[] marked = new boolean[name.length()];
        for (String word : words) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                Arrays.fill(marked, at, Math.min(name.length(), at + word.length()), true);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                out.append(START);
            }
            out.append(name.charAt(i));
            if (marked[i] && (i == name.length() - 1 || !marked[i + 1])) {
                out.append(STOP);
            }
        }
        return html(out.toString());
    }

    private static Field<String> headline(Field<String> text, Field<Object> tsQuery, String options) {
        return DSL.field("ts_headline('dutch', {0}, {1}, {2})", SQLDataType.VARCHAR, text, tsQuery,
                DSL.inline(options));
    }

    /** Escapes the stored text, then turns the match marks into {@code <mark>} elements. */
    public static String html(String headline) {
        if (headline == null) {
            return "";
        }
        return HtmlUtils.htmlEscape(headline, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
    }
}
