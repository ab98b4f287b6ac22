package org.regiomonitor.monitor.imports;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * The one way the CSV readers walk a file: FastCSV record by record (UTF-8, an optional BOM, quotes), rows numbered
 * from 1 (the header), any field count accepted so that the readers name the row and column themselves, and a
 * parse failure (an unclosed quote, a field over FastCSV's buffer) turned into a problem that ends the file.
 */
final class CsvInput {

    /** Handles one record; false stops the file. */
    @FunctionalInterface
    interface RowHandler {
        boolean row(long row, CsvRecord record);
    }

    private CsvInput() {
    }

    static void forEach(InputStream in, char separator, String file, ImportProblems problems, RowHandler handler)
            throws IOException {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE).skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).detectBomHeader(true).ofCsvRecord(in, StandardCharsets.UTF_8)) {
            Iterator<CsvRecord> records = csv.iterator();
            long row = 0;
            while (true) {
                CsvRecord record;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    record = records.next();
                } catch (CsvParseException e) {
                    String reason = e.getCause() != null && e.getCause().getMessage() != null
                            ? e.getCause().getMessage() : String.valueOf(e.getMessage());
                    problems.add(new Locator(file, row + 1, null), "csv.malformed",
                            "The CSV cannot be read from here on: " + reason, reason);
                    return;
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                row++;
                if (!handler.row(row, record)) {
                    return;
                }
            }
        }
    }

    /** A cell with the spaces CBS pads codes and numbers with removed. */
    static String cell(CsvRecord record, int index) {
        return record.getField(index).strip();
    }

    /** The header's names, stripped (a BOM is gone already). */
    static List<String> header(CsvRecord record) {
        return record.getFields().stream().map(String::strip).toList();
    }

    /** Whether a row has as many fields as the header; if not, a problem naming the first missing or extra column. */
    static boolean sameWidth(List<String> header, CsvRecord record, String file, long row, ImportProblems problems) {
        int n = record.getFieldCount();
        if (n == header.size()) {
            return true;
        }
        String column = n < header.size() ? header.get(n) : "column " + (header.size() + 1);
        problems.add(new Locator(file, row, column), "csv.columnCount", "The row has " + n
                + " columns where the header has " + header.size(), String.valueOf(n), String.valueOf(header.size()));
        return false;
    }

    /** Whether every header name is there and once; if not, a problem at row 1 naming the column. */
    static boolean namesUnique(List<String> header, String file, String key, ImportProblems problems) {
        var seen = new java.util.HashSet<String>();
        for (String name : header) {
            if (name.isEmpty() || !seen.add(name)) {
                problems.add(new Locator(file, 1, name), key, name.isEmpty() ? "A column has no name"
                        : "The column " + name + " appears twice", name);
                return false;
            }
        }
        return true;
    }

    /**
     * A statistics office's figure cell (CBS, Eurostat), trimmed: empty or {@code .} is no figure (reason
     * {@code empty} or {@code .}), else a plain number ({@link Decimals#plain}); anything else is a problem at the
     * cell and null.
     */
    static RawObservation figure(String dataset, String measure, AreaCodeSystem system, String area, String period,
            String cell, Locator at, ImportProblems problems) {
        if (cell.isEmpty() || cell.equals(".")) {
            return new RawObservation(dataset, measure, system, area, period, null, false,
                    cell.isEmpty() ? "empty" : ".", at);
        }
        java.math.BigDecimal value = Decimals.plain(cell);
        if (value == null) {
            problems.add(at, "value.notNumeric", "'" + cell + "' is not a number", cell);
            return null;
        }
        return new RawObservation(dataset, measure, system, area, period, value, false, null, at);
    }
}
