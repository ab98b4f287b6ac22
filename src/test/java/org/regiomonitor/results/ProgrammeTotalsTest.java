package org.regiomonitor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.results.ResultsFixtures.area;
import static org.regiomonitor.results.ResultsFixtures.dimension;
import static org.regiomonitor.results.ResultsFixtures.ratio;
import static org.regiomonitor.results.ResultsFixtures.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.results.RollUps.Figure;
import org.regiomonitor.results.RollUps.MunicipalityFigure;
import org.regiomonitor.results.RollUps.Window;
import org.regiomonitor.results.internal.FrameworkService;
import org.regiomonitor.results.internal.PeriodPlanInput;
import org.regiomonitor.results.internal.ProgrammeTotals;
import org.regiomonitor.results.internal.RegionTotals;
import org.regiomonitor.results.internal.StoredRollUps;
import org.regiomonitor.results.internal.ResultsReader;
import org.regiomonitor.results.internal.ThemeTotals;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.results.internal.UpdateInput;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored programme totals (V21, {@link ProgrammeTotals}) against a from-scratch recomputation: after every
 * change of a seeded random sequence, each in its own transaction, the stored totals of both programmes equal
 * {@link RollUps#figures}, {@link RollUps#byMunicipality} and {@link RollUps#contributors} computed anew, for the public view and for all
 * projects, and no programme is left marked dirty. A rolled-back change leaves them as they were; a programme
 * marked dirty is read on request, a clean one from the stored rows.
 */
@IntegrationTest
class ProgrammeTotalsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeTotals totals;
    @Autowired
    ResultsReader reader;
    @Autowired
    RegionTotals regionTotals;
    @Autowired
    ThemeTotals themeTotals;
    @Autowired
    FrameworkService framework;
    @Autowired
    PlatformTransactionManager transactions;

    ResultsFixtures f;
    long a;
    long b;
    List<Long> projects = new ArrayList<>();
    List<Long> indicators = new ArrayList<>();
    List<Long> catalogues = new ArrayList<>();
    List<Long> dimensionValues;
    List<String> municipalities;
    /** Two themes of A, one of B; results serve none, one or two of them. */
    List<Long> themes = new ArrayList<>();
    int nextYear = 2026;
    /** Windows that held every value of a non-empty stored total over all periods: read from the stored rows. */
    int windowsFromStored;

    @BeforeEach
    void setUp() {
        f = new ResultsFixtures(context);
        a = f.programme();
        b = f.programme();
        f.halfYears(a, 2024, 2025);
        f.halfYears(b, 2024, 2024);
        String unit = ResultsFixtures.unique("U").toLowerCase();
        catalogues.add(f.catalogue(a, unit, Measure.UNIT, false));
        catalogues.add(f.catalogue(a, ResultsFixtures.unique("C").toLowerCase(), Measure.UNIT, true));
        catalogues.add(f.catalogue(a, ResultsFixtures.unique("P").toLowerCase(), Measure.PERCENTAGE, false));
        catalogues.add(f.catalogue(b, unit, Measure.UNIT, false)); // the same code in both: one group across them
        catalogues.add(f.catalogue(b, ResultsFixtures.unique("Q").toLowerCase(), Measure.PERCENTAGE, true));
        dimensionValues = f.dimension(a, "m", "v");
        municipalities = f.municipalities();
        projects.add(f.project(a));
        projects.add(f.project(a, b)); // joint
        projects.add(f.project(b));
        inTransaction(() -> f.dsl.execute("update project set published = true where id in (?, ?)", projects.get(0),
                projects.get(1)));
        for (long project : projects) {
            for (long catalogue : catalogues) {
                long programme = catalogue < catalogues.get(3) ? a : b;
                boolean member = f.dsl.fetchExists(f.dsl.selectFrom("project_programme")
                        .where("project_id = ? and programme_id = ?", project, programme));
                if (member) {
                    indicators.add(f.indicator(project, catalogue, measureOf(catalogue), cumulativeOf(catalogue)));
                }
            }
            indicators.add(f.indicator(project, null, Measure.UNIT, false)); // the project's own: never added in
        }
        themes.add(theme(a));
        themes.add(theme(a));
        themes.add(theme(b));
        inTransaction(() -> {
            for (int i = 0; i < indicators.size(); i++) {
                long result = resultOf(indicators.get(i));
                f.dsl.execute("insert into result_theme (result_id, theme_id) values (?, ?)", result, themes.get(i % 3));
                if (i % 4 == 0) {
                    f.dsl.execute("insert into result_theme (result_id, theme_id) values (?, ?)", result,
                            themes.get((i + 1) % 3));
                }
            }
        });
    }

    private long theme(long programme) {
        return f.dsl.fetchSingle("insert into theme (programme_id, code, name, kind) values (?, ?, 'Thema', 'THEME')"
                + " returning id", programme, ResultsFixtures.unique("T")).get(0, Long.class);
    }

    private long resultOf(long indicator) {
        return f.dsl.fetchSingle("select result_id from indicator where id = ?", indicator).get(0, Long.class);
    }

    private long programmeOfTheme(long theme) {
        return f.dsl.fetchSingle("select programme_id from theme where id = ?", theme).get(0, Long.class);
    }

    private Measure measureOf(long catalogue) {
        return Measure.valueOf(f.dsl.fetchSingle("select measure from catalogue_indicator where id = ?", catalogue)
                .get(0, String.class));
    }

    private boolean cumulativeOf(long catalogue) {
        return f.dsl.fetchSingle("select cumulative from catalogue_indicator where id = ?", catalogue).get(0, Boolean.class);
    }

    private void inTransaction(Runnable step) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> step.run());
    }

    @Test
    void theStoredTotalsEqualAFreshComputationAfterEveryChange() {
        Random random = new Random(20261130L);
        int done = 0;
        for (int step = 0; step < 160; step++) {
            String what = step(random, step);
            if (what != null) {
                done++;
            }
            assertStoredEqualsFresh("step " + step + " " + what);
        }
        assertThat(done).as("steps that changed something").isGreaterThan(100);
        assertThat(f.dsl.fetchCount(f.dsl.selectFrom("programme_result_total").where("programme_id in (?, ?)", a, b)))
                .as("the totals the sequence leaves").isPositive();
        assertThat(f.dsl.fetchCount(f.dsl.selectFrom("theme_result_total").where("theme_id in (?, ?, ?)",
                themes.toArray()))).as("the theme totals the sequence leaves").isPositive();
        assertThat(windowsFromStored).as("windows read from the stored totals over all periods").isGreaterThan(100);
    }

    /** One random change in its own transaction; null when it was refused or found nothing to change. */
    private String step(Random random, int step) {
        long indicator = pick(random, indicators);
        try {
            switch (random.nextInt(20)) {
                case 0, 1, 2, 14, 15 -> {
                    List<Long> periods = periodsOf(indicator);
                    if (periods.isEmpty()) {
                        return null;
                    }
                    f.updates.create(indicator, input(random, indicator, pick(random, periods)), f.admin);
                    return "create (a correction where one is approved)";
                }
                case 3, 4, 5, 6, 7, 16, 17 -> {
                    // the oldest open update one step further: submitted, returned (now and then) or approved
                    Long id = f.dsl.fetchOptional("""
                            select u.id from result_update u where u.status <> 'APPROVED'
                            and u.indicator_id in (select unnest(?::bigint[])) order by u.id limit 1""",
                            (Object) indicators.toArray(Long[]::new)).map(r -> r.get(0, Long.class)).orElse(null);
                    if (id == null) {
                        return null;
                    }
                    String status = f.dsl.fetchSingle("select status from result_update where id = ?", id)
                            .get(0, String.class);
                    if (status.equals("DRAFT") || status.equals("RETURNED")) {
                        f.updates.submit(id, review(id), f.admin);
                        return "submit";
                    }
                    if (random.nextInt(4) == 0) {
                        f.updates.returnToLead(id, new ReviewInput("Graag aanvullen", version(id)), f.admin);
                        return "return";
                    }
                    f.updates.approve(id, review(id), f.admin);
                    return "approve";
                }
                case 8 -> {
                    inTransaction(() -> f.dsl.execute("""
                            update update_disaggregation set value = value + ? where id = (
                                select d.id from update_disaggregation d join result_update u on u.id = d.update_id
                                where u.status = 'APPROVED' order by d.id desc offset ? limit 1)""",
                            random.nextInt(5) + 1, random.nextInt(3)));
                    return "disaggregation changed";
                }
                case 9 -> {
                    long catalogue = pick(random, catalogues);
                    inTransaction(() -> f.dsl.execute("""
                            update indicator set catalogue_indicator_id = case when catalogue_indicator_id is null
                                then ? else null end, measure = case when catalogue_indicator_id is null then ?
                                else measure end where id = ?""",
                            catalogue, measureOf(catalogue).name(), indicator));
                    return "indicator adopted or let go";
                }
                case 10 -> {
                    long project = pick(random, projects);
                    inTransaction(() -> f.dsl.execute("update project set published = not published, title = title || 'x' where id = ?", project));
                    return "project published or not, and renamed";
                }
                case 11 -> {
                    long project = pick(random, projects);
                    long programme = random.nextBoolean() ? a : b;
                    inTransaction(() -> {
                        if (f.dsl.execute("delete from project_programme where project_id = ? and programme_id = ?",
                                project, programme) == 0) {
                            f.dsl.execute("insert into project_programme (project_id, programme_id) values (?, ?)",
                                    project, programme);
                        }
                    });
                    return "project added to or taken from a programme";
                }
                case 12 -> {
                    if (step % 3 == 0) {
                        framework.addPeriods(random.nextBoolean() ? a : b, new PeriodPlanInput(null, nextYear, nextYear),
                                f.admin);
                        nextYear++;
                        return "new periods";
                    }
                    long catalogue = pick(random, catalogues);
                    inTransaction(() -> f.dsl.execute(
                            "update catalogue_indicator set code = ?, cumulative = not cumulative where id = ?",
                            ResultsFixtures.unique("K").toLowerCase(), catalogue));
                    return "catalogue indicator changed";
                }
                case 18, 19 -> {
                    long result = resultOf(indicator);
                    long theme = pick(random, themes);
                    if (random.nextInt(6) == 0) {
                        long to = programmeOfTheme(theme) == a ? b : a;
                        inTransaction(() -> f.dsl.execute("update theme set programme_id = ? where id = ?", to, theme));
                        return "theme moved to the other programme";
                    }
                    inTransaction(() -> {
                        if (f.dsl.execute("delete from result_theme where result_id = ? and theme_id = ?", result,
                                theme) == 0) {
                            f.dsl.execute("insert into result_theme (result_id, theme_id) values (?, ?)", result, theme);
                        }
                    });
                    return "result serves a theme or no longer";
                }
                default -> {
                    if (step < 120 || projects.size() < 3) {
                        return null;
                    }
                    long project = projects.remove(1);
                    inTransaction(() -> f.dsl.execute("delete from project where id = ?", project));
                    indicators.removeIf(i -> f.dsl.fetchCount(f.dsl.selectFrom("indicator").where("id = ?", i)) == 0);
                    return "project deleted";
                }
            }
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private int version(long updateId) {
        return f.dsl.fetchSingle("select version from result_update where id = ?", updateId).get(0, Integer.class);
    }

    private ReviewInput review(long updateId) {
        return new ReviewInput(null, version(updateId));
    }

    private List<Long> periodsOf(long indicator) {
        return f.dsl.fetch("""
                select p.id from reporting_period p where p.programme_id in (select pp.programme_id from project_programme pp
                    join result r on r.project_id = pp.project_id join indicator i on i.result_id = r.id where i.id = ?)
                order by p.id""", indicator).getValues(0, Long.class);
    }

    private UpdateInput input(Random random, long indicator, long period) {
        var measure = f.dsl.fetchSingle("select measure from indicator where id = ?", indicator).get(0, String.class);
        if (measure.equals(Measure.PERCENTAGE.name())) {
            int denominator = random.nextInt(50) + 1;
            return ratio(period, String.valueOf(random.nextInt(denominator + 1)), String.valueOf(denominator));
        }
        int total = random.nextInt(100);
        var qualifier = random.nextInt(5) == 0 ? ValueQualifier.AT_LEAST : ValueQualifier.EXACT;
        return switch (random.nextInt(4)) {
            case 0 -> value(period, String.valueOf(total), qualifier,
                    List.of(area(municipalities.get(0), String.valueOf(total / 2)),
                            area(municipalities.get(1), String.valueOf(total / 4))));
            case 1 -> value(period, String.valueOf(total), qualifier, List.of(dimension(dimensionValues.get(0),
                    String.valueOf(total / 3)), dimension(dimensionValues.get(1), String.valueOf(total - total / 3
                            + random.nextInt(2))))); // sometimes one too many: flagged
            default -> value(period, String.valueOf(total), qualifier, List.of());
        };
    }

    private static long pick(Random random, List<Long> from) {
        return from.get(random.nextInt(from.size()));
    }

    private List<Window> windows(long programme) {
        return reader.windows(reader.periods(programme));
    }

    private static final Comparator<MunicipalityFigure> SPLIT_ORDER = Comparator.comparing(MunicipalityFigure::group)
            .thenComparing(MunicipalityFigure::window)
            .thenComparing(MunicipalityFigure::areaCode, Comparator.nullsLast(Comparator.naturalOrder()));

    private void assertStoredEqualsFresh(String after) {
        for (long programme : List.of(a, b)) {
            for (boolean all : List.of(false, true)) {
                String what = after + ", programme " + (programme == a ? "A" : "B") + (all ? ", all" : ", public");
                List<Figure> fresh = f.rollUps.figures(f.rollUps.programme(programme, all), windows(programme));
                assertThat(totals.figures(programme, all)).as(what + ": stored and clean").isPresent();
                assertThat(totals.figures(programme, all).orElseThrow()).as(what).isEqualTo(fresh);
                List<MunicipalityFigure> split = f.rollUps.byMunicipality(f.rollUps.programme(programme, all),
                        windows(programme)).stream().sorted(SPLIT_ORDER).toList();
                assertThat(totals.byMunicipality(programme, all).orElseThrow().stream().sorted(SPLIT_ORDER).toList())
                        .as(what + ": by municipality").isEqualTo(split);
                Map<String, List<String>> sources = new LinkedHashMap<>();
                f.rollUps.contributors(f.rollUps.programme(programme, all), List.of(RegionResults.ALL_PERIODS))
                        .forEach(c -> sources.computeIfAbsent(c.group(), g -> new ArrayList<>())
                                .add(c.projectId() + " " + c.projectTitle()));
                Map<String, List<String>> stored = new LinkedHashMap<>();
                totals.sources(programme, all, 2).orElseThrow().forEach((group, behind) -> {
                    assertThat(behind.count()).as(what + ": sources of " + group).isEqualTo(sources.get(group).size());
                    stored.put(group, behind.first().stream().map(c -> c.projectId() + " " + c.projectTitle()).toList());
                });
                sources.replaceAll((group, behind) -> behind.subList(0, Math.min(2, behind.size())));
                assertThat(stored).as(what + ": sources").isEqualTo(sources);
            }
        }
        assertThat(f.dsl.fetchCount(f.dsl.selectFrom("programme_result_state").where("dirty"))).as(after + ": dirty")
                .isZero();
        assertRegionStoredEqualsFresh(after);
        assertThemesStoredEqualsFresh(after);
        assertWindowsEqualFresh(after);
    }

    /** The themes' stored totals ({@link ThemeTotals}, V36) against the engine over each theme, anew. */
    private void assertThemesStoredEqualsFresh(String after) {
        List<Window> all = List.of(RegionResults.ALL_PERIODS);
        for (long theme : themes) {
            for (boolean includeUnpublished : List.of(false, true)) {
                String what = after + ", theme " + themes.indexOf(theme) + (includeUnpublished ? ", all" : ", public");
                RollUps.Scope scope = f.rollUps.theme(theme, includeUnpublished);
                List<Window> periods = windows(programmeOfTheme(theme));
                assertThat(themeTotals.figures(theme, includeUnpublished)).as(what + ": stored and clean")
                        .contains(f.rollUps.figures(scope, periods));
                assertThat(themeTotals.figuresOfAllPeriods(theme, includeUnpublished)).as(what + ": all periods")
                        .contains(f.rollUps.figures(scope, all));
                assertThat(themeTotals.byMunicipality(theme, includeUnpublished)).as(what + ": by municipality")
                        .contains(f.rollUps.byMunicipality(scope, periods));
                Map<String, List<String>> fresh = new LinkedHashMap<>();
                f.rollUps.contributors(scope, all).forEach(c -> fresh.computeIfAbsent(c.group(), g -> new ArrayList<>())
                        .add(c.projectId() + " " + c.projectTitle()));
                Map<String, List<String>> stored = new LinkedHashMap<>();
                themeTotals.sources(theme, includeUnpublished, 2).orElseThrow().forEach((group, behind) -> {
                    assertThat(behind.count()).as(what + ": sources of " + group).isEqualTo(fresh.get(group).size());
                    stored.put(group, behind.first().stream().map(c -> c.projectId() + " " + c.projectTitle()).toList());
                });
                fresh.replaceAll((group, behind) -> behind.subList(0, Math.min(2, behind.size())));
                assertThat(stored).as(what + ": sources").isEqualTo(fresh);
            }
        }
        assertThat(f.dsl.fetchCount(f.dsl.selectFrom("theme_result_state").where("dirty"))).as(after + ": themes dirty")
                .isZero();
    }

    /**
     * The totals over a window of dates ({@code /api/roll-ups}) of the region, of each programme and of both, against
     * the engine over that window, anew: windows that hold all values (read from the stored totals over all periods)
     * and windows that cut through them (computed). The stored totals over all periods are checked on their own too.
     */
    private void assertWindowsEqualFresh(String after) {
        var last = java.time.LocalDate.of(nextYear - 1, 12, 31);
        List<Window> windows = List.of(new Window("a", java.time.LocalDate.of(2024, 1, 1), last),
                new Window("b", java.time.LocalDate.of(2023, 6, 1), last.plusYears(1)),
                new Window("c", java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31)),
                new Window("d", java.time.LocalDate.of(2024, 7, 1), java.time.LocalDate.of(2030, 1, 1)),
                new Window("e", java.time.LocalDate.of(1900, 1, 1), java.time.LocalDate.of(9999, 12, 31)));
        for (boolean includeUnpublished : List.of(false, true)) {
            for (List<Long> programmes : List.of(List.<Long>of(), List.of(a), List.of(b), List.of(a, b))) {
                RollUps.Scope scope = programmes.isEmpty() ? f.rollUps.region(includeUnpublished)
                        : f.rollUps.programmes(programmes, includeUnpublished);
                var stored = programmes.isEmpty() ? regionTotals.figures(includeUnpublished)
                        : programmes.size() == 1 ? totals.figuresOfAllPeriods(programmes.get(0), includeUnpublished)
                        : java.util.Optional.<List<Figure>>empty();
                for (Window window : windows) {
                    if (stored.isPresent() && !stored.get().isEmpty()
                            && stored.get().stream().allMatch(x -> RollUps.holdsAll(window, x))) {
                        windowsFromStored++;
                    }
                    String what = after + ", window " + window + " of " + (programmes.isEmpty() ? "the region"
                            : programmes.equals(List.of(a)) ? "A" : programmes.equals(List.of(b)) ? "B" : "A and B")
                            + (includeUnpublished ? ", all" : ", public");
                    assertThat(reader.windowRollUp(programmes, includeUnpublished, window, Locale.ROOT)).as(what)
                            .isEqualTo(reader.rollUp(scope, List.of(window), Map.of(), Map.of(), Locale.ROOT));
                }
                if (programmes.size() == 1) {
                    long programme = programmes.get(0);
                    List<Window> all = List.of(RegionResults.ALL_PERIODS);
                    assertThat(totals.figuresOfAllPeriods(programme, includeUnpublished)).as(after + ": all periods")
                            .contains(f.rollUps.figures(scope, all));
                    assertThat(totals.byMunicipalityOfAllPeriods(programme, includeUnpublished))
                            .as(after + ": all periods by municipality").contains(f.rollUps.byMunicipality(scope, all));
                }
            }
        }
    }

    /** The region's stored totals ({@link RegionTotals}, V34) against the engine over the whole region, anew. */
    private void assertRegionStoredEqualsFresh(String after) {
        List<Window> all = List.of(RegionResults.ALL_PERIODS);
        for (boolean includeUnpublished : List.of(false, true)) {
            String what = after + ", region" + (includeUnpublished ? ", all" : ", public");
            RollUps.Scope scope = f.rollUps.region(includeUnpublished);
            // a code adopted with two measures has two figures, in no particular order
            Comparator<Figure> order = Comparator.comparing(Figure::group).thenComparing(x -> x.aggregation().name());
            assertThat(regionTotals.figures(includeUnpublished).orElseThrow().stream().sorted(order).toList())
                    .as(what + ": stored and clean")
                    .isEqualTo(f.rollUps.figures(scope, all).stream().sorted(order).toList());
            assertThat(regionTotals.byMunicipality(includeUnpublished).orElseThrow().stream().sorted(SPLIT_ORDER)
                    .toList()).as(what + ": by municipality")
                    .isEqualTo(f.rollUps.byMunicipality(scope, all).stream().sorted(SPLIT_ORDER).toList());
            Map<String, List<String>> fresh = new LinkedHashMap<>();
            Map<String, List<String>> freshInArea = new LinkedHashMap<>();
            long area = f.dsl.fetchSingle("select id from area where code = ?", municipalities.get(0)).get(0, Long.class);
            f.rollUps.contributors(scope, all).forEach(c -> {
                String source = c.projectId() + " " + c.projectTitle() + " " + c.areaIds();
                fresh.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(source);
                if (c.areaIds().contains(area)) {
                    freshInArea.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(source);
                }
            });
            assertThat(storedSources(includeUnpublished, null)).as(what + ": sources").isEqualTo(fresh);
            assertThat(storedSources(includeUnpublished, List.of(area))).as(what + ": sources in a municipality")
                    .isEqualTo(freshInArea);
            // two shown: the first two in order, and the count of all (read from the last position, or counted in an area)
            assertFirstTwo(what + ": first sources", regionTotals.sources(includeUnpublished, null, 2).orElseThrow(), fresh);
            assertFirstTwo(what + ": first sources in a municipality",
                    regionTotals.sources(includeUnpublished, List.of(area), 2).orElseThrow(), freshInArea);
        }
        assertThat(f.dsl.fetchCount(f.dsl.selectFrom("region_result_state").where("dirty"))).as(after + ": region dirty")
                .isZero();
    }

    private static void assertFirstTwo(String what, Map<String, StoredRollUps.Sources> stored,
            Map<String, List<String>> fresh) {
        assertThat(stored.keySet()).as(what).isEqualTo(fresh.keySet());
        stored.forEach((group, behind) -> {
            List<String> all = fresh.get(group);
            assertThat(behind.count()).as(what + " " + group + ": count").isEqualTo(all.size());
            assertThat(behind.first().stream().map(c -> c.projectId() + " " + c.projectTitle() + " " + c.areaIds())
                    .toList()).as(what + " " + group).isEqualTo(all.subList(0, Math.min(2, all.size())));
        });
    }

    private Map<String, List<String>> storedSources(boolean includeUnpublished, List<Long> areas) {
        Map<String, List<String>> stored = new LinkedHashMap<>();
        regionTotals.sources(includeUnpublished, areas, 1000).orElseThrow().forEach((group, behind) -> {
            assertThat(behind.count()).isEqualTo(behind.first().size());
            stored.put(group, behind.first().stream()
                    .map(c -> c.projectId() + " " + c.projectTitle() + " " + c.areaIds()).toList());
        });
        return stored;
    }

    @Test
    void aRolledBackChangeLeavesTheStoredTotalsAsTheyWere() {
        long indicator = indicators.get(0);
        long period = periodsOf(indicator).get(0);
        f.approved(indicator, value(period, "40"));
        List<Figure> before = totals.figures(a, true).orElseThrow();
        assertThat(before).isNotEmpty();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            f.approved(indicator, value(period, "400")); // a correction, approved, then rolled back
            s.setRollbackOnly();
        });
        assertThat(totals.figures(a, true)).contains(before);
        assertStoredEqualsFresh("after the rollback");
    }

    @Test
    void aDirtyProgrammeIsComputedOnRequestAndACleanOneReadFromTheStoredRows() {
        long indicator = indicators.get(0);
        f.approved(indicator, value(periodsOf(indicator).get(0), "40"));
        BigDecimal right = reader.programmeRollUp(a, true, Locale.ROOT).figures().get(0).value();
        // the stored rows, made wrong behind the engine's back (outside any transaction: nothing recomputes them)
        f.dsl.execute("update programme_result_total set value = value + 1000 where programme_id = ?", a);
        assertThat(reader.programmeRollUp(a, true, Locale.ROOT).figures().get(0).value())
                .as("clean: read from the stored rows").isEqualByComparingTo(right.add(BigDecimal.valueOf(1000)));
        f.dsl.execute("update programme_result_state set dirty = true where programme_id = ?", a);
        assertThat(reader.programmeRollUp(a, true, Locale.ROOT).figures().get(0).value())
                .as("dirty: computed on request").isEqualByComparingTo(right);
        assertThat(reader.programmeFigures(a, true, reader.catalogue(a, Locale.ROOT), reader.periods(a), Locale.ROOT)
                .get(0).value()).isEqualByComparingTo(right);
        // the next write transaction stores them anew
        f.approved(indicator, value(periodsOf(indicator).get(1), "2"));
        assertStoredEqualsFresh("after the next write");
    }
}
