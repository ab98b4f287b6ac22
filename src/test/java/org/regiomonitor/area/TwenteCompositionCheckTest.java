package org.regiomonitor.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 5 evidence for Twente's composition over time, without a database: the members of CR12 on 1 January
 * of each year (the shipped COROP file's current members, with the shipped history's validity) summed over CBS
 * 37259ned's population must equal Eurostat's NL213 population for every year both have (2003-2018). The one
 * difference (2014, 3 persons) is documented in docs/reference-data.md.
 */
class TwenteCompositionCheckTest {

    static final Path RESOURCES = Path.of("src/main/resources/referencedata/cbs");
    static final Path CBS_37259 = Path.of("/work/shared/data/cbs/statline-csv/37259ned_UntypedDataSet_05022020_161506.csv");
    static final Path EUROSTAT = Path.of("/work/shared/data/eurostat/demo_r_gind3_extract.csv");

    record Interval(LocalDate from, LocalDate to) {
        boolean contains(LocalDate day) {
            return (from == null || !from.isAfter(day)) && (to == null || to.isAfter(day));
        }
    }

    private static LocalDate date(String s) {
        return s.isBlank() ? null : LocalDate.parse(s);
    }

    /** CR12's members with their validity: the current ones open unless the history says otherwise. */
    static Map<String, Interval> twenteMembers() throws IOException {
        Map<String, Interval> members = new TreeMap<>();
        for (String line : Files.readAllLines(RESOURCES.resolve("woonplaats-gemeente-corop.csv"))) {
            String[] f = line.split(",");
            // one municipality name contains a quoted comma: count the COROP code from the end
            if (f[f.length - 2].equals("12")) {
                members.put("GM" + f[2], new Interval(null, null));
            }
        }
        List<String> history = Files.readAllLines(RESOURCES.resolve("twente-corop-history.csv"));
        for (String line : history.subList(1, history.size())) {
            String[] f = line.split(";", -1);
            if (f[0].equals("CR12")) {
                members.put(f[1], new Interval(date(f[3]), date(f[4])));
            }
        }
        return members;
    }

    static Map<Integer, Map<String, Long>> cbsPopulation() throws IOException {
        Map<Integer, Map<String, Long>> byYear = new HashMap<>();
        List<String> lines = Files.readAllLines(CBS_37259, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\"", "").split(";", -1);
            if (f[1].strip().equals("T001038") && !f[4].isBlank()) {
                byYear.computeIfAbsent(Integer.parseInt(f[3].substring(0, 4)), y -> new HashMap<>())
                        .put(f[2].strip(), Long.parseLong(f[4].strip()));
            }
        }
        return byYear;
    }

    static Map<Integer, Long> eurostatTwente() throws IOException {
        Map<Integer, Long> byYear = new TreeMap<>();
        List<String> lines = Files.readAllLines(EUROSTAT);
        List<String> header = List.of(lines.getFirst().split(","));
        int population = header.indexOf("Count_Person");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[0].equals("nuts/NL213") && !f[population].isBlank()) {
                byYear.put(Integer.parseInt(f[1]), Long.parseLong(f[population]));
            }
        }
        return byYear;
    }

    @Test
    void historicalMembersSumToEurostatsTwente() throws IOException {
        Map<String, Interval> members = twenteMembers();
        Map<Integer, Map<String, Long>> cbs = cbsPopulation();
        Map<Integer, Long> differences = new LinkedHashMap<>();
        Set<Integer> compared = new TreeSet<>();
        for (var e : eurostatTwente().entrySet()) {
            Map<String, Long> year = cbs.get(e.getKey());
            if (year == null) {
                continue;
            }
            LocalDate day = LocalDate.of(e.getKey(), 1, 1);
            long sum = 0;
            for (var m : members.entrySet()) {
                if (m.getValue().contains(day)) {
                    assertThat(year).as("CBS has a figure for %s in %d", m.getKey(), e.getKey()).containsKey(m.getKey());
                    sum += year.get(m.getKey());
                }
            }
            compared.add(e.getKey());
            if (sum != e.getValue()) {
                differences.put(e.getKey(), e.getValue() - sum);
            }
        }
        assertThat(compared).contains(2003, 2018).hasSize(16);
        assertThat(differences).isEqualTo(Map.of(2014, 3L));
    }

    @Test
    void theHistoryGivesEachYearItsOwnMunicipalities() throws IOException {
        Map<String, Interval> members = twenteMembers();
        Map<Integer, Map<String, Long>> cbs = cbsPopulation();
        for (int y = 1995; y <= 2018; y++) {
            LocalDate day = LocalDate.of(y, 1, 1);
            var valid = members.entrySet().stream().filter(m -> m.getValue().contains(day)).map(Map.Entry::getKey).toList();
            assertThat(valid).as("members on %s", day).hasSize(y <= 2000 ? 21 : 14);
            // every member of a year has a CBS figure for that year: the codes are those of the year
            assertThat(cbs.get(y)).as("CBS 37259ned %d", y).containsKeys(valid.toArray(String[]::new));
        }
        assertThat(members.get("GM0165")).as("Holten was in Zuidwest-Overijssel (CR11) until 2001").isNull();
    }
}
