package org.regiomonitor.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources of a figure made of many rows, as a page shows them ({@code fragments/source :: sources}): each place
 * when there are few, else one line per source document with the number of places cited in it, and at most
 * {@link #MAX} lines with the number of further documents. A sum over 20,000 budget lines each citing its own row of
 * one dataset thus names that dataset once ("3.412 plaatsen") instead of 20,000 times; every place stays in the
 * downloads, which give each row's source.
 *
 * @param lines the lines shown
 * @param more  the number of source documents not shown
 */
public record SourceLines(List<Line> lines, int more) {

    /** At most this many lines. */
    public static final int MAX = 8;

    /**
     * One place ({@code places == 1}: the reference as given), or a document cited at several places (no locator).
     * {@code citations} is 0, or, for a document with more places than a page lists (not all of them counted), the
     * number of rows that cite it.
     */
    public record Line(SourceRef ref, int places, int citations) {

        public Line(SourceRef ref, int places) {
            this(ref, places, 0);
        }
    }

    public static SourceLines of(List<SourceRef> refs) {
        if (refs.size() <= MAX) {
            return new SourceLines(refs.stream().map(r -> new Line(r, 1)).toList(), 0);
        }
        Map<String, Line> documents = new LinkedHashMap<>();
        for (SourceRef r : refs) {
            documents.merge(r.code(), new Line(new SourceRef(r.code(), r.title(), null, r.url()), 1),
                    (a, b) -> new Line(a.ref(), a.places() + b.places()));
        }
        return ofDocuments(List.copyOf(documents.values()));
    }

    /**
     * The lines of documents already counted (a query that counts each document's places instead of listing them):
     * at most {@link #MAX} of them in the given order, with the number of further documents. For more than
     * {@link #MAX} places in all; fewer are shown each, through {@link #of(List)}.
     */
    public static SourceLines ofDocuments(List<Line> documents) {
        List<Line> lines = new ArrayList<>(documents.subList(0, Math.min(MAX, documents.size())));
        return new SourceLines(List.copyOf(lines), documents.size() - lines.size());
    }

    /** No source. */
    public static final SourceLines NONE = new SourceLines(List.of(), 0);
}
