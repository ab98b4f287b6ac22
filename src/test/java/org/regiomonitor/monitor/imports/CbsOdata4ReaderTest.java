package org.regiomonitor.monitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.monitor.imports.ImportTestFiles.directory;
import static org.regiomonitor.monitor.imports.ImportTestFiles.read;
import static org.regiomonitor.monitor.imports.ImportTestFiles.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regiomonitor.monitor.imports.ImportTestFiles.InMemoryFiles;
import org.regiomonitor.monitor.imports.ImportTestFiles.Result;

class CbsOdata4ReaderTest {

    private static final String PAGE = "observations-page-1.json";
    private static final List<String> TWENTE = List.of("GM0141", "GM0147", "GM0153", "GM0158", "GM0163", "GM0164",
            "GM0168", "GM0173", "GM0183", "GM0189", "GM1700", "GM1735", "GM1742", "GM1774");

    private final CbsOdata4Reader reader = new CbsOdata4Reader(ImportOptions.DEFAULTS);

    private static RawObservation find(Result result, String measure, String area, String period) {
        return result.observations().stream()
                .filter(o -> o.measure().equals(measure) && o.areaCode().equals(area) && o.period().equals(period))
                .reduce((a, b) -> {
                    throw new AssertionError("two figures for " + measure + " " + area + " " + period);
                }).orElseThrow();
    }

    @Test
    void readsEveryRowOfTheRealPopulationTable() {
        Result result = read(reader, new DirectoryFiles(shared("cbs/odata4/03759ned")));

        assertThat(result.problemList()).isEmpty();
        assertThat(result.observations()).hasSize(13_568);
        RawObservation nl = find(result, "M000352", "NL01", "2024JJ00");
        assertThat(nl.dataset()).isEqualTo("03759ned");
        assertThat(nl.areaSystem()).isEqualTo(AreaCodeSystem.CBS);
        assertThat(nl.value()).isEqualByComparingTo("17942942");
        assertThat(nl.missing()).isNull();
        assertThat(nl.provisional()).isFalse();
        assertThat(nl.at().file()).isEqualTo(PAGE);
        assertThat(nl.at().column()).isEqualTo("Value");
        assertThat(find(result, "M000365", "GM0153", "2024JJ00").value()).isEqualByComparingTo("162027.5");
        assertThat(result.observations().stream().filter(o -> o.period().equals("2024JJ00"))
                .map(RawObservation::areaCode)).containsAll(TWENTE);
    }

    @Test
    void keepsCbsMissingValueAttributesAsNoFigureNeverZero() {
        Result result = read(reader, new DirectoryFiles(shared("cbs/odata4/03759ned")));

        List<RawObservation> missing = result.observations().stream().filter(o -> o.value() == null).toList();
        assertThat(missing).hasSize(8_165).allSatisfy(o -> assertThat(o.missing()).isEqualTo("Impossible"));
        // the average population of 2026 does not exist yet (the year is not over)
        RawObservation average2026 = find(result, "M000365", "NL01", "2026JJ00");
        assertThat(average2026.value()).isNull();
        assertThat(average2026.missing()).isEqualTo("Impossible");
    }

    @Test
    void readsTheHousePriceTableWithTheTableIdLowerCased() {
        Result result = read(reader, new DirectoryFiles(shared("cbs/odata4/83625NED")));

        assertThat(result.problemList()).isEmpty();
        assertThat(result.observations()).hasSize(8_195);
        assertThat(result.observations()).allSatisfy(o -> assertThat(o.dataset()).isEqualTo("83625ned"));
        assertThat(find(result, "M001534", "GM0153", "2024JJ00").value()).isEqualByComparingTo("345393");
        assertThat(result.observations().stream().filter(o -> o.value() == null)).hasSize(4_023);
    }

