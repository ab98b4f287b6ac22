package org.regiomonitor.monitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.regiomonitor.monitor.imports.ImportTestFiles.read;
import static org.regiomonitor.monitor.imports.ImportTestFiles.shared;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regiomonitor.monitor.imports.ImportTestFiles.Result;

class CbsStatlineCsvReaderTest {

    private static final String POPULATION = "cbs/statline-csv/37259ned_UntypedDataSet_05022020_161506.csv";
    private static final String KEY_FIGURES = "cbs/statline-csv/70072ned_UntypedDataSet_29122019_191739.csv";
    private static final String FILE = "37259ned_test.csv";
    private static final String BOM = "\uFEFF";
    private static final String HEADER = BOM + "\"ID\";\"Geslacht\";\"RegioS\";\"Perioden\";\"BevolkingOp1Januari_1\";\"Mannen_2\"\r\n";

    private final CbsStatlineCsvReader reader = new CbsStatlineCsvReader(ImportOptions.DEFAULTS);

    private static RawObservation find(Result result, String measure, String area, String period) {
        return result.observations().stream()
                .filter(o -> o.measure().equals(measure) && o.areaCode().equals(area) && o.period().equals(period))
                .findFirst().orElseThrow();
    }

    @Test
    void readsTheRealPopulationFileWithPaddedCodesAndEmptyCells() {
        Result result = read(reader, SingleFile.of(shared(POPULATION)));

        assertThat(result.problemList()).isEmpty();
        assertThat(result.observations()).hasSize(69_089);
        RawObservation enschede = find(result, "BevolkingOp1Januari_1", "GM0153", "2018JJ00");
        assertThat(enschede.dataset()).isEqualTo("37259ned");
        assertThat(enschede.value()).isEqualByComparingTo("158261");
        assertThat(enschede.at().column()).isEqualTo("BevolkingOp1Januari_1");
        assertThat(find(result, "BevolkingOp1Januari_1", "GM0153", "1995JJ00").value()).isEqualByComparingTo("148034");
        List<RawObservation> empty = result.observations().stream().filter(o -> o.value() == null).toList();
        assertThat(empty).hasSize(28_826).allSatisfy(o -> assertThat(o.missing()).isEqualTo("empty"));
    }

    @Test
    void readsTheKeyFiguresWithDotsAsNoFigureAndSkipsTheTextColumns() {
        Result result = read(reader, SingleFile.of(shared(KEY_FIGURES)));

        assertThat(result.problemList()).isEmpty();
        // 300 rows x 306 columns after Perioden, of which Code_287, Naam_288 and KoppelvariabeleRegioCode_306 are text
        assertThat(result.observations()).hasSize(300 * 303);
        assertThat(result.observations()).extracting(RawObservation::measure).doesNotContain("Code_287", "Naam_288",
                "KoppelvariabeleRegioCode_306");
        assertThat(find(result, "TotaleBevolking_1", "PV23", "2019JJ00").value()).isEqualByComparingTo("1156431");
        assertThat(result.observations().stream().filter(o -> ".".equals(o.missing()))).hasSize(7_234);
        assertThat(result.observations().stream().filter(o -> "empty".equals(o.missing()))).hasSize(28_464);
    }

