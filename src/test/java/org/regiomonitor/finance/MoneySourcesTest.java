package org.regiomonitor.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.regiomonitor.shared.SourceLines;
import org.regiomonitor.shared.SourceRef;

/** The bounded sources of a sum, without Spring: merging kept places is exact, and pages show what they always did. */
class MoneySourcesTest {

    static SourceRef ref(String code, String place) {
        return new SourceRef(code, "Title " + code, place, null);
    }

    @Test
    void mergingTheKeptPlacesOfGroupsKeepsTheFirstPlacesOfAllOfThem() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            List<MoneySources> groups = new ArrayList<>();
            List<SourceRef> all = new ArrayList<>();
            for (int g = 0; g < 1 + random.nextInt(4); g++) {
                List<SourceRef> refs = new ArrayList<>();
                for (int i = 0; i < random.nextInt(30); i++) {
                    String place = random.nextInt(8) == 0 ? null : "p. " + random.nextInt(25);
                    refs.add(ref("D" + random.nextInt(3), place));
                }
                all.addAll(refs);
                groups.add(MoneySources.of(refs));
            }
            MoneySources merged = MoneySources.merge(groups);
            assertThat(merged).as("round " + round).isEqualTo(MoneySources.of(all));
            for (MoneySources.Document d : merged.documents()) {
                List<SourceRef> ofDocument = all.stream().filter(r -> r.code().equals(d.code())).toList();
                TreeSet<String> places = new TreeSet<>(MoneySources.PLACE_ORDER);
                ofDocument.forEach(r -> places.add(r.locator()));
                assertThat(d.citations()).isEqualTo(ofDocument.size());
                assertThat(d.places()).isEqualTo(places.stream().limit(MoneySources.PLACES_KEPT).toList());
                assertThat(d.allPlaces()).isEqualTo(places.size() <= SourceLines.MAX);
            }
        }
    }

    @Test
    void fewPlacesAreShownEachAsBefore() {
        List<SourceRef> refs = List.of(ref("B", "p. 2"), ref("A", null), ref("B", "p. 1"), ref("B", "p. 1"));
        MoneySources sources = MoneySources.of(refs);
        assertThat(sources.refs()).containsExactly(ref("A", null), ref("B", "p. 1"), ref("B", "p. 2"));
        assertThat(sources.lines()).isEqualTo(SourceLines.of(sources.refs()));
    }

    @Test
    void manyPlacesAreShownPerDocumentWithTheirNumberOrTheirCitations() {
        List<SourceRef> refs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            refs.add(ref("A", "row " + i));
            refs.add(ref("A", "row " + i));
        }
        refs.add(ref("B", "p. 1"));
        refs.add(ref("B", "p. 2"));
        MoneySources sources = MoneySources.of(refs);
        assertThat(sources.refs()).containsExactly(ref("A", null), ref("B", null));
        assertThat(sources.lines().lines()).containsExactly(new SourceLines.Line(ref("A", null), 9, 40),
                new SourceLines.Line(ref("B", null), 2, 0));
    }
}
