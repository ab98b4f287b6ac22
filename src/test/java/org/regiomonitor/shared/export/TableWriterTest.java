package org.regiomonitor.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The one way downloads are written: typed Excel cells, CSV that Excel and tools read, no formula ever runs. */
class TableWriterTest {

    private static final List<String> RISKY = List.of("=HYPERLINK(\"http://evil.example\",\"klik\")", "+31 6 1234",
            "-2+3", "@SUM(A1:A2)", "\tstart", "\rstart");

    private static Table table() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("Coöperatie Enschede", new BigDecimal("50.000000"), LocalDate.of(2024, 6, 30)));
        rows.add(Arrays.asList("nul", new BigDecimal("1234.5"), null));
        rows.add(Arrays.asList(null, null, LocalDate.of(2025, 1, 1)));
        RISKY.forEach(t -> rows.add(Arrays.asList(t, 7L, null)));
        return new Table("Rapportages", List.of(Column.text("Naam"), Column.number("Waarde"), Column.date("Datum")), rows);
    }

    private static final List<Note> NOTES = List.of(new Note("Bron", "Jaarverslag; =cmd|' /C calc'!A0"),
            new Note("Regel", "Som van\nde perioden"));

    @Test
    void riskyTextGetsAnApostropheAndNothingElseDoes() {
        RISKY.forEach(t -> assertThat(FormulaEscaping.cell(t)).isEqualTo("'" + t));
        assertThat(FormulaEscaping.cell("meer dan 50")).isEqualTo("meer dan 50");
        assertThat(FormulaEscaping.cell("50 = veel")).isEqualTo("50 = veel");
        assertThat(FormulaEscaping.cell("")).isEmpty();
        assertThat(FormulaEscaping.cell(null)).isNull();
    }

    @Test
    void excelHasTypedCellsAHeaderEscapedTextAndTheNotes() throws IOException {
        var out = new ByteArrayOutputStream();
        TableWriter.xlsx(new Export(List.of(table()), "Toelichting", NOTES), out);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Rapportages");
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Naam");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Datum");

            Row first = rows.get(1);
            assertThat(first.getCellText(0)).isEqualTo("Coöperatie Enschede");
            assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(1).asNumber()).isEqualByComparingTo("50");
            assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCellAsDate(2)).hasValue(LocalDate.of(2024, 6, 30).atStartOfDay());
            assertThat(first.getCell(2).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(rows.get(2).getCell(1).asNumber()).isEqualByComparingTo("1234.5");

            Row empty = rows.get(3);
            assertThat(empty.getOptionalCell(0).map(c -> c.getType()).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
            assertThat(empty.getOptionalCell(1).map(c -> c.getType()).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);

            for (int i = 0; i < RISKY.size(); i++) {
                var cell = rows.get(4 + i).getCell(0);
                assertThat(cell.getType()).isEqualTo(CellType.STRING);
                assertThat(cell.getFormula()).isNull();
                assertThat(cell.asString()).isEqualTo("'" + RISKY.get(i));
            }

            List<Row> notes = workbook.getSheet(1).orElseThrow().read();
            assertThat(workbook.getSheet(1).orElseThrow().getName()).isEqualTo("Toelichting");
            assertThat(notes.get(0).getCellText(0)).isEqualTo("Bron");
            assertThat(notes.get(0).getCellText(1)).isEqualTo("Jaarverslag; =cmd|' /C calc'!A0");
        }
    }

    @Test
    void csvIsUtf8WithBomSemicolonsPlainNumbersIsoDatesEscapedTextAndTrailingNotes() throws IOException {
        var out = new ByteArrayOutputStream();
        TableWriter.csv(table(), NOTES, out);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").contains("Coöperatie Enschede;50;2024-06-30\r\n").contains("nul;1234.5;\r\n")
                .contains(";;2025-01-01\r\n");

        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';')
                .commentStrategy(CommentStrategy.SKIP).detectBomHeader(true).ofCsvRecord(new ByteArrayInputStream(bytes))) {
            reader.forEach(records::add);
        }
        assertThat(records.get(0).getFields()).containsExactly("Naam", "Waarde", "Datum");
        assertThat(records).hasSize(1 + 3 + RISKY.size());
        for (int i = 0; i < RISKY.size(); i++) {
            assertThat(records.get(4 + i).getField(0)).isEqualTo("'" + RISKY.get(i));
            assertThat(records.get(4 + i).getField(1)).isEqualTo("7");
        }

        // the notes are comment lines, one cell each as a spreadsheet would split them: no cell starts a formula
        List<String> lines = text.lines().filter(l -> l.startsWith("#")).toList();
        assertThat(lines).containsExactly("# Bron: Jaarverslag, =cmd|' /C calc'!A0", "# Regel: Som van de perioden");
        try (CsvReader<CsvRecord> asSpreadsheet = CsvReader.builder().fieldSeparator(';')
                .commentStrategy(CommentStrategy.NONE).detectBomHeader(true).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(new ByteArrayInputStream(bytes))) {
            asSpreadsheet.forEach(r -> r.getFields().forEach(f -> assertThat(FormulaEscaping.risky(f))
                    .as("cell %s", f).isFalse()));
        }
    }

    /** Rows handed over one by one, counting how many were asked for. */
    private static Rows counted(int count, int[] handedOver) {
        return sink -> {
            for (int i = 0; i < count; i++) {
                handedOver[0]++;
                if (!sink.accept(Rows.row("rij " + i, i, LocalDate.of(2024, 1, 1).plusDays(i % 365)))) {
                    return;
                }
            }
        };
    }

    @Test
    void aLongTableIsWrittenAsItsRowsComeAndAnExcelSheetStopsAtItsLastRowWithANote() throws IOException {
        List<Column> columns = List.of(Column.text("Naam"), Column.number("Waarde"), Column.date("Datum"));
        int[] handedOver = {0};
        // more rows than one flush holds, and more than this sheet may take (its header and 2,500 rows)
        Table table = new Table("Veel", columns, counted(5 * TableWriter.FLUSH_ROWS, handedOver));
        var out = new ByteArrayOutputStream();
        TableWriter.xlsx(new Export(List.of(table), "Toelichting", NOTES), 2501,
                cut -> List.of(new Note("Afgekapt", String.join(", ", cut))), out);
        // the row that did not fit was the last one read
        assertThat(handedOver[0]).isEqualTo(2501);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2501);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("rij 0");
            assertThat(rows.get(1500).getCell(1).asNumber()).isEqualByComparingTo("1499");
            assertThat(rows.get(2500).getCellText(0)).isEqualTo("rij 2499");
            assertThat(rows.get(2500).getCellAsDate(2)).isPresent();
            List<Row> notes = workbook.getSheet(1).orElseThrow().read();
            assertThat(notes).extracting(r -> r.getCellText(0) + ": " + r.getCellText(1)).containsExactly("Afgekapt: Veel");
        }

        handedOver[0] = 0;
        var csv = new ByteArrayOutputStream();
        TableWriter.csv(table, () -> List.of(new Note("Rijen", String.valueOf(handedOver[0]))), csv);
        String text = new String(csv.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text.lines().filter(l -> l.startsWith("rij ")).count()).isEqualTo(5 * TableWriter.FLUSH_ROWS);
        // notes asked for after the rows can say what the rows held
        assertThat(text).endsWith("# Rijen: " + 5 * TableWriter.FLUSH_ROWS + "\r\n");
    }

    @Test
    void aStreamedRowOfTheWrongWidthAndACursorOutsideATransactionAreRefused() {
        Table table = new Table("t", List.of(Column.text("a")), sink -> sink.accept(List.of("a", "b")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TableWriter.csv(table, List.of(),
                new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class);
        // PostgreSQL streams a cursor only in a transaction: without one the download would read every row at once
        Rows query = Rows.query(org.jooq.impl.DSL.using(org.jooq.SQLDialect.POSTGRES).selectOne(), r -> Rows.row(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> query.forEach(row -> true))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sheetNamesAreValidAndUnique() {
        List<String> used = new ArrayList<>();
        assertThat(TableWriter.sheetName("Totalen: 2024/2025 [v1]", used)).isEqualTo("Totalen  2024 2025  v1");
        assertThat(TableWriter.sheetName("Totalen  2024 2025  v1", used)).isEqualTo("Totalen  2024 2025  v1 2");
        assertThat(TableWriter.sheetName("x".repeat(40), used)).hasSize(31);
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Table("t", List.of(Column.text("a")),
                List.of(List.of("a", "b")))).isInstanceOf(IllegalArgumentException.class);
    }
}
