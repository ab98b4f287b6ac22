package org.regiomonitor.referencedata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.regiomonitor.area.AreaImport;
import org.regiomonitor.area.AreaKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regiomonitor.referencedata.InvalidReferenceDataException;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the shipped open-data files named in the dataset's area framework. Problems (a missing
 * column, a row that is not a number, a municipality without COROP region) are collected so the
 * whole list can be reported at once.
 */
final class OpenDataReader {

    private final List<String> problems = new ArrayList<>();

    static OpenData read(Dataset.AreaFramework areas, List<String> problems) {
        OpenDataReader reader = new OpenDataReader();
        OpenData data = reader.readAll(areas);
        problems.addAll(reader.problems);
        return data;
    }

    private OpenData readAll(Dataset.AreaFramework areas) {
        List<OpenData.GeoArea> municipalities = geo(areas.municipalityBoundaries(), "municipalityBoundaries");
        List<OpenData.GeoArea> districts = geo(areas.districtBoundaries(), "districtBoundaries");
        Map<String, String> coropNames = new LinkedHashMap<>();
        Map<String, String> coropOf = new LinkedHashMap<>();
        corop(areas.corop(), coropNames, coropOf);
        List<OpenData.Statistic> statistics = statistics(areas.statistics());
        return new OpenData(municipalities, districts, coropNames, coropOf, statistics,
                membershipHistory(areas.membershipHistory()), codes(areas.codes()));
    }

