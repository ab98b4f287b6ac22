package org.regiomonitor.referencedata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.regiomonitor.referencedata.InvalidReferenceDataException;
import tools.jackson.databind.node.ObjectNode;

/** The results section of the dataset format: parsed, and every kind of bad figure refused with its record named. */
class ResultsSectionTest {

    private static final String FRAME = """
            "coverage": [{"source": "DOC", "from": "2019-01-01", "to": "2025-12-31", "locator": "p. 1: '(2019 - 2025)'"}],
            "periods": [{"programme": "P1", "kind": "YEAR", "start": "2019-01-01", "end": "2025-12-31", "locked": true},
                        {"programme": "P1", "kind": "YEAR", "start": "2026-01-01", "end": "2026-12-31"}],
            "catalogue": [{"programme": "P1", "code": "COMPANIES", "nameNl": "Bedrijven", "measure": "UNIT",
                           "unitLabel": "bedrijven"}]
            """;

    private static final String GOOD = """
            {"project": "good", "title": "Companies helped", "type": "OUTPUT", "indicators": [
              {"title": "Companies", "measure": "UNIT", "unitLabel": "bedrijven", "catalogue": "P1/COMPANIES", "figures": [
                {"kind": "ACTUAL", "period": "P1/2019-01-01", "value": "50", "qualifier": "AT_LEAST",
                 "source": {"source": "DOC", "locator": "p. 4: 'Meer dan 50 bedrijven'"},
                 "disagreement": "p. 1 says 'meer dan 70'"},
                {"kind": "TARGET", "value": "80", "source": {"source": "DOC", "locator": "p. 4: 'doel van 80'"}}]}]}
            """;

    /** The mini dataset of {@link DatasetValidatorTest} with a results section of the frame and these results. */
    private static Dataset withResults(String projectResults) {
        var json = DatasetParser.json();
        ObjectNode root = (ObjectNode) json.readTree(DatasetValidatorTest.mini("[\"P1\"]", "13000000.00"));
        root.set("results", json.readTree("{" + FRAME + ", \"projectResults\": [" + projectResults + "]}"));
        return DatasetParser.parse(root.toString());
    }

    @Test
    void aResultWithAnActualAndATargetIsParsedAndPasses() {
        Dataset d = withResults(GOOD);

        DatasetValidator.validate(d);

        Dataset.StatedFigure actual = d.results().projectResults().getFirst().indicators().getFirst().figures().getFirst();
        assertThat(actual.qualifier()).isEqualTo("AT_LEAST");
        assertThat(actual.source().locator()).isEqualTo("p. 4: 'Meer dan 50 bedrijven'");
        assertThat(actual.disagreement()).isEqualTo("p. 1 says 'meer dan 70'");
        assertThat(d.results().periods()).hasSize(2);
    }

    @Test
    void aMisspelledFieldInTheResultsIsRefusedNotDropped() {
        String typo = GOOD.replace("\"qualifier\": \"AT_LEAST\"", "\"qualifer\": \"AT_LEAST\"");
        assertThatThrownBy(() -> withResults(typo))
                .isInstanceOf(InvalidReferenceDataException.class)
                .hasMessageContaining("qualifer")
                .hasMessageContaining("results");
    }

    @Test
    void everyBadFigureIsRefusedNamingItsRecord() {
        String bad = """
                {"project": "nope", "title": "Unknown project", "type": "OUTPUT", "indicators": [
                  {"title": "Any", "measure": "UNIT", "figures": [
                    {"kind": "ACTUAL", "period": "P1/2019-01-01", "value": "1", "source": {"source": "DOC", "locator": "p. 5"}}]}]},
                {"project": "good", "title": "Bad figures", "type": "OUTPUT", "themes": ["P1/T9"], "indicators": [
                  {"title": "Unknown catalogue", "measure": "UNIT", "catalogue": "P1/NOPE", "figures": []},
                  {"title": "Figures", "measure": "UNIT", "figures": [
                    {"kind": "ACTUAL", "period": "P1/2019-01-01", "value": "7", "source": {"source": "NOSRC", "locator": "p. 6"}},
                    {"kind": "ACTUAL", "period": "P1/2019-01-01", "value": "8", "source": {"source": "DOC", "locator": "p. 6"}},
                    {"kind": "ACTUAL", "period": "P1/2026-01-01", "value": "9", "qualifier": "ROUGHLY",
                     "source": {"source": "DOC", "locator": "p. 7"}},
                    {"kind": "ACTUAL", "period": "P1/2026-01-01", "source": {"source": "DOC", "locator": "p. 7"}},
                    {"kind": "TARGET", "period": "P1/2019-01-01", "value": "10", "qualifier": "AT_LEAST",
                     "source": {"source": "DOC", "locator": "p. 8"}},
                    {"kind": "FORECAST", "value": "11", "source": {"source": "DOC", "locator": "p. 8"}}]}]}
                """;
        InvalidReferenceDataException e = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> DatasetValidator.validate(withResults(GOOD + "," + bad)));

