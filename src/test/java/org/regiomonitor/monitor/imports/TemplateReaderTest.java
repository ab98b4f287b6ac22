package org.regiomonitor.monitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.regiomonitor.monitor.imports.ImportTestFiles.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regiomonitor.monitor.imports.ImportTestFiles.Result;

class TemplateReaderTest {

    private static final String FILE = "figures.csv";
    private final TemplateReader reader = new TemplateReader();

    @Test
    void readsTheDownloadableCsvAndExcelTemplatesAlike() {
        Result csv = read(reader, SingleFile.of(TemplateExamples.CSV));
        Result xlsx = read(reader, SingleFile.of(TemplateExamples.XLSX));

        assertThat(csv.problemList()).isEmpty();
        assertThat(xlsx.problemList()).isEmpty();
        Function<RawObservation, Object> value = o -> o.value() == null ? null : o.value().stripTrailingZeros();
        assertThat(csv.observations()).hasSize(5).extracting(RawObservation::dataset, RawObservation::measure,
                RawObservation::areaSystem, RawObservation::areaCode, RawObservation::period).first()
                .isEqualTo(tuple("template", "POPULATION", AreaCodeSystem.AREA, "CR12", "2024"));
        assertThat(csv.observations().getFirst().value()).isEqualByComparingTo("641000");
        assertThat(csv.observations().getFirst().note()).startsWith("NPVR Plan voor de Regio");
        assertThat(csv.observations().getLast().value()).isNull();
        assertThat(csv.observations().getLast().missing()).isEqualTo("empty");
        assertThat(xlsx.observations()).extracting(RawObservation::measure, RawObservation::areaCode,
                RawObservation::period, value::apply, RawObservation::provisional, RawObservation::missing,
                RawObservation::note).containsExactlyElementsOf(csv.observations().stream()
                        .map(o -> tuple(o.measure(), o.areaCode(), o.period(), value.apply(o), o.provisional(),
                                o.missing(), o.note()))
                        .toList());
        assertThat(xlsx.observations().getFirst().at()).isEqualTo(new Locator("regiomonitor-template.xlsx", 2, "value"));
    }

    @Test
    void detectsTheSeparatorAndReadsBomDecimalCommaAndStatus() {
        Result comma = read(reader, FILE, "\uFEFFIndicator,Area,Period,Value,Status,Source\r\n"
                + "UNEMPLOYMENT_RATE,CR12,2019KW04,\"3,4\",Provisional,\"Voortgangsrapportage, mei 2020\"\r\n");
        Result semicolon = read(reader, FILE, "area;indicator;value;period\nGM0153;POPULATION;161738;2024\n");

        assertThat(comma.problemList()).isEmpty();
        assertThat(comma.observations()).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualByComparingTo("3.4");
            assertThat(o.provisional()).isTrue();
            assertThat(o.note()).isEqualTo("Voortgangsrapportage, mei 2020");
            assertThat(o.at()).isEqualTo(new Locator(FILE, 2, "value"));
        });
        assertThat(semicolon.problemList()).isEmpty();
        assertThat(semicolon.observations()).singleElement().satisfies(o -> {
            assertThat(o.areaCode()).isEqualTo("GM0153");
            assertThat(o.value()).isEqualByComparingTo("161738");
            assertThat(o.provisional()).isFalse();
            assertThat(o.note()).isNull();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3.4|3.4", "3,4|3.4", "-0,125|-0.125", "1234567|1234567",
        "1.234.567|1234567", "1,234,567|1234567", "1.234,5|1234.5", "1,234.5|1234.5", "1234.567|1234.567",
        "0.125|0.125", "+7|7"})
    void acceptsDecimalsAndUnambiguousThousands(String text, String expected) {
        assertThat(Decimals.template(text).value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.234", "12,500", "1.23.4", "1,234,5", "1.234.5", "12a", "1 234", "3,4%",
        "1e5", ".5", "5.", "--1", "1.234,5.6"})
    void refusesNonNumbersAndAmbiguousThousands(String text) {
        Decimals.Parsed parsed = Decimals.template(text);
        assertThat(parsed.value()).isNull();
        assertThat(parsed.refusal()).isNotBlank();
    }

    @Test
    void refusesAWrongHeaderNamingTheColumn() {
        Result unknown = read(reader, FILE, "indicator;area;period;value;remark\nPOPULATION;CR12;2024;1;x\n");
        Result missing = read(reader, FILE, "indicator;area;period;status\nPOPULATION;CR12;2024;definitive\n");

        assertThat(unknown.problemList()).singleElement().satisfies(p -> {
            assertThat(p.at()).isEqualTo(new Locator(FILE, 1, "remark"));
            assertThat(p.key()).isEqualTo("template.header");
        });
        assertThat(missing.problemList()).extracting(ImportProblem::at).containsExactly(new Locator(FILE, 1, "value"));
        assertThat(unknown.observations()).isEmpty();
    }

    @Test
    void refusesANonNumericValueAnEmptyCodeAndAnUnknownStatusNamingRowAndColumn() {
        Result result = read(reader, FILE, "indicator;area;period;value;status;source\n"
                + "POPULATION;CR12;2024;12a;;\n"
                + "POPULATION;;2024;1;;\n"
                + "POPULATION;CR12;2024;1.234;;\n"
                + "POPULATION;CR12;2024;1;maybe;\n");

        assertThat(result.problemList()).extracting(ImportProblem::at, ImportProblem::key).containsExactly(
                tuple(new Locator(FILE, 2, "value"), "value.notNumeric"),
                tuple(new Locator(FILE, 3, "area"), "code.empty"),
                tuple(new Locator(FILE, 4, "value"), "value.notNumeric"),
                tuple(new Locator(FILE, 5, "status"), "template.status"));
        assertThat(result.problemList().get(2).message()).contains("ambiguous");
        assertThat(result.observations()).isEmpty();
    }

    @Test
    void readsExcelNumbersAsNumbersAndRefusesTextThatIsNone() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("figures");
        String[] header = {"indicator", "area", "period", "value"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        sheet.value(1, 0, "UNEMPLOYMENT_RATE");
        sheet.value(1, 1, "CR12");
        sheet.value(1, 2, 2019);
        sheet.value(1, 3, 1.234); // a number cell: no separator to be ambiguous about
        sheet.value(2, 0, "UNEMPLOYMENT_RATE");
        sheet.value(2, 1, "CR12");
        sheet.value(2, 2, 2020);
        sheet.value(2, 3, "n.v.t.");
        workbook.finish();

        Result result = read(reader, SingleFile.of("figures.xlsx", bytes.toByteArray()));

        assertThat(result.observations()).singleElement().satisfies(o -> {
            assertThat(o.period()).isEqualTo("2019");
            assertThat(o.value()).isEqualByComparingTo("1.234");
        });
        assertThat(result.problemList()).singleElement()
                .satisfies(p -> assertThat(p.at()).isEqualTo(new Locator("figures.xlsx", 3, "value")));
    }

    @Test
    void refusesADamagedWorkbookAndAnOldExcelFile() {
        Result damaged = read(reader, SingleFile.of("figures.xlsx", "PK\u0003\u0004 not really".getBytes()));
        Result old = read(reader, SingleFile.of("figures.xls", new byte[] {1, 2, 3}));

        assertThat(damaged.problemList()).extracting(ImportProblem::key).containsExactly("xlsx.unreadable");
        assertThat(old.problemList()).extracting(ImportProblem::key).containsExactly("template.fileType");
    }
}
