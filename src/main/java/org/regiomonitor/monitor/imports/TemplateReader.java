package org.regiomonitor.monitor.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.stereotype.Component;

/**
 * Regiomonitor's generic long template (docs/monitor-imports.md, downloadable from /templates/): one figure per row,
 * columns {@code indicator, area, period, value, status, source} in any order (names case-insensitive;
 * {@code status} and {@code source} may be left out). CSV with {@code ;} or {@code ,} (whichever the header uses),
 * UTF-8 with or without BOM; or the first sheet of an .xlsx. Values follow {@link Decimals#template}; an empty value
 * is "no figure"; status is {@code provisional} or {@code definitive} (also Dutch {@code voorlopig},
 * {@code definitief}; empty = definitive); source is a free-text note kept with the figure.
 */
@Component
public final class TemplateReader implements ObservationReader {

    public static final String DATASET = "template";
    static final List<String> COLUMNS = List.of("indicator", "area", "period", "value", "status", "source");
    private static final int INDICATOR = 0;
    private static final int AREA = 1;
    private static final int PERIOD = 2;
    private static final int VALUE = 3;
    private static final int STATUS = 4;
    private static final int SOURCE = 5;
    private static final int HEADER_PEEK = 64 * 1024;

    @Override
    public ImportFormat format() {
        return ImportFormat.TEMPLATE;
    }