        String first = "result \"Unknown project\" of project \"nope\" (results.projectResults[1])";
        String second = "result \"Bad figures\" of project \"good\" (results.projectResults[2])";
        String figures = second + ", indicator \"Figures\" (indicators[1]), figure ";
        assertThat(e.problems()).containsExactlyInAnyOrder(
                first + ": unknown project \"nope\"",
                second + ": theme \"P1/T9\" is not a theme of the project",
                second + ", indicator \"Unknown catalogue\" (indicators[0]): unknown catalogue indicator \"P1/NOPE\" "
                        + "(write PROGRAMME/CODE)",
                figures + "ACTUAL 7 (figures[0]): source names unknown source \"NOSRC\"",
                figures + "ACTUAL 7 (figures[0]): the span that source \"NOSRC\" reports on is not given (results.coverage)",
                figures + "ACTUAL 8 (figures[1]): a second value for period \"P1/2019-01-01\" would be added up with the "
                        + "first; give a disagreeing passage its own indicator",
                figures + "ACTUAL 9 (figures[2]): qualifier \"ROUGHLY\" is not one of [ABOUT, AT_LEAST, AT_MOST, EXACT]",
                figures + "ACTUAL 9 (figures[2]): period \"P1/2026-01-01\" lies outside 2019-01-01..2025-12-31, the span "
                        + "the source reports on",
                figures + "ACTUAL null (figures[3]): value is required",
                figures + "ACTUAL null (figures[3]): period \"P1/2026-01-01\" lies outside 2019-01-01..2025-12-31, the "
                        + "span the source reports on",
                figures + "ACTUAL null (figures[3]): a second value for period \"P1/2026-01-01\" would be added up with "
                        + "the first; give a disagreeing passage its own indicator",
                figures + "TARGET 10 (figures[4]): a target is the indicator's overall target and has no period",
                figures + "TARGET 10 (figures[4]): a target is stored exact; qualifier AT_LEAST cannot be kept",
                figures + "FORECAST 11 (figures[5]): kind \"FORECAST\" is not one of [ACTUAL, TARGET]");
    }

    @Test
    void periodsAndCatalogueAreCheckedToo() {
        var json = DatasetParser.json();
        ObjectNode root = (ObjectNode) json.readTree(DatasetValidatorTest.mini("[\"P1\"]", "13000000.00"));
        root.set("results", json.readTree("""
                {"coverage": [{"source": "DOC", "from": "2025-01-01", "to": "2019-12-31", "locator": "p. 1"}],
                 "periods": [{"programme": "P9", "kind": "DECADE", "start": "2019-01-01", "end": "2025-12-31"},
                             {"programme": "P1", "kind": "YEAR", "start": "2019-01-01", "end": "2025-12-31"},
                             {"programme": "P1", "kind": "YEAR", "start": "2024-01-01", "end": "2024-12-31"}],
                 "catalogue": [{"programme": "P1", "code": "X", "nameNl": "X", "measure": "QUALITATIVE", "cumulative": true},
                               {"programme": "P1", "code": "x", "nameNl": "X", "measure": "UNIT"}]}
                """));
        InvalidReferenceDataException e = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> DatasetValidator.validate(DatasetParser.parse(root.toString())));

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "coverage of \"DOC\" (results.coverage[0]): to is before from",
                "period \"P9/2019-01-01\" (results.periods[0]): unknown programme \"P9\"",
                "period \"P9/2019-01-01\" (results.periods[0]): kind \"DECADE\" is not one of [HALF_YEAR, QUARTER, YEAR]",
                "period \"P1/2024-01-01\" (results.periods[2]): overlaps period \"P1/2019-01-01\" (a programme's periods "
                        + "never overlap)",
                "catalogue indicator \"P1/X\" (results.catalogue[0]): a qualitative indicator cannot be cumulative",
                "catalogue indicator \"P1/x\" (results.catalogue[1]): duplicate code within programme P1");
    }
}
