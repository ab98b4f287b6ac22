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

    /** One place ({@code places == 1}: the reference as given), or a document cited at several places (no locator). */
    public record Line(SourceRef ref, int places) {
    }

    public static SourceLines of(List<SourceRef> refs) {
        if (refs.size() <= MAX) {
            return new SourceLines(refs.stream().map(r -> new Line(r, 1)).toList(), 0);
        }
        Map<String, SourceRef> documents = new LinkedHashMap<>();
        Map<String, Integer> places = new LinkedHashMap<>();
        for (SourceRef r : refs) {
            documents.putIfAbsent(r.code(), new SourceRef(r.code(), r.title(), null, r.url()));
            places.merge(r.code(), 1, Integer::sum);
        }
        List<Line> lines = new ArrayList<>();
        documents.forEach((code, document) -> {
            if (lines.size() < MAX) {
                lines.add(new Line(document, places.get(code)));
            }
        });
        return new SourceLines(lines, documents.size() - lines.size());
    }
}