    /** The house-price table with its page replaced by {@code rows} (JSON objects) and files changed or dropped. */
    private static Map<String, byte[]> housePrices(String... rows) {
        Map<String, byte[]> files = directory("cbs/odata4/83625NED");
        files.put(PAGE, ("{\"value\":[" + String.join(",", rows) + "]}").getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String row(String measure, String attribute, String value, String region, String period) {
        return "{\"Id\":1,\"Measure\":\"" + measure + "\",\"ValueAttribute\":\"" + attribute + "\",\"Value\":" + value
                + ",\"StringValue\":null,\"RegioS\":\"" + region + "\",\"Perioden\":\"" + period + "\"}";
    }

    private Result readHousePrices(Map<String, byte[]> files) {
        return read(reader, new InMemoryFiles("83625NED", files));
    }

    @Test
    void trimsCodesAndReadsNullAsNoFigure() {
        Result result = readHousePrices(housePrices(row("M001534 ", "None", "345393", " GM0153  ", "2024JJ00"),
                row("M001534", "None", "null", "GM0153", "2023JJ00"),
                row("M001534", "Confidential", "12", "GM0153", "2022JJ00")));

        assertThat(result.problemList()).isEmpty();
        assertThat(result.observations()).extracting(RawObservation::areaCode, RawObservation::period,
                RawObservation::value, RawObservation::missing).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GM0153", "2024JJ00", new BigDecimal("345393"), null),
                        org.assertj.core.groups.Tuple.tuple("GM0153", "2023JJ00", null, "NoValue"),
                        org.assertj.core.groups.Tuple.tuple("GM0153", "2022JJ00", null, "Confidential"));
        assertThat(result.observations().getFirst().at()).isEqualTo(new Locator(PAGE, 1, "Value"));
    }

    @Test
    void refusesAMeasureThatIsNotInTheMeasureCodesNamingRowAndColumn() {
        Result result = readHousePrices(housePrices(row("M001534", "None", "1", "GM0153", "2024JJ00"),
                row("M999999", "None", "2", "GM0153", "2024JJ00")));

        assertThat(result.problemList()).singleElement().satisfies(p -> {
            assertThat(p.at()).isEqualTo(new Locator(PAGE, 2, "Measure"));
            assertThat(p.key()).isEqualTo("odata.unknownMeasure");
            assertThat(p.message()).contains("M999999");
        });
    }

    @Test
    void refusesARegionOrPeriodCodeThatIsNotInItsCodesFile() {
        Result result = readHousePrices(housePrices(row("M001534", "None", "1", "GM9999", "2024JJ00"),
                row("M001534", "None", "1", "GM0153", "2024XX00")));

        assertThat(result.problemList()).extracting(ImportProblem::at, ImportProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new Locator(PAGE, 1, "RegioS"), "odata.unknownCode"),
                org.assertj.core.groups.Tuple.tuple(new Locator(PAGE, 2, "Perioden"), "odata.unknownCode"));
    }

    @Test
    void refusesAValueOfTheWrongType() {
        Result result = readHousePrices(housePrices(row("M001534", "None", "\"12a\"", "GM0153", "2024JJ00")));

        assertThat(result.problemList()).singleElement().satisfies(p -> {
            assertThat(p.at()).isEqualTo(new Locator(PAGE, 1, "Value"));
            assertThat(p.key()).isEqualTo("json.type");
        });
        assertThat(result.observations()).isEmpty();
    }