    /** area;name;kind;country_code;member_of;nuts;ars;basis - name and kind only for areas the file creates. */
    private List<AreaImport.CodedArea> codes(Dataset.CsvFile file) {
        List<AreaImport.CodedArea> out = new ArrayList<>();
        if (file == null || file.file() == null) {
            return out;
        }
        List<List<String>> rows = csv(file.file(), ';');
        if (rows.isEmpty()) {
            return out;
        }
        Map<String, Integer> col = header(file.file(), rows.getFirst(),
                "area", "name", "kind", "country_code", "member_of", "nuts", "ars", "basis");
        if (col == null) {
            return out;
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String where = file.file() + " line " + (r + 1);
            if (row.size() < rows.getFirst().size()) {
                problems.add(where + ": too few columns");
                continue;
            }
            String kindText = row.get(col.get("kind")).strip();
            AreaKind kind;
            try {
                kind = kindText.isEmpty() ? null : AreaKind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": unknown kind " + kindText);
                continue;
            }
            out.add(new AreaImport.CodedArea(row.get(col.get("area")).strip(), blankToNull(row.get(col.get("name"))),
                    kind, blankToNull(row.get(col.get("country_code"))),
                    blankToNull(row.get(col.get("member_of"))), blankToNull(row.get(col.get("nuts"))),
                    blankToNull(row.get(col.get("ars")))));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** region;municipality;name;valid_from;valid_to;cbs_description (dates ISO, empty = open). */
    private List<AreaImport.HistoricalMembership> membershipHistory(Dataset.CsvFile file) {
        List<AreaImport.HistoricalMembership> out = new ArrayList<>();
        if (file == null || file.file() == null) {
            return out;
        }
        List<List<String>> rows = csv(file.file(), ';');
        if (rows.isEmpty()) {
            return out;
        }
        Map<String, Integer> col = header(file.file(), rows.getFirst(),
                "region", "municipality", "name", "valid_from", "valid_to", "cbs_description");
        if (col == null) {
            return out;
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String where = file.file() + " line " + (r + 1);
            if (row.size() < rows.getFirst().size()) {
                problems.add(where + ": too few columns");
                continue;
            }
            try {
                LocalDate from = isoDate(row.get(col.get("valid_from")));
                LocalDate to = isoDate(row.get(col.get("valid_to")));
                if (from != null && to != null && !from.isBefore(to)) {
                    problems.add(where + ": valid_from must lie before valid_to");
                    continue;
                }
                if (row.get(col.get("cbs_description")).isBlank()) {
                    problems.add(where + ": cbs_description (the CBS text the row is derived from) is empty");
                    continue;
                }
                out.add(new AreaImport.HistoricalMembership(row.get(col.get("region")).strip(),
                        row.get(col.get("municipality")).strip(), row.get(col.get("name")).strip(), from, to));
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(where + ": a date is not yyyy-mm-dd");
            }
        }
        return out;
    }

    private static LocalDate isoDate(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    private List<OpenData.GeoArea> geo(Dataset.GeoFile file, String what) {
        List<OpenData.GeoArea> result = new ArrayList<>();
        if (file == null || file.file() == null) {
            problems.add("areas." + what + ": file is missing");
            return result;
        }
        JsonNode root;
        try (InputStream in = new ClassPathResource(file.file()).getInputStream()) {
            root = DatasetParser.json().readTree(in);
        } catch (IOException | JacksonException e) {
            problems.add("areas." + what + ": cannot read " + file.file() + ": " + e.getMessage());
            return result;
        }
        String prefix = file.codePrefix() == null ? "" : file.codePrefix();
        int i = 0;
        for (JsonNode feature : root.path("features")) {
            String code = feature.path("properties").path(file.codeProperty()).asString("");
            String name = feature.path("properties").path(file.nameProperty()).asString("");
            JsonNode geometry = feature.path("geometry");
            String where = file.file() + " feature[" + i++ + "]";
            if (code.isBlank() || name.isBlank()) {
                problems.add(where + ": property " + file.codeProperty() + " or " + file.nameProperty() + " is empty");
            } else if (!geometry.isObject() || !geometry.has("type") || !geometry.has("coordinates")) {
                problems.add(where + " (" + code + "): geometry is missing");
            } else {
                result.add(new OpenData.GeoArea(prefix + code, name, geometry.toString()));
            }
        }
        if (result.isEmpty()) {
            problems.add(file.file() + ": no features");
        }
        return result;
    }

    private void corop(Dataset.CsvFile file, Map<String, String> names, Map<String, String> coropOf) {
        if (file == null || file.file() == null) {
            problems.add("areas.corop: file is missing");
            return;
        }
        List<List<String>> rows = csv(file.file(), ',');
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Integer> col = header(file.file(), rows.getFirst(),
                "Gemeentecode", "COROP-gebiedcode", "COROP-gebied");
        if (col == null) {
            return;
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() < rows.getFirst().size()) {
                problems.add(file.file() + " line " + (r + 1) + ": too few columns");
                continue;
            }
            String municipality = "GM" + row.get(col.get("Gemeentecode"));
            String region = "CR" + row.get(col.get("COROP-gebiedcode"));
            String regionName = row.get(col.get("COROP-gebied"));
            String known = coropOf.putIfAbsent(municipality, region);
            if (known != null && !known.equals(region)) {
                problems.add(file.file() + " line " + (r + 1) + ": " + municipality + " lies in both " + known
                        + " and " + region);
            }
            String knownName = names.putIfAbsent(region, regionName);
            if (knownName != null && !knownName.equals(regionName)) {
                problems.add(file.file() + " line " + (r + 1) + ": " + region + " is called both " + knownName
                        + " and " + regionName);
            }
        }
    }

    private List<OpenData.Statistic> statistics(Dataset.StatisticsFile file) {
        List<OpenData.Statistic> result = new ArrayList<>();
        if (file == null || file.file() == null || file.period() == null || file.columns() == null) {
            problems.add("areas.statistics: file, period and columns are required");
            return result;
        }
        List<List<String>> rows = csv(file.file(), ';');
        if (rows.isEmpty()) {
            return result;
        }
        String[] needed = new String[file.columns().size() + 1];
        needed[0] = "WijkenEnBuurten";
        int n = 1;
        for (String column : file.columns().values()) {
            needed[n++] = column;
        }
        Map<String, Integer> col = header(file.file(), rows.getFirst(), needed);
        if (col == null) {
            return result;
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() < rows.getFirst().size()) {
                problems.add(file.file() + " line " + (r + 1) + ": too few columns");
                continue;
            }
            String area = row.get(col.get("WijkenEnBuurten"));
            for (Map.Entry<String, String> e : file.columns().entrySet()) {
                String raw = row.get(col.get(e.getValue()));
                // CBS marks a figure it does not publish with "." (or leaves it empty): unknown, so no row.
                if (raw.isEmpty() || raw.equals(".")) {
                    continue;
                }
                try {
                    result.add(new OpenData.Statistic(area, e.getKey(), file.period(), new BigDecimal(raw),
                            "rij " + area));
                } catch (NumberFormatException ex) {
                    problems.add(file.file() + " line " + (r + 1) + " (" + area + "): " + e.getValue() + " '" + raw
                            + "' is not a number");
                }
            }
        }
        return result;
    }

    private Map<String, Integer> header(String file, List<String> header, String... required) {
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i), i);
        }
        boolean ok = true;
        for (String name : required) {
            if (!col.containsKey(name)) {
                problems.add(file + ": column " + name + " is missing");
                ok = false;
            }
        }
        return ok ? col : null;
    }

    /** A small RFC 4180 reader: separator, double quotes, CRLF or LF; a leading byte-order mark is dropped. */
    private List<List<String>> csv(String file, char separator) {
        String text;
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add("cannot read " + file + ": " + e.getMessage());
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parseCsv(text, separator);
    }

    static List<List<String>> parseCsv(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString().strip());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString().strip());
                field.setLength(0);
                if (!(row.size() == 1 && row.getFirst().isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString().strip());
            rows.add(row);
        }
        return rows;
    }
}