    @Override
    public void read(ImportFiles files, Consumer<RawObservation> sink, ImportProblems problems) throws IOException {
        List<String> names = files.names();
        if (names.isEmpty()) {
            problems.add(Locator.file(files.label()), "file.missing", "No CSV or Excel file in the upload", "csv");
        }
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx")) {
                readExcel(files, name, sink, problems);
            } else if (lower.endsWith(".xls") || lower.endsWith(".ods")) {
                problems.add(Locator.file(name), "template.fileType",
                        "Only .xlsx and .csv are read; save the sheet as .xlsx or .csv", name);
            } else {
                readCsv(files, name, sink, problems);
            }
        }
    }

    /** One row's cells, from a CSV record or a sheet row. */
    private interface Cells {
        int count();

        String text(int index);

        /** The number an Excel number cell holds; null for text. */
        BigDecimal number(int index);
    }

    /** Maps the header to the template's columns: index per template column, -1 when absent; null when refused. */
    private static int[] header(Cells header, String file, ImportProblems problems) {
        int[] at = new int[COLUMNS.size()];
        Arrays.fill(at, -1);
        for (int c = 0; c < header.count(); c++) {
            String name = header.text(c).strip().toLowerCase(Locale.ROOT);
            int known = COLUMNS.indexOf(name);
            if (known < 0) {
                if (name.isEmpty() && c == header.count() - 1) {
                    continue; // a trailing separator
                }
                problems.add(new Locator(file, 1, header.text(c)), "template.header", "Unknown column '"
                        + header.text(c) + "'; the template's columns are " + String.join(", ", COLUMNS),
                        header.text(c));
                return null;
            }
            if (at[known] >= 0) {
                problems.add(new Locator(file, 1, name), "template.header", "The column " + name + " appears twice",
                        name);
                return null;
            }
            at[known] = c;
        }
        for (int k = 0; k <= VALUE; k++) {
            if (at[k] < 0) {
                problems.add(new Locator(file, 1, COLUMNS.get(k)), "template.header", "The header has no column "
                        + COLUMNS.get(k) + "; the template's columns are " + String.join(", ", COLUMNS),
                        COLUMNS.get(k));
                return null;
            }
        }
        return at;
    }

    private static void row(int[] at, Cells cells, String file, long row, Consumer<RawObservation> sink,
            ImportProblems problems) {
        String[] text = new String[COLUMNS.size()];
        for (int k = 0; k < text.length; k++) {
            text[k] = at[k] >= 0 && at[k] < cells.count() ? cells.text(at[k]).strip() : "";
        }
        if (String.join("", text).isEmpty()) {
            return; // an empty line or sheet row
        }
        boolean ok = true;
        for (int k = 0; k < VALUE; k++) {
            if (text[k].isEmpty()) {
                problems.add(new Locator(file, row, COLUMNS.get(k)), "code.empty", "The " + COLUMNS.get(k)
                        + " is empty", COLUMNS.get(k));
                ok = false;
            }
        }
        Locator valueAt = new Locator(file, row, COLUMNS.get(VALUE));
        BigDecimal value = at[VALUE] < cells.count() ? cells.number(at[VALUE]) : null;
        if (value != null && !Decimals.inRange(value)) {
            problems.add(valueAt, "value.outOfRange", "The value " + value + " is out of range", value.toString());
            return;
        }
        if (value == null && !text[VALUE].isEmpty()) {
            Decimals.Parsed parsed = Decimals.template(text[VALUE]);
            if (parsed.value() == null) {
                problems.add(valueAt, "value.notNumeric", "'" + text[VALUE] + "' is not a number: " + parsed.refusal(),
                        text[VALUE], parsed.refusal());
                ok = false;
            }
            value = parsed.value();
        }
        boolean provisional = switch (text[STATUS].toLowerCase(Locale.ROOT)) {
            case "", "definitive", "definitief", "final" -> false;
            case "provisional", "voorlopig" -> true;
            default -> {
                problems.add(new Locator(file, row, COLUMNS.get(STATUS)), "template.status", "'" + text[STATUS]
                        + "' is not a status; write provisional, definitive or leave it empty", text[STATUS]);
                ok = false;
                yield false;
            }
        };
        if (ok) {
            sink.accept(new RawObservation(DATASET, text[INDICATOR], AreaCodeSystem.AREA, text[AREA], text[PERIOD],
                    value, provisional, value == null ? "empty" : null, valueAt,
                    text[SOURCE].isEmpty() ? null : text[SOURCE]));
        }
    }

    private void readCsv(ImportFiles files, String file, Consumer<RawObservation> sink, ImportProblems problems)
            throws IOException {
        int[][] at = {null};
        boolean[] header = {false};
        try (InputStream raw = files.open(file); BufferedInputStream in = new BufferedInputStream(raw, HEADER_PEEK)) {
            char separator = separator(in);
            CsvInput.forEach(in, separator, file, problems, (row, record) -> {
                Cells cells = new Cells() {
                    @Override
                    public int count() {
                        return record.getFieldCount();
                    }

                    @Override
                    public String text(int index) {
                        return record.getField(index);
                    }

                    @Override
                    public BigDecimal number(int index) {
                        return null;
                    }
                };
                if (row == 1) {
                    header[0] = true;
                    at[0] = header(cells, file, problems);
                    return at[0] != null;
                }
                row(at[0], cells, file, row, sink, problems);
                return true;
            });
        }
        if (!header[0]) {
            problems.add(Locator.file(file), "file.empty", "The file is empty", file);
        }
    }

    /** The header's separator: {@code ;} when the first line has one outside quotes, else {@code ,}. */
    private static char separator(BufferedInputStream in) throws IOException {
        in.mark(HEADER_PEEK);
        byte[] head = in.readNBytes(HEADER_PEEK);
        in.reset();
        boolean quoted = false;
        for (byte b : head) {
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted && b == ';') {
                return ';';
            }
        }
        return ',';
    }

    private void readExcel(ImportFiles files, String file, Consumer<RawObservation> sink, ImportProblems problems)
            throws IOException {
        try (InputStream in = files.open(file)) {
            try (ReadableWorkbook workbook = new ReadableWorkbook(in);
                    Stream<Row> stream = workbook.getFirstSheet().openStream()) {
                Iterator<Row> it = stream.iterator();
                int[] at = null;
                boolean first = true;
                while (it.hasNext()) {
                    Row r = it.next();
                    Cells cells = excelCells(r);
                    if (first) {
                        first = false;
                        at = header(cells, file, problems);
                        if (at == null) {
                            return;
                        }
                        continue;
                    }
                    row(at, cells, file, r.getRowNum(), sink, problems);
                }
                if (first) {
                    problems.add(Locator.file(file), "file.empty", "The first sheet is empty", file);
                }
            } catch (IOException | RuntimeException e) {
                // fastexcel reports a damaged workbook (not a zip, broken XML, no sheet) with these; the upload was
                // opened, so this is its content, not the disk
                problems.add(Locator.file(file), "xlsx.unreadable", "The file is not a readable .xlsx workbook: "
                        + e.getMessage(), String.valueOf(e.getMessage()));
            }
        }
    }

    private static Cells excelCells(Row r) {
        return new Cells() {
            @Override
            public int count() {
                return r.getCellCount();
            }

            @Override
            public String text(int index) {
                Cell cell = r.getCell(index);
                if (cell == null || cell.getType() == CellType.EMPTY) {
                    return "";
                }
                if (cell.getType() == CellType.NUMBER) {
                    return plain(cell.asNumber());
                }
                return cell.getRawValue() == null ? "" : cell.getType() == CellType.STRING ? cell.asString()
                        : cell.getRawValue();
            }

            @Override
            public BigDecimal number(int index) {
                Cell cell = r.getCell(index);
                if (cell == null) {
                    return null;
                }
                return switch (cell.getType()) {
                    case NUMBER -> cell.asNumber();
                    case FORMULA -> cell.getRawValue() == null ? null : Decimals.plain(cell.getRawValue());
                    default -> null;
                };
            }
        };
    }

    /** 2024 rather than 2024.0 for a year typed as a number. */
    private static String plain(BigDecimal number) {
        BigDecimal n = number.stripTrailingZeros();
        return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
    }
}
