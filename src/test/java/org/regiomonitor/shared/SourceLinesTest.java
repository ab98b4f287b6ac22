package org.regiomonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sources of a sum stay readable and bounded however many rows it adds up (issue 10). */
class SourceLinesTest {

    @Test
    void fewPlacesAreShownEachAsGiven() {
        List<SourceRef> refs = List.of(new SourceRef("A", "Rapport A", "p. 3", null),
                new SourceRef("A", "Rapport A", "p. 4", null), new SourceRef("B", "Rapport B", null, "https://b"));
        SourceLines lines = SourceLines.of(refs);
        assertThat(lines.lines()).extracting(SourceLines.Line::ref).containsExactlyElementsOf(refs);
        assertThat(lines.lines()).allMatch(l -> l.places() == 1);
        assertThat(lines.more()).isZero();
    }

    @Test
    void manyPlacesAreCountedPerDocumentAndAtMostMaxDocumentsAreNamed() {
        List<SourceRef> refs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            refs.add(new SourceRef("DATA", "Dataset", "rij " + i, "https://data"));
        }
        refs.add(new SourceRef("NOTE", "Notitie", "p. 1", null));
        for (int d = 0; d < SourceLines.MAX + 3; d++) {
            refs.add(new SourceRef("DOC" + d, "Document " + d, "p. 1", null));
        }
        SourceLines lines = SourceLines.of(refs);
        assertThat(lines.lines()).hasSize(8);
        assertThat(lines.lines().getFirst()).isEqualTo(new SourceLines.Line(new SourceRef("DATA", "Dataset", null,
                "https://data"), 3000));
        assertThat(lines.lines().get(1)).isEqualTo(new SourceLines.Line(new SourceRef("NOTE", "Notitie", null, null), 1));
        // 2 + 11 documents, 8 named
        assertThat(lines.more()).isEqualTo(5);
    }
}
