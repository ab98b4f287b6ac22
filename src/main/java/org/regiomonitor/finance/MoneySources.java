package org.regiomonitor.finance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.regiomonitor.shared.SourceLines;
import org.regiomonitor.shared.SourceRef;

/**
 * The sources of a sum of many cited rows (budget lines, mobilised investments, a target), bounded by the number of
 * source documents rather than by the places cited in them (issue 10: 20,000 lines each citing its own row of one
 * dataset are one document here). Per document: how many rows cite it, and its first {@link #PLACES_KEPT} distinct
 * places in {@link #PLACE_ORDER}. Those are exactly the first places of any union of such sets, so sources of several
 * groups or categories merge without their rows ({@link #plus}), and a document with at most {@link SourceLines#MAX}
 * places has them all. Every place stays in the downloads, which give each row's source.
 * <p>
 * As JSON (the APIs): the {@link #refs() references} a page shows.
 *
 * @param documents in source code order
 */
public record MoneySources(List<Document> documents) {

    /** Places kept per document: one more than a page lists, so that a document with more is known to have more. */
    public static final int PLACES_KEPT = SourceLines.MAX + 1;

    /**
     * Places by code point (PostgreSQL's {@code collate "C"}, which the queries that keep them use), the document
     * itself (no place given) last.
     */
    public static final Comparator<String> PLACE_ORDER = Comparator.nullsLast(MoneySources::compareCodePoints);

    public static final MoneySources NONE = new MoneySources(List.of());

    /**
     * One source document.
     *
     * @param citations the rows that cite it
     * @param places    its first distinct places (locators; null: the document without a place), at most
     *                  {@link #PLACES_KEPT}, in {@link #PLACE_ORDER}
     */
    public record Document(String code, String title, String url, int citations, List<String> places) {

        public Document {
            Objects.requireNonNull(code);
            TreeSet<String> sorted = new TreeSet<>(PLACE_ORDER);
            sorted.addAll(places);
            List<String> kept = new ArrayList<>(sorted);
            places = Collections.unmodifiableList(new ArrayList<>(kept.subList(0, Math.min(PLACES_KEPT,
                    kept.size()))));
        }

        /** Whether {@link #places} are all the document's places. */
        public boolean allPlaces() {
            return places.size() <= SourceLines.MAX;
        }

        /** The document without a place. */
        public SourceRef ref() {
            return new SourceRef(code, title, null, url);
        }

        Document plus(Document other) {
            List<String> both = new ArrayList<>(places);
            both.addAll(other.places);
            return new Document(code, title, url, citations + other.citations, both);
        }
    }

    public MoneySources {
        Map<String, Document> byCode = new TreeMap<>();
        documents.forEach(d -> byCode.merge(d.code(), d, Document::plus));
        documents = List.copyOf(byCode.values());
    }

    /** References each cited once (a place, or the document when the locator is null). */
    public static MoneySources of(Collection<SourceRef> refs) {
        return new MoneySources(refs.stream().filter(Objects::nonNull).map(r -> new Document(r.code(), r.title(),
                r.url(), 1, Collections.singletonList(r.locator()))).toList());
    }

    /** The sources of both sums together. */
    public MoneySources plus(MoneySources other) {
        if (other.documents.isEmpty()) {
            return this;
        }
        List<Document> all = new ArrayList<>(documents);
        all.addAll(other.documents);
        return new MoneySources(all);
    }

    public static MoneySources merge(Collection<MoneySources> sources) {
        List<Document> all = new ArrayList<>();
        sources.forEach(s -> all.addAll(s.documents));
        return new MoneySources(all);
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }

    /**
     * The references a page names: every place when all documents together have at most {@link SourceLines#MAX},
     * else each document once. In source code and place order.
     */
    @JsonValue
    public List<SourceRef> refs() {
        if (fewPlaces()) {
            List<SourceRef> refs = new ArrayList<>();
            documents.forEach(d -> d.places().forEach(p -> refs.add(new SourceRef(d.code(), d.title(), p, d.url()))));
            return List.copyOf(refs);
        }
        return documents.stream().map(Document::ref).toList();
    }

    /**
     * As a page shows them ({@code fragments/source :: source-lines}): as {@link SourceLines#of} shows the references
     * of every place, and a document with more than {@link SourceLines#MAX} places with the number of rows citing it.
     */
    public SourceLines lines() {
        if (fewPlaces()) {
            return SourceLines.of(refs());
        }
        return SourceLines.ofDocuments(documents.stream().map(d -> d.allPlaces()
                ? new SourceLines.Line(d.ref(), d.places().size())
                : new SourceLines.Line(d.ref(), d.places().size(), d.citations())).toList());
    }

    private boolean fewPlaces() {
        int places = 0;
        for (Document d : documents) {
            if (!d.allPlaces()) {
                return false;
            }
            places += d.places().size();
        }
        return places <= SourceLines.MAX;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
