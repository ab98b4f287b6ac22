package org.regiomonitor.monitor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * CBS StatLine's "untyped data set" CSV: {@code ID;<dimension columns>;RegioS;Perioden;<measure columns>}, one
 * row per region, period and combination of the other dimensions, one figure per measure column
 * (docs/monitor-imports.md). Codes and numbers are space-padded and trimmed here; {@code .} and an empty cell are
 * "no figure". Rows of the other dimensions count only at their total (CBS's total codes start with {@code T00}) or
 * at the code {@link ImportOptions#dimensionCodes} names. A column without a single number but with text in it
 * ({@code Naam_288}, {@code Code_287} in 70072ned: names and codes CBS ships beside the figures) is text, not a
 * measure, and is skipped; a first pass over the file finds those (it stops as soon as every column has shown a
 * number, so for most files it reads a few rows).
 */
@Component
public final class CbsStatlineCsvReader implements ObservationReader {

    static final String REGION = "RegioS";
    static final String PERIOD = "Perioden";
    private static final String TOTAL_PREFIX = "T00";

    private final ImportOptions options;

    /** The reader with the default options (the bean the imports use when a request names none). */
    public CbsStatlineCsvReader() {
        this(ImportOptions.DEFAULTS);
    }

    public CbsStatlineCsvReader(ImportOptions options) {
        this.options = options;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.CBS_STATLINE_CSV;
    }

    @Override
    public void read(ImportFiles files, Consumer<RawObservation> sink, ImportProblems problems) throws IOException {
        List<String> names = files.names();
        if (names.isEmpty()) {
            problems.add(Locator.file(files.label()), "file.missing", "No CSV file in the upload", "csv");
        }
        for (String name : names) {
            readFile(files, name, sink, problems);
        }
    }

    /** The layout of one file's header. */
    private record Layout(List<String> header, int region, int period, int firstMeasure) {
    }

    private void readFile(ImportFiles files, String file, Consumer<RawObservation> sink, ImportProblems problems)
            throws IOException {
        int underscore = file.indexOf('_');
        String dataset = options.datasetOr(underscore > 0 ? file.substring(0, underscore) : null);
        if (dataset == null) {
            problems.add(Locator.file(file), "statline.noDataset", "The file name does not start with a CBS table "
                    + "id (37259ned_...); name the table in the import options", file);
            return;
        }
        boolean[] text = textColumns(files, file, problems);
        if (text == null) {
            return;
        }
        Layout[] layout = new Layout[1];
        Map<String, String> chosen = options.dimensionCodes();
        boolean[][] matched = {null};
        boolean[] anyRow = {false};
        try (InputStream in = files.open(file)) {
            CsvInput.forEach(in, ';', file, problems, (row, record) -> {
                if (row == 1) {
                    layout[0] = layout(CsvInput.header(record), file, problems);
                    matched[0] = new boolean[layout[0].region];
                    return true;
                }
                Layout l = layout[0];
                if (!CsvInput.sameWidth(l.header, record, file, row, problems)) {
                    return true;
                }
                anyRow[0] = true;
                boolean counted = true;
                for (int d = 1; d < l.region; d++) {
                    String code = CsvInput.cell(record, d);
                    String wanted = chosen.get(l.header.get(d));
                    boolean total = wanted != null ? wanted.equals(code) : code.startsWith(TOTAL_PREFIX);
                    matched[0][d] |= total;
                    counted &= total;
                }
                if (!counted) {
                    return true;
                }
                String area = CsvInput.cell(record, l.region);
                String period = CsvInput.cell(record, l.period);
                if (area.isEmpty() || period.isEmpty()) {
                    String column = area.isEmpty() ? REGION : PERIOD;
                    problems.add(new Locator(file, row, column), "code.empty", "The " + column + " code is empty",
                            column);
                    return true;
                }
                for (int m = l.firstMeasure; m < l.header.size(); m++) {
                    if (text[m]) {
                        continue;
                    }
                    RawObservation figure = CsvInput.figure(dataset, l.header.get(m), AreaCodeSystem.CBS, area,
                            period, CsvInput.cell(record, m), new Locator(file, row, l.header.get(m)), problems);
                    if (figure != null) {
                        sink.accept(figure);
                    }
                }
                return true;
            });
        }
        if (layout[0] != null && anyRow[0]) {
            for (int d = 1; d < layout[0].region; d++) {
                if (!matched[0][d]) {
                    String dimension = layout[0].header.get(d);
                    String wanted = chosen.get(dimension);
                    problems.add(new Locator(file, 0, dimension), "dimension.noTotal", wanted != null
                            ? "No row has " + dimension + " = " + wanted
                            : "No row has a total code (" + TOTAL_PREFIX + "...) for " + dimension
                                    + "; name the code to read as " + dimension + "=<code>",
                            dimension, String.valueOf(wanted));
                }
            }
        }
    }

    /**
     * Checks the header; a wrong one is a problem and null. The header row is {@code ID}, the other dimensions,
     * {@code RegioS}, {@code Perioden}, then at least one measure.
     */
    private static Layout layout(List<String> header, String file, ImportProblems problems) {
        Locator at = new Locator(file, 1, null);
        if (header.isEmpty() || !header.getFirst().equals("ID")) {
            problems.add(at.column(header.isEmpty() ? "ID" : header.getFirst()), "statline.header",
                    "The first column is '" + (header.isEmpty() ? "" : header.getFirst()) + "', expected ID",
                    "ID");
            return null;
        }
        int region = header.indexOf(REGION);
        int period = header.indexOf(PERIOD);
        if (region < 0 || period != region + 1) {
            String missing = region < 0 ? REGION : PERIOD;
            problems.add(at.column(missing), "statline.header", "The header has no column " + missing
                    + (region < 0 ? "" : " right after " + REGION) + "; expected ID;...;RegioS;Perioden;<measures>",
                    missing);
            return null;
        }
        if (period == header.size() - 1) {
            problems.add(at.column(PERIOD), "statline.header", "The header has no measure column after Perioden",
                    PERIOD);
            return null;
        }
        if (!CsvInput.namesUnique(header, file, "statline.header", problems)) {
            return null;
        }
        return new Layout(header, region, period, period + 1);
    }

    /**
     * The first pass: which measure columns hold text and no number (skipped), or null when the header is wrong
     * (then reported). Stops as soon as every measure column has shown a number.
     */
    private boolean[] textColumns(ImportFiles files, String file, ImportProblems problems) throws IOException {
        Layout[] layout = new Layout[1];
        boolean[][] state = new boolean[2][]; // [0] saw text, [1] saw a number
        try (InputStream in = files.open(file)) {
            CsvInput.forEach(in, ';', file, new ImportProblems(), (row, record) -> {
                if (row == 1) {
                    layout[0] = layout(CsvInput.header(record), file, problems);
                    if (layout[0] == null) {
                        return false;
                    }
                    state[0] = new boolean[layout[0].header.size()];
                    state[1] = new boolean[layout[0].header.size()];
                    return true;
                }
                int width = Math.min(record.getFieldCount(), state[0].length);
                boolean undecided = false;
                for (int m = layout[0].firstMeasure; m < state[0].length; m++) {
                    if (m < width && !state[1][m]) {
                        String cell = CsvInput.cell(record, m);
                        if (Decimals.plain(cell) != null) {
                            state[1][m] = true;
                        } else if (!cell.isEmpty() && !cell.equals(".")) {
                            state[0][m] = true;
                        }
                    }
                    undecided |= !state[1][m];
                }
                return undecided;
            });
        }
        if (layout[0] == null) {
            if (state[0] == null && !problems.any()) {
                problems.add(Locator.file(file), "file.empty", "The file is empty", file);
            }
            return null;
        }
        boolean[] text = new boolean[state[0].length];
        for (int m = 0; m < text.length; m++) {
            text[m] = state[0][m] && !state[1][m];
        }
        return text;
    }
}
