package org.regiomonitor.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.web.util.HtmlUtils;

/**
 * The one way Regiomonitor searches text: the site search (ranked hits per table, for the features that own
 * searchable tables: programmes, themes, projects, organisations, areas) and the text filters of the lists
 * ({@link #containsEveryWord}). Both ignore case and accents ("cooperatie" finds "Coöperatie") and are answered from
 * the indexes of V30: trigram GIN indexes on {@code search_fold(column)} (for the project's title and summary on
 * their stored folds, V51) for "contains", full-text GIN indexes for words. The user's text only ever travels as a bind value.
 * <p>
 * A site-search row matches when its text vector ({@value #CONFIG}: Dutch stemming, accents ignored) matches either
 * <ul>
 * <li>{@code websearch_to_tsquery(q)}: the user's words, stemmed (so "ondernemer" finds "ondernemers"), with the
 * web-search syntax ("quoted phrases", {@code or}, {@code -word}), which never fails on odd input; or</li>
 * <li>a prefix query: the words of {@code q} (letters and digits only) joined with {@code &}, the last
 * one as a prefix ({@code chip:*}), so a word being typed ("chip") finds "ChipTech";</li>
 * </ul>
 * or when its name contains every word of {@code q} of at least {@value #MIN_INFIX} characters anywhere, also
 * inside a word ("tech" finds "ChipTech"), unless all words of {@code q} are stop words (then "de het een" would
 * find nearly every name). Only the name: inside the longer texts a fragment finds too much. Hits come by
 * relevance: the words' rank with a word in the name counting ten times one in the text, plus the trigram
 * similarity of name and query, so the row named exactly so comes first and hits found only inside a name are
 * ordered too; the similarity only for the best {@value #CANDIDATES_PER_HIT} candidates per hit asked for, chosen
 * by an estimate of it from the lengths of name and query. The vector is {@link #weighted}: the large tables
 * (projects, organisations) store it (V45) with a full-text index ({@code project_search_idx},
 * {@code organisation_search_idx}), so with the names' trigram indexes PostgreSQL finds their rows from indexes alone
 * and ranks them without parsing any text; the small tables (programmes, themes, areas) it reads and parses. Only the hits shown get their title and snippet marked
 * ({@code ts_headline}, after the limit).
 */
public final class FullText {