    @Test
    void readsOtherDimensionsAtTheTotalOrTheNamedCode() {
        String csv = HEADER + "\"1\";\"T001038\";\"GM0153  \";\"2018JJ00\";\"  158261\";\"   79000\"\r\n"
                + "\"2\";\"3000    \";\"GM0153  \";\"2018JJ00\";\"   79000\";\"   79000\"\r\n";

        Result totals = read(reader, FILE, csv);
        Result men = read(new CbsStatlineCsvReader(ImportOptions.of(null, List.of("Geslacht=3000"))), FILE, csv);
        Result absent = read(new CbsStatlineCsvReader(ImportOptions.of(null, List.of("Geslacht=4000"))), FILE, csv);

        assertThat(totals.problemList()).isEmpty();
        assertThat(totals.observations()).extracting(o -> o.value().intValue()).containsExactly(158261, 79000);
        assertThat(men.observations()).extracting(o -> o.at().row()).containsExactly(3L, 3L);
        assertThat(absent.problemList()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("dimension.noTotal");
            assertThat(p.at().column()).isEqualTo("Geslacht");
        });
    }

    @Test
    void takesTheDatasetFromTheOptionsWhenTheFileNameHasNone() {
        String csv = HEADER + "\"1\";\"T001038\";\"GM0153\";\"2018JJ00\";\"1\";\"2\"\n";

        Result unnamed = read(reader, "bevolking.csv", csv);
        Result named = read(new CbsStatlineCsvReader(ImportOptions.of("37259NED", List.of())), "bevolking.csv", csv);

        assertThat(unnamed.problemList()).extracting(ImportProblem::key).containsExactly("statline.noDataset");
        assertThat(named.observations()).allSatisfy(o -> assertThat(o.dataset()).isEqualTo("37259ned"));
    }

    @Test
    void refusesAWrongHeaderNamingTheColumn() {
        Result noRegion = read(reader, FILE, "\"ID\";\"Geslacht\";\"Regio\";\"Perioden\";\"X_1\"\n\"1\";\"T001038\";\"GM0153\";\"2018JJ00\";\"1\"\n");
        Result noId = read(reader, FILE, "\"Nr\";\"RegioS\";\"Perioden\";\"X_1\"\n");
        Result noMeasure = read(reader, FILE, "\"ID\";\"RegioS\";\"Perioden\"\n");

        assertThat(noRegion.problemList()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("statline.header");
            assertThat(p.at()).isEqualTo(new Locator(FILE, 1, "RegioS"));
        });
        assertThat(noRegion.observations()).isEmpty();
        assertThat(noId.problemList()).extracting(ImportProblem::at).containsExactly(new Locator(FILE, 1, "Nr"));
        assertThat(noMeasure.problemList()).extracting(ImportProblem::at)
                .containsExactly(new Locator(FILE, 1, "Perioden"));
    }

    @Test
    void refusesANonNumericValueNamingRowAndColumn() {
        Result result = read(reader, FILE, HEADER + "\"1\";\"T001038\";\"GM0153\";\"2017JJ00\";\"  158000\";\"1\"\n"
                + "\"2\";\"T001038\";\"GM0153\";\"2018JJ00\";\"12a\";\"1\"\n");

        assertThat(result.problemList()).singleElement().satisfies(p -> {
            assertThat(p.at()).isEqualTo(new Locator(FILE, 3, "BevolkingOp1Januari_1"));
            assertThat(p.key()).isEqualTo("value.notNumeric");
            assertThat(p.message()).contains("'12a'");
        });
    }

    @Test
    void refusesAWrongColumnCountNamingRowAndColumn() {
        Result result = read(reader, FILE, HEADER + "\"1\";\"T001038\";\"GM0153\";\"2018JJ00\";\"1\"\n"
                + "\"2\";\"T001038\";\"GM0153\";\"2017JJ00\";\"1\";\"2\";\"3\"\n");

        assertThat(result.problemList()).extracting(ImportProblem::at, ImportProblem::key).containsExactly(
                tuple(new Locator(FILE, 2, "Mannen_2"), "csv.columnCount"),
                tuple(new Locator(FILE, 3, "column 7"), "csv.columnCount"));
        assertThat(result.observations()).isEmpty();
    }

    @Test
    void refusesAnUnclosedQuoteAndAnEmptyFile() {
        Result quote = read(reader, FILE, HEADER + "\"1\";\"T001038\";\"GM0153\";\"2018JJ00\";\"1\";\"2\"\n"
                + "\"2\";\"T001038\";\"GM0153\";\"2017JJ00\";\"1;\"2\"\n");
        Result empty = read(reader, FILE, "");

        assertThat(quote.problemList()).extracting(ImportProblem::key).contains("csv.malformed");
        assertThat(quote.problemList()).allSatisfy(p -> assertThat(p.at().row()).isEqualTo(3));
        assertThat(empty.problemList()).extracting(ImportProblem::key).containsExactly("file.empty");
    }
}
