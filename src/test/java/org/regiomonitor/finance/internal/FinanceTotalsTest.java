package org.regiomonitor.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FINANCE_TOTAL_STATE;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.finance.AreaFinance;
import org.regiomonitor.finance.CategoryTotals;
import org.regiomonitor.finance.FinanceFixtures;
import org.regiomonitor.finance.MoneySources;
import org.regiomonitor.finance.MoneyTotals;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.SourceLines;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored money totals (V29, {@link FinanceTotals}) against a from-scratch recomputation (issue 10, acceptance 3):
 * after every change of a seeded random sequence (new lines, revisions, line and project deletions, publication of
 * programmes and projects, memberships, areas reached, a funder's category), each in its own transaction, the
 * stored totals, sources and project counts of every group of every stored scope equal
 * {@link FinanceQueries#aggregate}, {@link FinanceQueries#sources} and {@link FinanceQueries#projectCounts} computed
 * anew over all lines, for the public view and for all, and nothing is left marked dirty. A rolled-back change
 * leaves them as they were; a group marked dirty is computed on request.
 */
@IntegrationTest
class FinanceTotalsTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    FinanceTotals totals;
    @Autowired
    FinanceQueries queries;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    QueryCounter counter;
    @Autowired
    org.regiomonitor.finance.FinanceFigures figures;
    @Autowired
    org.regiomonitor.area.Areas areaLookup;

    FinanceFixtures f;
    List<Long> programmes = new ArrayList<>();
    List<Long> projects = new ArrayList<>();
    List<Long> funders = new ArrayList<>();
    List<Long> sources = new ArrayList<>();
    List<String> areas = new ArrayList<>();
    String region;
    String province;
    static final List<String> CATEGORIES = List.of("RIJK", "PROVINCIE", "GEMEENTEN", "ONDERWIJS", "PRIVAAT", "EU",
            "OVERIG");

    @BeforeEach
    void setUp() {
        f = new FinanceFixtures(dsl, users);
        inTransaction(() -> {
            programmes.add(f.programme(2023, 2027, null, true));
            programmes.add(f.programme(2024, 2028, null, false));
            for (int i = 0; i < 3; i++) {
                areas.add(f.area("MUNICIPALITY"));
                sources.add(f.source("Bron " + i));
            }
            for (String category : List.of("RIJK", "GEMEENTEN", "PRIVAAT", "EU")) {
                funders.add(f.funder(category));
            }
            projects.add(f.project(true, programmes.get(0)));
            projects.add(f.project(true, programmes.get(0), programmes.get(1))); // joint
            projects.add(f.project(false, programmes.get(1)));
            f.projectReaches(projects.get(0), areas.get(0));
            f.projectReaches(projects.get(1), areas.get(0));
            f.projectReaches(projects.get(1), areas.get(1));
            // a province with a region of two municipalities and one of its own; the third was once in the region
            region = f.area("REGION");
            province = f.area("PROVINCE");
            member(region, areas.get(0), null);
            member(region, areas.get(1), null);
            member(region, areas.get(2), LocalDate.of(2001, 1, 1));
            member(province, region, null);
            member(province, areas.get(2), null);
        });
    }

    private void member(String parent, String member, LocalDate validTo) {
        dsl.insertInto(AREA_MEMBERSHIP).set(AREA_MEMBERSHIP.PARENT_ID, areaId(parent))
                .set(AREA_MEMBERSHIP.MEMBER_ID, areaId(member)).set(AREA_MEMBERSHIP.VALID_TO, validTo).execute();
    }

    private long areaId(String code) {
        return dsl.fetchValue(AREA.ID, AREA.CODE.eq(code));
    }

    private void inTransaction(Runnable step) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> step.run());
    }

    @Test
    void theStoredTotalsEqualAFreshComputationAfterEveryChange() {
        Random random = new Random(20261201L);
        int done = 0;
        for (int step = 0; step < 150; step++) {
            String[] what = new String[1];
            try {
                inTransaction(() -> what[0] = step(random));
            } catch (InvalidInputException refused) { // e.g. a second line of a funder for the same year
                what[0] = null;
            }
            if (what[0] != null) {
                done++;
            }
            assertStoredEqualsFresh("step " + step + " " + what[0]);
        }
        assertThat(done).as("steps that changed something").isGreaterThan(100);
        assertThat(dsl.fetchCount(BUDGET_LINE, BUDGET_LINE.PROJECT_ID.in(projects)
                .or(BUDGET_LINE.PROGRAMME_ID.in(programmes)))).as("lines the sequence leaves").isPositive();
    }

    @Test
    void aDocumentCitedAtManyPlacesKeepsItsFirstPlacesAndCountsItsLines() {
        long programme = programmes.get(0);
        long project = projects.get(0);
        inTransaction(() -> {
            for (int i = 0; i < 12; i++) {
                // places in code point order: "row 10" before "row 2"
                cite(f.line(programme, null, funders.get(0), 2000 + i, "10.00", null, null, sources.get(0)), "row " + i);
                cite(f.line(null, project, funders.get(1), 2000 + i, "5.00", null, null, sources.get(1)), "row " + i);
            }
            cite(f.line(programme, null, funders.get(0), 1999, "10.00", null, null, sources.get(0)), null);
            // a document at one place in another category
            f.line(programme, null, funders.get(2), 1999, "1.00", null, null, sources.get(2));
        });
        assertStoredEqualsFresh("many places");

        MoneySources own = figures.programme(programme, true).sources();
        assertThat(own.documents()).hasSize(2);
        MoneySources.Document many = own.documents().stream().filter(d -> d.title().equals("Bron 0")).findFirst()
                .orElseThrow();
        assertThat(many.citations()).isEqualTo(13);
        assertThat(many.places()).containsExactly("row 0", "row 1", "row 10", "row 11", "row 2", "row 3", "row 4",
                "row 5", "row 6");
        assertThat(many.allPlaces()).isFalse();
        // the page names each document once, the one with more places than it lists by its citing lines
        assertThat(own.refs()).extracting(SourceRef::locator).containsOnlyNulls().hasSize(2);
        assertThat(own.lines().lines()).extracting(SourceLines.Line::places, SourceLines.Line::citations)
                .containsExactlyInAnyOrder(tuple(9, 13), tuple(1, 0));

        // the area the project reaches: the same bounded document, from the stored groups and on request
        var area = areaLookup.get(areas.get(0));
        AreaFinance reach = figures.reaching(area, false, true);
        assertThat(reach).isEqualTo(figures.reachingOnRequest(area, false, true));
        assertThat(reach.sources().documents()).filteredOn(d -> d.title().equals("Bron 1"))
                .singleElement().satisfies(d -> assertThat(d.citations()).isEqualTo(12));
    }

    /** The current revision of the line cites its source at the place. */
    private void cite(long line, String place) {
        dsl.update(BUDGET_REVISION).set(BUDGET_REVISION.SOURCE_LOCATOR, place)
                .where(BUDGET_REVISION.BUDGET_LINE_ID.eq(line)).execute();
    }

    @Test
    void aRolledBackChangeLeavesTheStoredTotalsAsTheyWere() {
        inTransaction(() -> f.line(null, projects.get(0), funders.get(0), 2025, "100.00", "50.00", null,
                sources.get(0)));
        var before = totals.storedAggregate(LineScope.PROGRAMME_PROJECTS, programmes.get(0), false);
        assertThat(before).isPresent();
        try {
            new TransactionTemplate(transactions).executeWithoutResult(s -> {
                f.line(null, projects.get(0), funders.get(0), 2026, "999.00", null, null, sources.get(1));
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(totals.storedAggregate(LineScope.PROGRAMME_PROJECTS, programmes.get(0), false)).isEqualTo(before);
        assertStoredEqualsFresh("after the rollback");
    }

    @Test
    void aDirtyGroupIsComputedOnRequestAndACleanOneReadFromItsRows() {
        inTransaction(() -> f.line(programmes.get(0), null, funders.get(1), null, "250.00", null, null,
                sources.get(0)));
        long programme = programmes.get(0);
        List<Aggregate<Long>> stored = totals.aggregate(LineScope.PROGRAMME_OWN, programme, true);
        assertThat(stored).singleElement().satisfies(a -> assertThat(a.totals().budgeted()).isEqualByComparingTo("250"));

        // a write outside any transaction leaves the group dirty: the stored rows are not used
        dsl.insertInto(BUDGET_REVISION).set(BUDGET_REVISION.BUDGET_LINE_ID,
                        f.lineId(programme, null, funders.get(1)))
                .set(BUDGET_REVISION.REVISION, 2).set(BUDGET_REVISION.BUDGETED, new BigDecimal("300.00"))
                .set(BUDGET_REVISION.RECORDED_BY, "test").execute();
        assertThat(totals.storedAggregate(LineScope.PROGRAMME_OWN, programme, true)).isEmpty();
        assertThat(totals.aggregate(LineScope.PROGRAMME_OWN, programme, true)).singleElement()
                .satisfies(a -> assertThat(a.totals().budgeted()).isEqualByComparingTo("300"));

        // the next writing transaction stores it again
        inTransaction(() -> dsl.update(PROGRAMME).set(PROGRAMME.NAME, PROGRAMME.NAME).where(PROGRAMME.ID.eq(programme))
                .execute());
        assertThat(totals.storedAggregate(LineScope.PROGRAMME_OWN, programme, true)).hasValueSatisfying(list ->
                assertThat(list).singleElement().satisfies(a -> assertThat(a.totals().budgeted())
                        .isEqualByComparingTo("300")));
        counter.reset();
        totals.aggregate(LineScope.PROGRAMME_PROJECTS, null, false);
        assertThat(counter.count()).as("all programmes' totals in one statement").isEqualTo(1);
    }

    @Test
    void areaGroupsStoredBeforeAMembershipBeganAreComputedOnRequestUntilStoredAnew() {
        inTransaction(() -> f.line(null, projects.get(0), funders.get(0), 2025, "100.00", null, null, sources.get(0)));
        // the province gains the region's third municipality today; groups stored yesterday predate that
        inTransaction(() -> dsl.update(AREA_MEMBERSHIP).set(AREA_MEMBERSHIP.VALID_FROM, LocalDate.now())
                .where(AREA_MEMBERSHIP.PARENT_ID.eq(areaId(province))).and(AREA_MEMBERSHIP.MEMBER_ID.eq(
                        areaId(areas.get(2)))).execute());
        java.util.function.Function<org.jooq.Field<String>, Condition> ofRegion =
                key -> org.regiomonitor.portfolio.PortfolioSql.reachOf(key, region, false);
        assertThat(totals.storedGroups(LineScope.AREA_REACH, ofRegion, true)).isPresent();
        dsl.update(FINANCE_TOTAL_STATE).set(FINANCE_TOTAL_STATE.STORED_ON, LocalDate.now().minusDays(1))
                .where(FINANCE_TOTAL_STATE.SCOPE.eq(LineScope.AREA_REACH.name())).execute();
        assertThat(totals.storedGroups(LineScope.AREA_REACH, ofRegion, true)).isEmpty();
        var area = areaLookup.get(region);
        assertThat(figures.reaching(area, false, true)).isEqualTo(figures.reachingOnRequest(area, false, true));

        // the next writing transaction stores them anew
        inTransaction(() -> dsl.update(PROGRAMME).set(PROGRAMME.NAME, PROGRAMME.NAME)
                .where(PROGRAMME.ID.eq(programmes.get(0))).execute());
        assertThat(totals.storedGroups(LineScope.AREA_REACH, ofRegion, true)).isPresent();
        assertStoredEqualsFresh("stored anew");
    }

    /** One random change; null when there was nothing to change. */
    private String step(Random random) {
        switch (random.nextInt(18)) {
            case 0, 1, 2 -> {
                boolean own = random.nextInt(4) == 0;
                Integer year = random.nextInt(3) == 0 ? null : 2023 + random.nextInt(5);
                f.line(own ? pick(random, programmes) : null, own ? null : pick(random, projects), pick(random, funders),
                        year, amount(random), amount(random), amount(random),
                        random.nextInt(5) == 0 ? null : pick(random, sources));
                return "new line";
            }
            case 3, 4, 5, 6 -> {
                Long line = anyLine(random);
                if (line == null) {
                    return null;
                }
                int next = dsl.select(DSL.max(BUDGET_REVISION.REVISION)).from(BUDGET_REVISION)
                        .where(BUDGET_REVISION.BUDGET_LINE_ID.eq(line)).fetchSingle().value1() + 1;
                dsl.insertInto(BUDGET_REVISION).set(BUDGET_REVISION.BUDGET_LINE_ID, line)
                        .set(BUDGET_REVISION.REVISION, next).set(BUDGET_REVISION.BUDGETED, dec(amount(random)))
                        .set(BUDGET_REVISION.COMMITTED, dec(amount(random)))
                        .set(BUDGET_REVISION.REALISED, dec(amount(random))).set(BUDGET_REVISION.RECORDED_BY, "test")
                        .set(BUDGET_REVISION.SOURCE_ID, random.nextInt(4) == 0 ? null : pick(random, sources))
                        // often more places of a document than are kept (MoneySources.PLACES_KEPT), and none
                        .set(BUDGET_REVISION.SOURCE_LOCATOR, random.nextInt(6) == 0 ? null
                                : "p. " + random.nextInt(14)).execute();
                return "revision " + next + " of line " + line;
            }
            case 7 -> {
                long project = pick(random, projects);
                dsl.update(PROJECT).set(PROJECT.PUBLISHED, DSL.not(PROJECT.PUBLISHED)).where(PROJECT.ID.eq(project))
                        .execute();
                return "publication of project " + project;
            }
            case 8 -> {
                long programme = pick(random, programmes);
                dsl.update(PROGRAMME).set(PROGRAMME.PUBLISHED, DSL.not(PROGRAMME.PUBLISHED))
                        .where(PROGRAMME.ID.eq(programme)).execute();
                return "publication of programme " + programme;
            }
            case 9 -> {
                long project = pick(random, projects);
                long programme = pick(random, programmes);
                boolean member = dsl.fetchExists(PROJECT_PROGRAMME, PROJECT_PROGRAMME.PROJECT_ID.eq(project)
                        .and(PROJECT_PROGRAMME.PROGRAMME_ID.eq(programme)));
                int memberships = dsl.fetchCount(PROJECT_PROGRAMME, PROJECT_PROGRAMME.PROJECT_ID.eq(project));
                if (member && memberships > 1) {
                    dsl.deleteFrom(PROJECT_PROGRAMME).where(PROJECT_PROGRAMME.PROJECT_ID.eq(project))
                            .and(PROJECT_PROGRAMME.PROGRAMME_ID.eq(programme)).execute();
                    return "project " + project + " leaves programme " + programme;
                } else if (!member) {
                    dsl.insertInto(PROJECT_PROGRAMME).set(PROJECT_PROGRAMME.PROJECT_ID, project)
                            .set(PROJECT_PROGRAMME.PROGRAMME_ID, programme).execute();
                    return "project " + project + " joins programme " + programme;
                }
                return null;
            }
            case 10, 11 -> {
                long project = pick(random, projects);
                String area = pick(random, areas);
                long areaId = dsl.fetchValue(org.regiomonitor.db.Tables.AREA.ID,
                        org.regiomonitor.db.Tables.AREA.CODE.eq(area));
                if (dsl.deleteFrom(PROJECT_AREA).where(PROJECT_AREA.PROJECT_ID.eq(project))
                        .and(PROJECT_AREA.AREA_ID.eq(areaId)).execute() == 0) {
                    f.projectReaches(project, area);
                    return "project " + project + " reaches " + area;
                }
                return "project " + project + " no longer reaches " + area;
            }
            case 12 -> {
                long funder = pick(random, funders);
                dsl.update(FUNDER).set(FUNDER.CATEGORY_CODE, pick(random, CATEGORIES)).where(FUNDER.ID.eq(funder))
                        .execute();
                return "category of funder " + funder;
            }
            case 13 -> {
                Long line = anyLine(random);
                if (line == null) {
                    return null;
                }
                dsl.deleteFrom(BUDGET_LINE).where(BUDGET_LINE.ID.eq(line)).execute();
                return "line " + line + " deleted";
            }
            case 14 -> {
                long project = f.project(random.nextBoolean(), pick(random, programmes));
                f.projectReaches(project, pick(random, areas));
                projects.add(project);
                return "new project " + project;
            }
            case 16 -> {
                long project = pick(random, projects);
                dsl.update(PROJECT).set(PROJECT.REGION_WIDE, DSL.not(PROJECT.REGION_WIDE))
                        .where(PROJECT.ID.eq(project)).execute();
                return "region-wide flag of project " + project;
            }
            case 17 -> {
                String area = pick(random, areas);
                Condition current = AREA_MEMBERSHIP.PARENT_ID.eq(areaId(region))
                        .and(AREA_MEMBERSHIP.MEMBER_ID.eq(areaId(area))).and(AREA_MEMBERSHIP.VALID_TO.isNull());
                if (dsl.deleteFrom(AREA_MEMBERSHIP).where(current).execute() == 0) {
                    dsl.deleteFrom(AREA_MEMBERSHIP).where(AREA_MEMBERSHIP.PARENT_ID.eq(areaId(region)))
                            .and(AREA_MEMBERSHIP.MEMBER_ID.eq(areaId(area))).execute();
                    member(region, area, null);
                    return area + " joins the region";
                }
                return area + " leaves the region";
            }
            default -> {
                if (projects.size() < 3) {
                    return null;
                }
                long project = projects.remove(random.nextInt(projects.size()));
                dsl.deleteFrom(PROJECT).where(PROJECT.ID.eq(project)).execute();
                return "project " + project + " deleted";
            }
        }
    }

    private Long anyLine(Random random) {
        List<Long> lines = dsl.select(BUDGET_LINE.ID).from(BUDGET_LINE)
                .where(BUDGET_LINE.PROJECT_ID.in(projects).or(BUDGET_LINE.PROGRAMME_ID.in(programmes)))
                .orderBy(BUDGET_LINE.ID).fetch(BUDGET_LINE.ID);
        return lines.isEmpty() ? null : lines.get(random.nextInt(lines.size()));
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String amount(Random random) {
        return random.nextInt(5) == 0 ? null : random.nextInt(100_000) + "." + random.nextInt(10) + "0";
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private void assertStoredEqualsFresh(String after) {
        assertThat(dsl.fetchCount(FINANCE_TOTAL_STATE, FINANCE_TOTAL_STATE.DIRTY.isTrue())).as(after + ": left dirty").isZero();
        for (LineScope<?> scope : LineScope.STORED) {
            for (boolean includeUnpublished : new boolean[] {false, true}) {
                assertScope(scope, includeUnpublished, after + ", " + scope.name() + (includeUnpublished ? " all"
                        : " public"));
            }
        }
        assertReach(after);
        assertOverview(after);
    }

    /**
     * The overview's totals per category (the dashboard's and /finance's, added up from the programmes' money read
     * once) equal those of all programmes' own lines computed from the lines.
     */
    private void assertOverview(String after) {
        for (boolean includeUnpublished : new boolean[] {false, true}) {
            Map<String, MoneyTotals> totalsByCategory = new java.util.HashMap<>();
            queries.aggregate(LineScope.PROGRAMME_OWN, LineScope.PROGRAMME_OWN.anyKey(), includeUnpublished)
                    .forEach(a -> totalsByCategory.merge(a.category(), a.totals(), MoneyTotals::plus));
            Map<String, List<MoneySources>> sourcesByCategory = new java.util.HashMap<>();
            queries.sources(LineScope.PROGRAMME_OWN, LineScope.PROGRAMME_OWN.anyKey(), includeUnpublished).values()
                    .forEach(m -> m.forEach((c, src) -> sourcesByCategory.computeIfAbsent(c, k -> new ArrayList<>())
                            .add(src)));
            for (CategoryTotals c : figures.overview(includeUnpublished).categories()) {
                String what = after + ", overview " + c.code() + (includeUnpublished ? " all" : " public");
                assertThat(c.totals()).as(what).isEqualTo(totalsByCategory.getOrDefault(c.code(), MoneyTotals.NONE));
                assertThat(c.sources()).as(what + " sources")
                        .isEqualTo(MoneySources.merge(sourcesByCategory.getOrDefault(c.code(), List.of())));
            }
        }
    }

    /**
     * The money reaching each area, added up from its stored groups, equals the money of the projects that reach it
     * computed from their lines: of a municipality, the region (today's members, with and without the region-wide
     * projects) and the province.
     */
    private void assertReach(String after) {
        List<String> all = new ArrayList<>(areas);
        all.add(region);
        all.add(province);
        for (String code : all) {
            var area = areaLookup.get(code);
            for (boolean regionWide : new boolean[] {false, true}) {
                for (boolean includeUnpublished : new boolean[] {false, true}) {
                    String what = after + ", money reaching " + code + (regionWide ? " with region-wide" : "")
                            + (includeUnpublished ? " all" : " public");
                    assertThat(totals.storedGroups(LineScope.AREA_REACH,
                            key -> org.regiomonitor.portfolio.PortfolioSql.reachOf(key, code, regionWide),
                            includeUnpublished)).as(what + ": stored").isPresent();
                    assertThat(figures.reaching(area, regionWide, includeUnpublished)).as(what)
                            .isEqualTo(figures.reachingOnRequest(area, regionWide, includeUnpublished));
                }
            }
        }
    }

    private <K> void assertScope(LineScope<K> scope, boolean includeUnpublished, String what) {
        Comparator<Aggregate<K>> order = Comparator.comparing((Aggregate<K> a) -> a.key().toString())
                .thenComparing(Aggregate::category);
        List<Aggregate<K>> fresh = queries.aggregate(scope, scope.anyKey(), includeUnpublished).stream()
                .sorted(order).toList();
        assertThat(totals.storedAggregate(scope, null, includeUnpublished)).as(what + ": stored totals")
                .hasValueSatisfying(stored -> assertThat(stored.stream().sorted(order).toList()).isEqualTo(fresh));
        Map<K, Map<String, MoneySources>> freshSources =
                queries.sources(scope, scope.anyKey(), includeUnpublished);
        assertThat(totals.storedSources(scope, null, includeUnpublished)).as(what + ": stored sources")
                .hasValue(freshSources);
        assertThat(totals.storedProjectCounts(scope, includeUnpublished)).as(what + ": project counts")
                .hasValue(queries.projectCounts(scope, scope.anyKey(), includeUnpublished).entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