    /** Marks around matched words that cannot occur in stored text; replaced after HTML escaping. */
    private static final String START = "\uE000";
    private static final String STOP = "\uE001";
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String TITLE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** White space between the words of a filter, also no-break and other Unicode spaces. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u200b\\u2060\\ufeff]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * The columns whose folded text ({@code search_fold}) their table stores, and the stored column (V51): a lossy
     * trigram index makes PostgreSQL check every row it finds, and folding thousands of titles and summaries again
     * cost more than the rest of a project list.
     */
    private static final Map<String, String> STORED_FOLDS = Map.of(
            "project.title", "title_fold", "project.summary", "summary_fold");

    /** The text search configuration of V30: Dutch stemming and stop words, accents ignored. */
    static final String CONFIG = "dutch_unaccent";

    /**
     * One hit; {@code url} is the page of the row. Title and snippet are HTML: the stored text escaped, with
     * the matched words in {@code <mark>} elements, so they may be shown unescaped. {@code context} (plain text, or
     * null) tells hits with the same name apart: the programme of a theme, the kind of an area.
     */
    public record Hit(long id, String url, String titleHtml, String snippetHtml, boolean published, double rank,
            String context) {
    }

    /**
     * How many candidates per hit asked for are ranked fully: the best by the estimate of {@link #hits}, with room for
     * the estimate to be off.
     */
    static final int CANDIDATES_PER_HIT = 5;

    /** Words shorter than this are not looked for inside names: "ab" is inside too many. */
    static final int MIN_INFIX = 3;

    /**
     * A search query: the user's text as a tsquery expression and the words to look for inside names (bind values
     * only).
     */
    public record Query(Field<Object> tsQuery, String text, List<String> infixWords) {

        /** For a text with at least one word (see {@link #words}). */
        public static Query of(String text) {
            List<String> words = words(text);
            String prefix = String.join(" & ", words.subList(0, words.size() - 1))
                    + (words.size() > 1 ? " & " : "") + words.getLast() + ":*";
            // websearch_to_tsquery(q) || to_tsquery(w1 & w2 & ... & wn:*)
            return new Query(once(DSL.field("websearch_to_tsquery({0}, {1}) || to_tsquery({0}, {2})",
                    SQLDataType.OTHER, DSL.inline(CONFIG), DSL.val(text), DSL.val(prefix))), text,
                    words.stream().filter(w -> w.length() >= MIN_INFIX).distinct().toList());
        }

        /** The name contains every longer word, when the text has any word that is not a stop word. */
        Condition inside(Field<String> name) {
            if (infixWords.isEmpty()) {
                return DSL.falseCondition();
            }
            return DSL.condition(once(DSL.field("numnode(plainto_tsquery({0}, {1})) > 0", Boolean.class,
                    DSL.inline(CONFIG), DSL.val(text)))).and(everyWordInside(infixWords, List.of(name)));
        }
    }

    private FullText() {
    }

    /**
     * Rows where every word of {@code text} (the parts between white space, as typed: "50%" is a word) occurs in at
     * least one of {@code columns}, also inside a word; case and accents are ignored and {@code %} and {@code _} are
     * no wildcards. All rows for a blank text. Each column is read through the trigram index on
     * {@code search_fold(column)} (V30) where its table has one.
     */
    @SafeVarargs
    public static Condition containsEveryWord(String text, Field<String>... columns) {
        if (Text.isBlank(text)) {
            return DSL.noCondition();
        }
        return everyWordInside(Arrays.stream(SPACES.split(Text.strip(text))).distinct().toList(), List.of(columns));
    }

    /**
     * The value as a scalar subquery, which PostgreSQL computes once per statement (an InitPlan). An expression of the
     * query's parameters is otherwise computed again for every row in the generic plan of a server-prepared statement
     * (the driver prepares a statement after five runs): site search spent some 40 ms parsing its tsquery for 4,000
     * rows.
     */
    private static <T> Field<T> once(Field<T> value) {
        return DSL.field(DSL.select(value));
    }

    private static Condition everyWordInside(List<String> words, List<Field<String>> columns) {
        Condition all = DSL.noCondition();
        for (String word : words) {
            // folded first, then escaped: unaccent turns some characters into % or _ (U+FF05, U+FF3F)
            Field<String> pattern = once(DSL.inline("%").concat(DSL.replace(DSL.replace(DSL.replace(
                    fold(DSL.val(word)), "\\", "\\\\"), "%", "\\%"), "_", "\\_"), DSL.inline("%")));
            Condition any = DSL.falseCondition();
            for (Field<String> column : columns) {
                any = any.or(fold(column).like(pattern, '\\'));
            }
            all = all.and(any);
        }
        return all;
    }

    /**
     * The text as the trigram indexes hold it: lower case, without accents ({@code search_fold}, V30); for a column
     * whose table stores its folded copy ({@link #STORED_FOLDS}), that copy, which the index is over.
     */
    static Field<String> fold(Field<String> text) {
        if (text instanceof TableField<?, String> column) {
            String stored = STORED_FOLDS.get(column.getTable().getName() + "." + column.getName());
            if (stored != null) {
                return DSL.field(column.getTable().getUnqualifiedName().append(stored), SQLDataType.VARCHAR);
            }
        }
        return DSL.function("search_fold", SQLDataType.VARCHAR, text);
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
     * The text vector of a row as the site search matches and ranks it: the words of the name with weight A, those
     * of the text with weight D. Exactly the expression of the stored {@code search_vector} columns (V45).
     */
    static Field<Object> weighted(Field<String> name, Field<String> text) {
        return DSL.field("setweight(to_tsvector({0}, {1}), 'A') || setweight(to_tsvector({0}, coalesce({2}, '')), 'D')",
                SQLDataType.OTHER, DSL.inline(CONFIG), name, text);
    }

    /** The stored {@link #weighted} vector of a table that has one ({@code search_vector}, V45). */
    public static Field<Object> storedVector(Table<?> table) {
        return DSL.field(table.getUnqualifiedName().append("search_vector"), SQLDataType.OTHER);
    }

    /**
     * The best matches in a table with a {@link #storedVector stored vector} of {@code name} and {@code text}, by
     * rank; {@code visible} is the owner's publication rule for the caller.
     */
    public static List<Hit> hits(DSLContext dsl, Table<?> table, Field<Long> id, Field<String> name,
            Field<String> text, Field<Object> storedVector, Field<Boolean> published, String path, Query query,
            Condition visible, int limit) {
        return hits(dsl, table, id, name, text, storedVector, published, DSL.inline(path).concat(id),
                DSL.inline((String) null), query, visible, limit);
    }

    /**
     * The best matches in a small table (its vectors are computed while searching), with the address of each row's
     * page as an expression (e.g. a code: {@code /areas/GM0153}) and the hit's {@link Hit#context() context}.
     */
    public static List<Hit> hits(DSLContext dsl, Table<?> table, Field<Long> id, Field<String> name,
            Field<String> text, Field<Boolean> published, Field<String> url, Field<String> context, Query query,
            Condition visible, int limit) {
        return hits(dsl, table, id, name, text, weighted(name, text), published, url, context, query, visible, limit);
    }

    private static List<Hit> hits(DSLContext dsl, Table<?> table, Field<Long> id, Field<String> name,
            Field<String> text, Field<Object> vector, Field<Boolean> published, Field<String> url,
            Field<String> context, Query query, Condition visible, int limit) {
        Field<Object> tsQuery = query.tsQuery();
        Condition matches = DSL.condition("{0} @@ {1}", vector, tsQuery);
        // relevance: the name's words weigh 1.0, the text's 0.1 (ts_rank's weights of A and D), plus how like the
        // query the whole name is (trigram similarity)
        Field<Double> wordRank = DSL.field("ts_rank({0}, {1})", SQLDataType.DOUBLE, vector, tsQuery);
        // The similarity costs ten times the word rank (a common word: 4,000 projects, 40 ms), so only the best
        // candidates by an estimate of it get it: a name that holds the query is about as similar to it as the query
        // is long for the name's length (the query itself 1); a name the words were not found in, not at all.
        int length = Math.max(1, query.text().length());
        Field<Double> estimate = DSL.when(DSL.condition("ts_rank(array[0, 0, 0, 1]::real[], {0}, {1}) > 0", vector,
                        tsQuery).or(DSL.not(matches)),
                DSL.inline((double) length).div(DSL.greatest(DSL.length(name), DSL.inline(length))
                        .cast(SQLDataType.DOUBLE)))
                .otherwise(DSL.inline(0.0));
        // the candidates carry what the hits show, so the table is read once
        Table<?> candidates = DSL.select(id.as("id"), name.as("name"), fold(name).as("name_fold"), text.as("text"),
                        published.as("published"), url.as("url"), context.as("context"), wordRank.as("word_rank"))
                .from(table)
                .where(matches.or(query.inside(name)))
                .and(visible)
                .orderBy(wordRank.plus(estimate).desc(), name, id)
                .limit(limit * CANDIDATES_PER_HIT)
                .asTable("candidate");
        Field<Long> candidateId = candidates.field("id", Long.class);
        Field<String> candidateName = candidates.field("name", String.class);
        Field<Double> rank = candidates.field("word_rank", Double.class).plus(DSL.field("similarity({0}, {1})",
                SQLDataType.DOUBLE, candidates.field("name_fold", String.class), once(fold(DSL.val(query.text())))));
        // PostgreSQL marks only the rows it returns: the headlines are computed after the sort and the limit
        Field<String> title = headline(candidateName, tsQuery, TITLE_OPTIONS);
        Field<String> snippet = headline(DSL.coalesce(candidates.field("text", String.class), ""), tsQuery,
                HEADLINE_OPTIONS);
        return dsl.select(candidateId, title, snippet, candidates.field("published", Boolean.class), rank,
                        candidates.field("url", String.class), candidateName, candidates.field("context", String.class))
                .from(candidates)
                .orderBy(rank.desc(), candidateName, candidateId)
                .limit(limit)
                .fetch(r -> new Hit(r.value1(), r.value6(),
                        r.value2() != null && r.value2().contains(START) ? html(r.value2())
                                : markInside(r.value7(), query.infixWords()),
                        html(r.value3()), r.value4(), r.value5(), r.value8()));
    }

    /**
     * The name escaped, with the words found inside it (any case, any accents) marked; for hits that full text did
     * not mark.
     */
    static String markInside(String name, List<String> words) {
        if (name == null) {
            return "";
        }
        String folded = foldEachCharacter(name);
        if (folded == null) {
            return html(name); // a character that folds to more or less than one: positions would not line up
        }
        boolean[] marked = new boolean[name.length()];
        for (String word : words) {
            String w = foldEachCharacter(word);
            if (w == null || w.isEmpty()) {
                continue;
            }
            for (int at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
                Arrays.fill(marked, at, Math.min(name.length(), at + w.length()), true);
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

    /**
     * Lower case without accents, character by character (what {@code search_fold} does for these characters), or
     * null when a character does not fold to exactly one.
     */
    private static String foldEachCharacter(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String c = MARKS.matcher(Normalizer.normalize(String.valueOf(s.charAt(i)), Normalizer.Form.NFD))
                    .replaceAll("").toLowerCase(Locale.ROOT);
            if (c.length() != 1) {
                return null;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Field<String> headline(Field<String> text, Field<Object> tsQuery, String options) {
        return DSL.field("ts_headline({0}, {1}, {2}, {3})", SQLDataType.VARCHAR, DSL.inline(CONFIG), text, tsQuery,
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