    @Test
    void refusesTruncatedJsonNamingTheRowAndPropertyItBreaksOffIn() {
        Map<String, byte[]> files = directory("cbs/odata4/83625NED");
        byte[] page = files.get(PAGE);
        String text = new String(page, StandardCharsets.UTF_8);
        int cut = text.indexOf("\"RegioS\"", text.indexOf("\"Id\": 22,")) + 12;
        files.put(PAGE, Arrays.copyOf(page, cut));

        Result result = readHousePrices(files);

        assertThat(result.problemList()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("json.malformed");
            assertThat(p.at()).isEqualTo(new Locator(PAGE, 3, "RegioS"));
            assertThat(p.message()).contains("line");
        });
        assertThat(result.observations()).hasSize(2);
    }

    @Test
    void refusesAnUploadWithoutMeasureCodesOrObservations() {
        Map<String, byte[]> files = directory("cbs/odata4/83625NED");
        files.remove("measure-codes.json");
        files.remove(PAGE);

        Result result = readHousePrices(files);

        assertThat(result.problemList()).extracting(ImportProblem::at).containsExactlyInAnyOrder(
                Locator.file("measure-codes.json"), Locator.file(PAGE));
        assertThat(result.observations()).isEmpty();
    }

    @Test
    void refusesAMissingCodesFileOfADimension() {
        Map<String, byte[]> files = directory("cbs/odata4/03759ned");
        files.remove("codes-Leeftijd.json");

        Result result = read(reader, new InMemoryFiles("03759ned", files));

        assertThat(result.problemList()).extracting(ImportProblem::at)
                .containsExactly(Locator.file("codes-Leeftijd.json"));
        assertThat(result.observations()).isEmpty();
    }

    @Test
    void readsOtherDimensionsAtTheirTotalOrAtTheCodeTheOptionsName() {
        Map<String, byte[]> files = directory("cbs/odata4/03759ned");
        String men = "{\"Measure\":\"M000352\",\"ValueAttribute\":\"None\",\"Value\":%s,\"BurgerlijkeStaat\":\"T001019\","
                + "\"Geslacht\":\"%s\",\"Leeftijd\":\"10000\",\"RegioS\":\"NL01\",\"Perioden\":\"2024JJ00\"}";
        files.put(PAGE, ("{\"value\":[" + men.formatted("17942942", "T001038") + "," + men.formatted("8900000", "3000")
                + "]}").getBytes(StandardCharsets.UTF_8));
        files.remove("index.json"); // the totals come from the codes files, not from the download's slice

        Result totals = read(reader, new InMemoryFiles("03759ned", files));
        Result mapped = read(new CbsOdata4Reader(ImportOptions.of(null, List.of("Geslacht = 3000"))),
                new InMemoryFiles("03759ned", files));
        Result unknown = read(new CbsOdata4Reader(ImportOptions.of(null, List.of("Geslacht=5000"))),
                new InMemoryFiles("03759ned", files));

        assertThat(totals.problemList()).isEmpty();
        assertThat(totals.observations()).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("17942942"));
        assertThat(mapped.problemList()).isEmpty();
        assertThat(mapped.observations()).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("8900000"));
        assertThat(unknown.problemList()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("odata.unknownCode");
            assertThat(p.at()).isEqualTo(new Locator("codes-Geslacht.json", 0, "Geslacht"));
        });
    }

    @Test
    void marksFiguresOfAProvisionalPeriodProvisional() {
        Map<String, byte[]> files = housePrices(row("M001534", "None", "1", "GM0153", "2024JJ00"),
                row("M001534", "None", "2", "GM0153", "2025JJ00"));
        String periods = new String(files.get("codes-Perioden.json"), StandardCharsets.UTF_8);
        int at = periods.indexOf("\"Status\"", periods.indexOf("\"2025JJ00\""));
        periods = periods.substring(0, at) + "\"Status\": \"Voorlopig\""
                + periods.substring(periods.indexOf('\n', at) - (periods.charAt(periods.indexOf('\n', at) - 1) == '\r' ? 1 : 0));
        files.put("codes-Perioden.json", periods.getBytes(StandardCharsets.UTF_8));

        Result result = readHousePrices(files);

        assertThat(result.problemList()).isEmpty();
        assertThat(result.observations()).extracting(RawObservation::period, RawObservation::provisional)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2024JJ00", false),
                        org.assertj.core.groups.Tuple.tuple("2025JJ00", true));
    }
}
