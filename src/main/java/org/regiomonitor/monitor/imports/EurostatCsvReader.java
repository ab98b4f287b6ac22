package org.regiomonitor.monitor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The Eurostat NUTS extracts in the layout the Data Commons project publishes them: comma-separated, one row per
 * area and year, a geo column ({@code geo} or {@code GeoId}: {@code nuts/NL213}, {@code dcid:nuts/DEA34},
 * {@code country/NLD}), a year column ({@code time} or {@code Date}) and one column per statistical variable
 * ({@code Count_Person}), which is the measure. Countries are mapped from ISO 3166 alpha-3 to their NUTS code
 * ({@code NLD} to {@code NL}, {@code DEU} to {@code DE}, Greece to {@code EL}). The dataset is
 * {@code eurostat:<file name without .csv and _extract>} ({@code eurostat:demo_r_gind3}) unless the options name it.
 */
@Component
public final class EurostatCsvReader implements ObservationReader {

    private static final List<String> GEO = List.of("geo", "GeoId");
    private static final List<String> TIME = List.of("time", "Date");
    /** ISO 3166 alpha-3 to NUTS level 0 for the EU, EFTA and candidate countries Eurostat publishes NUTS for. */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("AUT", "AT"),
            Map.entry("BEL", "BE"), Map.entry("BGR", "BG"), Map.entry("CHE", "CH"), Map.entry("CYP", "CY"),
            Map.entry("CZE", "CZ"), Map.entry("DEU", "DE"), Map.entry("DNK", "DK"), Map.entry("EST", "EE"),
            Map.entry("GRC", "EL"), Map.entry("ESP", "ES"), Map.entry("FIN", "FI"), Map.entry("FRA", "FR"),
            Map.entry("HRV", "HR"), Map.entry("HUN", "HU"), Map.entry("IRL", "IE"), Map.entry("ISL", "IS"),
            Map.entry("ITA", "IT"), Map.entry("LIE", "LI"), Map.entry("LTU", "LT"), Map.entry("LUX", "LU"),
            Map.entry("LVA", "LV"), Map.entry("MLT", "MT"), Map.entry("NLD", "NL"), Map.entry("NOR", "NO"),
            Map.entry("POL", "PL"), Map.entry("PRT", "PT"), Map.entry("ROU", "RO"), Map.entry("SWE", "SE"),
            Map.entry("SVN", "SI"), Map.entry("SVK", "SK"), Map.entry("MKD", "MK"), Map.entry("MNE", "ME"),
            Map.entry("SRB", "RS"), Map.entry("ALB", "AL"), Map.entry("TUR", "TR"));

    private final ImportOptions options;

    /** The reader with the default options (the bean the imports use when a request names none). */
    public EurostatCsvReader() {
        this(ImportOptions.DEFAULTS);
    }

    public EurostatCsvReader(ImportOptions options) {
        this.options = options;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.EUROSTAT_CSV;
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

    static String datasetOf(String file) {
        String base = file.toLowerCase(Locale.ROOT);
        base = base.endsWith(".csv") ? base.substring(0, base.length() - 4) : base;
        base = base.endsWith("_extract") ? base.substring(0, base.length() - "_extract".length()) : base;
        return "eurostat:" + base;
    }

    private void readFile(ImportFiles files, String file, Consumer<RawObservation> sink, ImportProblems problems)
            throws IOException {
        String dataset = options.datasetOr(datasetOf(file));
        List<String>[] header = new List[1];
        int[] columns = {-1, -1};
        try (InputStream in = files.open(file)) {
            CsvInput.forEach(in, ',', file, problems, (row, record) -> {
                if (row == 1) {
                    List<String> names = CsvInput.header(record);
                    columns[0] = indexOf(names, GEO);
                    columns[1] = indexOf(names, TIME);
                    if (columns[0] < 0 || columns[1] < 0) {
                        String missing = columns[0] < 0 ? "geo" : "time";
                        problems.add(new Locator(file, 1, missing), "eurostat.header", "The header has no " + missing
                                + " column; expected geo (or GeoId), time (or Date) and one column per variable",
                                missing);
                        return false;
                    }
                    if (!CsvInput.namesUnique(names, file, "eurostat.header", problems)) {
                        return false;
                    }
                    if (names.size() < 3) {
                        problems.add(new Locator(file, 1, null), "eurostat.header",
                                "The header has no variable column", "");
                        return false;
                    }
                    header[0] = names;
                    return true;
                }
                List<String> names = header[0];
                if (!CsvInput.sameWidth(names, record, file, row, problems)) {
                    return true;
                }
                String geoText = CsvInput.cell(record, columns[0]);
                String area = nuts(geoText);
                if (area == null) {
                    problems.add(new Locator(file, row, names.get(columns[0])), "eurostat.geo", "'" + geoText
                            + "' is not a NUTS code (nuts/NL213) or a known country (country/NLD)", geoText);
                    return true;
                }
                String period = CsvInput.cell(record, columns[1]);
                if (period.isEmpty()) {
                    problems.add(new Locator(file, row, names.get(columns[1])), "code.empty", "The year is empty",
                            names.get(columns[1]));
                    return true;
                }
                for (int c = 0; c < names.size(); c++) {
                    if (c == columns[0] || c == columns[1]) {
                        continue;
                    }
                    RawObservation figure = CsvInput.figure(dataset, names.get(c), AreaCodeSystem.NUTS, area, period,
                            CsvInput.cell(record, c), new Locator(file, row, names.get(c)), problems);
                    if (figure != null) {
                        sink.accept(figure);
                    }
                }
                return true;
            });
        }
        if (header[0] == null && columns[0] == -1 && !problems.any()) {
            problems.add(Locator.file(file), "file.empty", "The file is empty", file);
        }
    }

    private static int indexOf(List<String> names, List<String> accepted) {
        for (String name : accepted) {
            int i = names.indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code nuts/NL213} to NL213, {@code country/NLD} to NL; null for anything else. */
    static String nuts(String geo) {
        String g = geo.startsWith("dcid:") ? geo.substring(5) : geo;
        if (g.startsWith("nuts/")) {
            String code = g.substring(5);
            return code.matches("[A-Z]{2}[A-Z0-9]{0,3}") ? code : null;
        }
        if (g.startsWith("country/")) {
            return COUNTRIES.get(g.substring(8));
        }
        return null;
    }
}
