package org.regiomonitor.shared.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables as Excel (fastexcel) and CSV (FastCSV), the one way every download of the product is made.
 * <ul>
 * <li>Excel: one sheet per table with a bold, frozen header row and a filter on it; numbers as number cells, dates as
 * date cells (yyyy-mm-dd), text as text; a last sheet with the notes.</li>
 * <li>CSV: UTF-8 with a byte order mark (without it Excel reads UTF-8 as Windows-1252 and shows "CoÃ¶peratie" for
 * "Coöperatie"), fields separated by {@code ;} (the list separator of Dutch and German
 * Excel, which would otherwise put the whole line in one cell; a tool reads it with {@code sep=';'}), lines ending in
 * CR LF (RFC 4180), quotes only where needed, numbers with a decimal point and no grouping (1234.5), dates ISO 8601;
 * after the table the notes as comment lines starting with {@code #}, which CSV readers skip when told to
 * (FastCSV {@code CommentStrategy.SKIP}, pandas {@code comment='#'}).</li>
 * </ul>
 * Text in both goes through {@link FormulaEscaping}. An empty cell is a missing value, never zero. Rows are written
 * as they are read ({@link Rows}), so a long table streams to the client in bounded memory.
 */
public final class TableWriter {

    /** The field separator of CSV downloads. */
    public static final char SEPARATOR = ';';
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    /** Rows an Excel sheet keeps in memory before it writes them to the stream. */
    static final int FLUSH_ROWS = 1000;

    private TableWriter() {
    }

    /** The export as an Excel workbook: its tables, then the notes (a sheet stops at Excel's last row). */
    public static void xlsx(Export export, OutputStream out) throws IOException {
        xlsx(export, Worksheet.MAX_ROWS, cut -> concat(export.notes(), export.notesAfterRows().get()), out);
    }

    /**
     * The export as an Excel workbook: its tables, each written as its rows are read and flushed to the stream every
     * {@link #FLUSH_ROWS} rows (memory stays bounded however long the table), then the notes. A sheet holds at
     * most {@code maxRows} rows with its header (Excel's limit); the rest of its rows is not read. {@code notes}
     * gives the notes once the tables are written, told the names of the sheets that stopped there.
     */
    static void xlsx(Export export, int maxRows, Function<List<String>, List<Note>> notes, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Regiomonitor", "1.0");
        List<String> names = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        for (Table table : export.tables()) {
            String name = sheetName(table.name(), names);
            Worksheet sheet = workbook.newWorksheet(name);
            if (!writeTable(sheet, table, maxRows)) {
                cut.add(name);
            }
            sheet.finish();
        }
        Worksheet sheet = workbook.newWorksheet(sheetName(export.notesSheet(), names));
        int row = 0;
        for (Note note : notes.apply(cut)) {
            sheet.value(row, 0, FormulaEscaping.cell(note.label()));
            sheet.style(row, 0).bold().set();
            sheet.value(row, 1, FormulaEscaping.cell(note.text()));
            row++;
        }
        sheet.width(0, 24);
        sheet.width(1, 120);
        sheet.finish();
        workbook.finish();
    }

    /** Writes the header and the rows; false when the rows did not fit in {@code maxRows}. */
    private static boolean writeTable(Worksheet sheet, Table table, int maxRows) throws IOException {
        List<Column> columns = table.columns();
        // the header, widths and frozen row are written with the first flush, so they come first
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, FormulaEscaping.cell(columns.get(c).header()));
            sheet.style(0, c).bold().set();
            sheet.width(c, Math.min(50, Math.max(10, columns.get(c).header().length() + 2)));
        }
        sheet.freezePane(0, 1);
        int[] next = {1};
        boolean[] complete = {true};
        table.rows().forEach(row -> {
            if (next[0] >= maxRows) {
                complete[0] = false;
                return false;
            }
            writeRow(sheet, next[0], columns, Table.check(columns.size(), row));
            if (++next[0] % FLUSH_ROWS == 0) {
                sheet.flush();
            }
            return true;
        });
        sheet.setAutoFilter(0, 0, Math.max(0, next[0] - 1), columns.size() - 1);
        return complete[0];
    }

    private static void writeRow(Worksheet sheet, int r, List<Column> columns, List<Object> row) {
        for (int c = 0; c < columns.size(); c++) {
            Object value = row.get(c);
            if (value == null) {
                continue;
            }
            switch (columns.get(c).type()) {
                case NUMBER -> sheet.value(r, c, plain((Number) value));
                case DATE -> {
                    sheet.value(r, c, (LocalDate) value);
                    sheet.style(r, c).format(DATE_FORMAT).set();
                }
                case TEXT -> sheet.value(r, c, FormulaEscaping.cell(value.toString()));
            }
        }
    }

    private static List<Note> concat(List<Note> first, List<Note> second) {
        List<Note> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * One table as CSV, then the notes. The table's header is the first line, so a tool reads it with the header
     * and the comment lines skipped.
     */
    public static void csv(Table table, List<Note> notes, OutputStream out) throws IOException {
        csv(table, () -> notes, out);
    }

    /** One table as CSV, each row written as it is read, then the notes, asked for once the rows are written. */
    public static void csv(Table table, Supplier<List<Note>> notes, OutputStream out) throws IOException {
        out.write(BOM);
        CsvWriter csv = CsvWriter.builder().fieldSeparator(SEPARATOR).lineDelimiter(LineDelimiter.CRLF)
                .build(out, StandardCharsets.UTF_8);
        List<Column> columns = table.columns();
        csv.writeRecord(columns.stream().map(c -> FormulaEscaping.cell(c.header())).toList());
        table.rows().forEach(row -> {
            Table.check(columns.size(), row);
            List<String> fields = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                fields.add(csvField(columns.get(c).type(), row.get(c)));
            }
            csv.writeRecord(fields);
            return true;
        });
        for (Note note : notes.get()) {
            csv.writeComment(FormulaEscaping.commentLine(" " + note.label() + ": " + note.text(), SEPARATOR));
        }
        csv.flush(); // not closed: the caller owns the stream
    }

    private static String csvField(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case NUMBER -> plain((Number) value).toPlainString();
            case DATE -> value.toString();
            case TEXT -> FormulaEscaping.cell(value.toString());
        };
    }

    /** A number without trailing zeros or exponent: 50.000000 (numeric(20, 6)) is 50, 1E+3 is 1000. */
    private static BigDecimal plain(Number n) {
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        return new BigDecimal(d.stripTrailingZeros().toPlainString());
    }

    /**
     * A valid, unique sheet name: Excel allows 31 characters and none of {@code []:*?/\}; a name used before gets a
     * number.
     */
    static String sheetName(String wanted, List<String> used) {
        String base = org.regiomonitor.shared.Text.strip(wanted.replaceAll("[\\[\\]:*?/\\\\]", " "));
        if (base.isEmpty()) {
            base = "Sheet";
        }
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " " + i;
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        used.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }
}
