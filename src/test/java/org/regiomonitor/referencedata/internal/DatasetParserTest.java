package org.regiomonitor.referencedata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.regiomonitor.referencedata.InvalidReferenceDataException;

class DatasetParserTest {

    @Test
    void readsRecordsListsAndReferences() {
        Dataset d = DatasetParser.parse("""
                {
                  "name": "Mini",
                  "recordedBy": "test",
                  "sources": [{"code": "DOC", "title": "A document", "kind": "DOCUMENT", "publishedOn": "2025-05-28"}],
                  "programmes": [{"code": "P1", "name": "Programme one", "status": "RUNNING", "startYear": 2023,
                                  "multiplierTarget": {"value": "8.50", "source": {"source": "DOC", "locator": "Multiplier"}},
                                  "source": {"source": "DOC", "locator": "Intro"}}],
                  "projects": [{"key": "p", "title": "Project", "programmes": ["P1"], "themes": [], "status": "RUNNING",
                                "partners": [{"organisation": "Org", "role": "LEAD"}],
                                "links": [{"label": "More", "url": "https://example.org/p"}],
                                "source": {"source": "DOC", "locator": "p. 3", "note": "a remark"}}],
                  "budgetLines": [{"programme": "P1", "funder": "F", "committed": "13000000.00",
                                   "source": {"source": "DOC", "locator": "Multiplier"}}]
                }
                """);

        assertThat(d.name()).isEqualTo("Mini");
        assertThat(d.sources()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("DOC");
            assertThat(s.publishedOn()).isEqualTo("2025-05-28");
            assertThat(s.url()).isNull();
        });
        Dataset.Programme p = d.programmes().getFirst();
        assertThat(p.startYear()).isEqualTo(2023);
        assertThat(p.endYear()).isNull();
        assertThat(p.multiplierTarget().value()).isEqualTo("8.50");
        assertThat(p.multiplierTarget().source().locator()).isEqualTo("Multiplier");
        Dataset.Project project = d.projects().getFirst();
        assertThat(project.partners()).containsExactly(new Dataset.Partner("Org", "LEAD"));
        assertThat(project.links()).containsExactly(new Dataset.Link("More", "https://example.org/p"));
        assertThat(project.municipalities()).isEmpty();
        assertThat(project.source().note()).isEqualTo("a remark");
        assertThat(d.budgetLines().getFirst().committed()).isEqualTo("13000000.00");
        // Lists that the file leaves out are empty, never null.
        assertThat(d.organisations()).isEmpty();
        assertThat(d.vouchers()).isEmpty();
    }

    @Test
    void anUnknownFieldIsAnErrorNotSilentlyIgnored() {
        assertThatThrownBy(() -> DatasetParser.parse("""
                {"name": "Mini", "programmes": [{"code": "P1", "nmae": "typo"}]}
                """))
                .isInstanceOf(InvalidReferenceDataException.class)
                .hasMessageContaining("nmae")
                .hasMessageContaining("programmes");
    }

    @Test
    void brokenJsonIsReportedClearly() {
        assertThatThrownBy(() -> DatasetParser.parse("{\"name\": \"Mini\", \"sources\": [ }"))
                .isInstanceOf(InvalidReferenceDataException.class)
                .hasMessageStartingWith("Invalid reference data: the dataset is not valid JSON");
    }

    @Test
    void theShippedTwenteFileParses() {
        Dataset d = DatasetParser.parseResource("referencedata/twente/twente.json");
        assertThat(d.name()).isEqualTo("Twente");
        assertThat(d.programmes()).extracting(Dataset.Programme::code)
                .containsExactly("AVT-2018", "AVT-2023", "RDT-1", "RDT-2", "MICROCHIP", "NPVR");
    }

    @Test
    void csvReaderHandlesQuotesSeparatorsAndLineEnds() {
        assertThat(OpenDataReader.parseCsv("a,b\r\n1,\"x, y\"\n2,\"say \"\"hi\"\"\"", ','))
                .containsExactly(java.util.List.of("a", "b"), java.util.List.of("1", "x, y"),
                        java.util.List.of("2", "say \"hi\""));
    }
}
