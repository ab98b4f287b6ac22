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
 * Text in both goes through {@link FormulaEscaping}. An empty cell is a missing value, never zero.
 */
public final class TableWriter {

    /** The field separator of CSV downloads. */
    public static final char SEPARATOR = ';';
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private TableWriter() {
    }

    /** The export as an Excel workbook: its tables, then the notes. */
    public static void xlsx(Export export, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Regiomonitor", "1.0");
        List<String> names = new ArrayList<>();
        for (Table table : export.tables()) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table.name(), names));
            writeTable(sheet, table);
            sheet.finish();
        }
        Worksheet notes = workbook.newWorksheet(sheetName(export.notesSheet(), names));
        int row = 0;
        for (Note note : export.notes()) {
            notes.value(row, 0, FormulaEscaping.cell(note.label()));
            notes.style(row, 0).bold().set();
            notes.value(row, 1, FormulaEscaping.cell(note.text()));
            row++;
        }
        notes.width(0, 24);
        notes.width(1, 120);
        notes.finish();
        workbook.finish();
    }

    private static void writeTable(Worksheet sheet, Table table) {
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, FormulaEscaping.cell(columns.get(c).header()));
            sheet.style(0, c).bold().set();
            sheet.width(c, Math.min(50, Math.max(10, columns.get(c).header().length() + 2)));
        }
        int r = 1;
        for (List<Object> row : table.rows()) {
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
            r++;
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, Math.max(0, r - 1), columns.size() - 1);
    }

    /**
     * One table as CSV, then the notes. The table's header is the first line, so a tool reads it with the header
     * and the comment lines skipped.
     */
    public static void csv(Table table, List<Note> notes, OutputStream out) throws IOException {
        out.write(BOM);
        CsvWriter csv = CsvWriter.builder().fieldSeparator(SEPARATOR).lineDelimiter(LineDelimiter.CRLF)
                .build(out, StandardCharsets.UTF_8);
        csv.writeRecord(table.columns().stream().map(c -> FormulaEscaping.cell(c.header())).toList());
        for (List<Object> row : table.rows()) {
            List<String> fields = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                fields.add(csvField(table.columns().get(c).type(), row.get(c)));
            }
            csv.writeRecord(fields);
        }
        for (Note note : notes) {
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
