package org.regiomonitor.monitor.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * CBS's open-data OData v4 tables as the CBS service serves them (docs/monitor-imports.md): {@code properties.json}
 * (the table id), {@code dimensions.json} (which dimension is the region: {@code GeoDimension}, which the period:
 * {@code TimeDimension}), {@code measure-codes.json}, {@code codes-<Dimension>.json} per dimension and the
 * observations in {@code observations-page-1.json}, {@code -2}, ... read in page order. The dataset is the table id
 * lower-cased ({@code 03759ned}; CBS itself writes {@code 83625NED} here and {@code 83625ned} elsewhere).
 * <p>
 * The format says what is valid, so this reader refuses a measure not in {@code measure-codes.json} and a
 * dimension code not in its codes file; whether an area or period is known to Regiomonitor is the resolver's
 * question. Every other dimension is read at one code only ({@link #totalOf}); rows at its other codes are skipped.
 * A {@code ValueAttribute} other than {@code None} ({@code Impossible}, {@code Confidential}, {@code Missing}) and a
 * null {@code Value} are "no figure" with that reason, never 0. A period whose {@code Status} in
 * {@code codes-Perioden.json} is {@code Voorlopig} or {@code Nader voorlopig} makes its figures provisional.
 */
@Component
public final class CbsOdata4Reader implements ObservationReader {

    static final String PROPERTIES = "properties.json";
    static final String DIMENSIONS = "dimensions.json";
    static final String MEASURES = "measure-codes.json";
    static final String INDEX = "index.json";
    private static final Pattern PAGE = Pattern.compile("observations-page-(\\d{1,9})\\.json");
    private static final Pattern SLICE_EQ = Pattern.compile("(\\w+) eq '([^']*)'");
    private static final String GEO = "GeoDimension";
    private static final String TIME = "TimeDimension";

    private final ImportOptions options;

    /** The reader with the default options (the bean the imports use when a request names none). */
    public CbsOdata4Reader() {
        this(ImportOptions.DEFAULTS);
    }

    public CbsOdata4Reader(ImportOptions options) {
        this.options = options;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.CBS_ODATA4;
    }

    /** What the metadata files say, before the observations are read. */
    private record Table(String dataset, Set<String> measures, String region, String period,
            Map<String, Set<String>> codes, Map<String, String> totals, Set<String> provisionalPeriods) {
    }

    @Override
    public void read(ImportFiles files, Consumer<RawObservation> sink, ImportProblems problems) throws IOException {
        Set<String> names = new HashSet<>(files.names());
        Table table = table(files, names, problems);
        List<String> pages = names.stream().filter(n -> PAGE.matcher(n).matches())
                .sorted(Comparator.comparingLong(CbsOdata4Reader::pageNumber)).toList();
        if (pages.isEmpty()) {
            problems.add(Locator.file("observations-page-1.json"), "file.missing",
                    "The upload has no observations-page-1.json", "observations-page-1.json");
        }
        if (table == null) {
            return;
        }
        for (String page : pages) {
            JsonInput.values(files, page, problems, (row, o) -> observation(table, page, row, o, sink, problems));
        }
    }

    private static long pageNumber(String name) {
        Matcher m = PAGE.matcher(name);
        return m.matches() ? Long.parseLong(m.group(1)) : 0;
    }

    private void observation(Table table, String page, long row, Map<String, Object> o,
            Consumer<RawObservation> sink, ImportProblems problems) {
        Locator at = new Locator(page, row, null);
        String measure = code(o, "Measure", at, problems);
        if (measure == null) {
            return;
        }
        if (!table.measures.contains(measure)) {
            problems.add(at.column("Measure"), "odata.unknownMeasure", "The measure '" + measure
                    + "' is not in " + MEASURES, measure);
            return;
        }
        boolean counted = true;
        String area = null;
        String period = null;
        for (var dimension : table.codes.entrySet()) {
            String name = dimension.getKey();
            String code = code(o, name, at, problems);
            if (code == null) {
                return;
            }
            if (!dimension.getValue().contains(code)) {
                problems.add(at.column(name), "odata.unknownCode", "The code '" + code + "' is not in codes-"
                        + name + ".json", code, name);
                return;
            }
            if (name.equals(table.region)) {
                area = code;
            } else if (name.equals(table.period)) {
                period = code;
            } else {
                counted &= code.equals(table.totals.get(name));
            }
        }
        if (!counted) {
            return;
        }
        Object attributeValue = o.getOrDefault("ValueAttribute", "None");
        if (!(attributeValue instanceof String attribute)) {
            problems.add(at.column("ValueAttribute"), "json.type", "ValueAttribute is not a text", "ValueAttribute");
            return;
        }
        Object raw = o.getOrDefault("Value", JsonInput.NULL);
        BigDecimal value;
        if (raw == JsonInput.NULL) {
            value = null;
        } else if (raw instanceof BigDecimal number) {
            if (!Decimals.inRange(number)) {
                problems.add(at.column("Value"), "value.outOfRange", "The value " + number + " is out of range",
                        number.toString());
                return;
            }
            value = number;
        } else if (raw instanceof JsonInput.OutOfRange tooLarge) {
            problems.add(at.column("Value"), "value.outOfRange", "The value " + tooLarge.text() + " is out of range",
                    tooLarge.text());
            return;
        } else {
            problems.add(at.column("Value"), "json.type", "Value is not a number or null", "Value");
            return;
        }
        String missing = null;
        if (!attribute.strip().equals("None")) {
            value = null;
            missing = attribute.strip().isEmpty() ? "None" : attribute.strip();
        } else if (value == null) {
            missing = "NoValue";
        }
        sink.accept(new RawObservation(table.dataset, measure, AreaCodeSystem.CBS, area, period, value,
                table.provisionalPeriods.contains(period), missing, at.column("Value")));
    }

    /** A required code property, trimmed; a problem and null when absent, empty or not a string. */
    private static String code(Map<String, Object> o, String property, Locator at, ImportProblems problems) {
        String code = JsonInput.string(o, property);
        if (code == null || code.isBlank()) {
            problems.add(at.column(property), code == null ? "json.type" : "code.empty", property
                    + (code == null ? " is missing or not a text" : " is empty"), property);
            return null;
        }
        return code.strip();
    }

    /** Reads the metadata files; null (with problems) when one is missing or unreadable. */
    private Table table(ImportFiles files, Set<String> names, ImportProblems problems) throws IOException {
        long before = problems.count();
        for (String required : List.of(PROPERTIES, DIMENSIONS, MEASURES)) {
            if (!names.contains(required)) {
                problems.add(Locator.file(required), "file.missing", "The upload has no " + required, required);
            }
        }
        if (problems.count() > before) {
            return null;
        }
        Map<String, Object> properties = JsonInput.object(files, PROPERTIES, problems);
        String identifier = properties == null ? null : JsonInput.string(properties, "Identifier");
        String dataset = options.datasetOr(identifier == null || identifier.isBlank() ? null : identifier);
        if (properties != null && dataset == null) {
            problems.add(new Locator(PROPERTIES, 0, "Identifier"), "odata.noIdentifier",
                    "properties.json names no table Identifier", "Identifier");
        }

        Map<String, String> kinds = new LinkedHashMap<>();
        JsonInput.values(files, DIMENSIONS, problems, (row, d) -> {
            String id = JsonInput.string(d, "Identifier");
            if (id == null || id.isBlank()) {
                problems.add(new Locator(DIMENSIONS, row, "Identifier"), "json.type",
                        "The dimension has no Identifier", "Identifier");
                return;
            }
            String kind = JsonInput.string(d, "Kind");
            kinds.put(id.strip(), kind == null ? "" : kind.strip());
        });
        String region = only(kinds, GEO, problems);
        String period = only(kinds, TIME, problems);

        Set<String> measures = new HashSet<>();
        JsonInput.values(files, MEASURES, problems, (row, m) -> {
            String id = JsonInput.string(m, "Identifier");
            if (id == null || id.isBlank()) {
                problems.add(new Locator(MEASURES, row, "Identifier"), "json.type", "The measure has no Identifier",
                        "Identifier");
                return;
            }
            measures.add(id.strip());
        });

        Map<String, String> slice = slice(files, names, problems);
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        Map<String, String> totals = new HashMap<>();
        Set<String> provisional = new HashSet<>();
        for (String dimension : kinds.keySet()) {
            String file = "codes-" + dimension + ".json";
            if (!names.contains(file)) {
                problems.add(Locator.file(file), "file.missing", "The upload has no " + file
                        + " for the dimension " + dimension, file);
                continue;
            }
            Set<String> ids = new HashSet<>();
            List<String> totalCodes = new ArrayList<>();
            List<String> totalTitles = new ArrayList<>();
            boolean time = dimension.equals(period);
            JsonInput.values(files, file, problems, (row, c) -> {
                String id = JsonInput.string(c, "Identifier");
                if (id == null || id.isBlank()) {
                    problems.add(new Locator(file, row, "Identifier"), "json.type", "The code has no Identifier",
                            "Identifier");
                    return;
                }
                String code = id.strip();
                ids.add(code);
                if (time) {
                    String status = JsonInput.string(c, "Status");
                    if (status != null && isProvisional(status)) {
                        provisional.add(code);
                    }
                } else {
                    if (code.startsWith("T00")) {
                        totalCodes.add(code);
                    }
                    String title = JsonInput.string(c, "Title");
                    if (title != null && title.strip().toLowerCase(Locale.ROOT).matches("tota(a)?l\\b.*")) {
                        totalTitles.add(code);
                    }
                }
            });
            codes.put(dimension, ids);
            if (!dimension.equals(region) && !time) {
                String total = totalOf(dimension, ids, totalCodes, totalTitles, slice.get(dimension), file, problems);
                if (total != null) {
                    totals.put(dimension, total);
                }
            }
        }
        for (String dimension : options.dimensionCodes().keySet()) {
            if (!kinds.containsKey(dimension) || dimension.equals(region) || dimension.equals(period)) {
                problems.add(new Locator(DIMENSIONS, 0, dimension), "options.unknownDimension", "The option names "
                        + dimension + ", which is not a dimension of this table other than region and period",
                        dimension);
            }
        }
        if (problems.count() > before || dataset == null) {
            return null;
        }
        return new Table(dataset, measures, region, period, codes, totals, provisional);
    }

    /** {@code Voorlopig}, {@code Nader voorlopig} (CBS's Dutch) or {@code Provisional}. */
    static boolean isProvisional(String status) {
        String s = status.toLowerCase(Locale.ROOT);
        return s.contains("voorlopig") || s.contains("provisional");
    }

    /**
     * The one code of a dimension other than region and period that is read: the code the options name; else the
     * dimension's total as CBS marks it: the one code starting with {@code T00} (CBS's total codes: T001038 for sex,
     * T001019 for marital status), else the one code titled "Totaal..." (10000 for age), else the code the download's
     * {@code index.json} slice filter fixes ({@code Leeftijd eq '10000'}). None of these: a problem asking for the
     * option.
     */
    private String totalOf(String dimension, Set<String> ids, List<String> totalCodes, List<String> totalTitles,
            String sliced, String file, ImportProblems problems) {
        String chosen = options.dimensionCodes().get(dimension);
        if (chosen != null) {
            if (!ids.contains(chosen)) {
                problems.add(new Locator(file, 0, dimension), "odata.unknownCode", "The code '" + chosen
                        + "' the options name is not in " + file, chosen, dimension);
                return null;
            }
            return chosen;
        }
        if (totalCodes.size() == 1) {
            return totalCodes.getFirst();
        }
        if (totalTitles.size() == 1) {
            return totalTitles.getFirst();
        }
        if (sliced != null && ids.contains(sliced)) {
            return sliced;
        }
        problems.add(new Locator(file, 0, dimension), "dimension.noTotal", "Cannot tell which code of " + dimension
                + " is its total; name it as " + dimension + "=<code>", dimension);
        return null;
    }

    /** The dimension of a kind; a problem when there is none or more than one. */
    private static String only(Map<String, String> kinds, String kind, ImportProblems problems) {
        List<String> found = kinds.entrySet().stream().filter(e -> e.getValue().equals(kind)).map(Map.Entry::getKey)
                .toList();
        if (found.size() != 1) {
            problems.add(new Locator(DIMENSIONS, 0, "Kind"), "odata.dimensions", "dimensions.json has "
                    + found.size() + " dimensions of kind " + kind + ", expected one", kind);
            return null;
        }
        return found.getFirst();
    }

    /** The {@code dimension eq 'code'} terms of index.json's slice filter (optional; a download's own record). */
    private static Map<String, String> slice(ImportFiles files, Set<String> names, ImportProblems problems)
            throws IOException {
        Map<String, String> fixed = new HashMap<>();
        if (!names.contains(INDEX)) {
            return fixed;
        }
        Map<String, Object> index = JsonInput.object(files, INDEX, problems);
        String filter = index == null ? null : JsonInput.string(index, "sliceFilter");
        if (filter != null) {
            Matcher m = SLICE_EQ.matcher(filter);
            while (m.find()) {
                fixed.put(m.group(1), m.group(2).strip());
            }
        }
        return fixed;
    }
}
