package org.regiomonitor.monitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.monitor.imports.ImportTestFiles.read;
import static org.regiomonitor.monitor.imports.ImportTestFiles.shared;

import org.junit.jupiter.api.Test;
import org.regiomonitor.monitor.imports.ImportTestFiles.Result;

class EurostatCsvReaderTest {

    private final EurostatCsvReader reader = new EurostatCsvReader(ImportOptions.DEFAULTS);

    private static RawObservation find(Result result, String measure, String area, String period) {
        return result.observations().stream()
                .filter(o -> o.measure().equals(measure) && o.areaCode().equals(area) && o.period().equals(period))
                .findFirst().orElseThrow();
    }

    @Test
    void readsThePopulationExtractWithCountriesAsNutsCodes() {
        Result result = read(reader, SingleFile.of(shared("eurostat/demo_r_gind3_extract.csv")));

        assertThat(result.problemList()).isEmpty();
        assertThat(result.observations()).hasSize(192 * 7);
        RawObservation twente = find(result, "Count_Person", "NL213", "2020");
        assertThat(twente.dataset()).isEqualTo("eurostat:demo_r_gind3");
        assertThat(twente.areaSystem()).isEqualTo(AreaCodeSystem.NUTS);
        assertThat(twente.value()).isEqualByComparingTo("631064");
        assertThat(result.observations()).extracting(RawObservation::areaCode).contains("NL", "DE", "DEA34", "DE94B")
                .doesNotContain("country/NLD", "NLD");
        assertThat(result.observations().stream().filter(o -> o.value() == null)).hasSize(63)
                .allSatisfy(o -> assertThat(o.missing()).isEqualTo("empty"));
    }

    @Test
    void readsTheEmploymentExtractWithItsOtherColumnNames() {
        Result result = read(reader, SingleFile.of(shared("eurostat/nama_10r_3empers_extract.csv")));

        assertThat(result.problemList()).isEmpty();
        assertThat(result.observations()).hasSize(110 * 15);
        assertThat(find(result, "Count_Person_Employed", "NL213", "2015").value()).isEqualByComparingTo("307400");
        assertThat(find(result, "Count_Person_Employed", "NL213", "2015").dataset())
                .isEqualTo("eurostat:nama_10r_3empers");
    }

    @Test
    void refusesAWrongHeaderAnUnknownGeoANonNumericValueAndAWrongColumnCount() {
        String file = "demo_r_gind3_extract.csv";
        Result header = read(reader, file, "region,time,Count_Person\nnuts/NL213,2020,1\n");
        Result body = read(reader, file, "geo,time,Count_Person\nnuts/NL213,2020,1\ncountry/XYZ,2020,1\n"
                + "nuts/NL213,2021,12a\nnuts/NL213,2022\n");

        assertThat(header.problemList()).extracting(ImportProblem::at).containsExactly(new Locator(file, 1, "geo"));
        assertThat(body.problemList()).extracting(ImportProblem::at, ImportProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new Locator(file, 3, "geo"), "eurostat.geo"),
                org.assertj.core.groups.Tuple.tuple(new Locator(file, 4, "Count_Person"), "value.notNumeric"),
                org.assertj.core.groups.Tuple.tuple(new Locator(file, 5, "Count_Person"), "csv.columnCount"));
        assertThat(body.observations()).singleElement().satisfies(o -> assertThat(o.areaCode()).isEqualTo("NL213"));
    }
}
