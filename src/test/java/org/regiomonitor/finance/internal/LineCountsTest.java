package org.regiomonitor.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_LINE_COUNT;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.finance.FinanceFixtures;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored line counts (V43, {@link LineCounts}) against a from-scratch count (issue 10): after every change of a
 * seeded random sequence (new lines with and without a revision, first and further revisions, all revisions removed,
 * lines moved to another funder or year, deleted lines, projects and funders, publication of programmes and
 * projects), each in its own transaction, every stored group in both views equals {@link LineCounts#computed}, every
 * group with lines has its row, nothing is left dirty, and the funder list and the budget-line list (unfiltered, per
 * funder, category and year, and per programme, which is counted on request) give the number of lines the list shows.
 */
@IntegrationTest
class LineCountsTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    FinanceQueries queries;
    @Autowired
    LineCounts lineCounts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    QueryCounter counter;

    FinanceFixtures f;
    final List<Long> programmes = new ArrayList<>();
    final List<Long> projects = new ArrayList<>();
    final List<Long> funders = new ArrayList<>();
    static final LineFilter NONE = new LineFilter(null, false, null, null, null, null, null);
    static final List<String> CATEGORIES = List.of("RIJK", "PROVINCIE", "GEMEENTEN", "PRIVAAT", "EU");

    @BeforeEach
    void setUp() {
        f = new FinanceFixtures(dsl, users);
        inTransaction(() -> {
            programmes.add(f.programme(2023, 2027, null, true));
            programmes.add(f.programme(2024, 2028, null, false));
            for (String category : List.of("RIJK", "GEMEENTEN", "PRIVAAT")) {
                funders.add(f.funder(category));
            }
            projects.add(f.project(true, programmes.get(0)));
            projects.add(f.project(true, programmes.get(0), programmes.get(1)));
            projects.add(f.project(false, programmes.get(1)));
        });
    }

    @Test
    void theStoredCountsEqualAFreshCountAfterEveryChange() {
        Random random = new Random(20261201L);
        int done = 0;
        for (int step = 0; step < 150; step++) {
            String[] what = new String[1];
            inTransaction(() -> what[0] = step(random));
            if (what[0] != null) {
                done++;
            }
            assertStoredEqualsFresh("step " + step + " " + what[0]);
        }
        assertThat(done).as("steps that changed something").isGreaterThan(110);
    }

    @Test
    void aDirtyGroupIsCountedOnRequestAndAMissedMarkIsFound() {
        long funder = funders.get(0);
        inTransaction(() -> f.line(programmes.get(0), null, funder, 2025, "1.00", null, null, null));
        LineFilter ofFunder = new LineFilter(null, false, null, funder, null, null, null);
        assertThat(queries.linePage(ofFunder, true, 0, 1).total()).isEqualTo(1);

        // writes outside a transaction are not stored before commit: what they mark stays dirty and is counted
        f.line(programmes.get(0), null, funder, 2026, "1.00", null, null, null);
        assertThat(dsl.fetchValue(BUDGET_LINE_COUNT.DIRTY, BUDGET_LINE_COUNT.FUNDER_ID.eq(funder)
                .and(BUDGET_LINE_COUNT.YEAR_KEY.eq(2026)))).isTrue();
        assertThat(queries.linePage(ofFunder, true, 0, 1).total()).isEqualTo(2);
        assertThat(queries.funder(funder, true)).hasValueSatisfying(v -> assertThat(v.lineCount()).isEqualTo(2));
        inTransaction(() -> dsl.update(FUNDER).set(FUNDER.NAME, FUNDER.NAME).where(FUNDER.ID.eq(funder)).execute());
        assertStoredEqualsFresh("after the next transaction");

        // a change whose trigger is missing leaves a clean, wrong count, which the comparison finds (rolled back)
        long project = projects.get(0);
        inTransaction(() -> f.line(null, project, funder, 2027, "1.00", null, null, null));
        long published = queries.linePage(ofFunder, false, 0, 1).total();
        assertThat(published).isEqualTo(fresh(FinanceQueries.BL.FUNDER_ID.eq(funder), false)).isPositive();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            dsl.execute("alter table project disable trigger project_line_count_update");
            dsl.update(PROJECT).set(PROJECT.PUBLISHED, false).where(PROJECT.ID.eq(project)).execute();
            lineCounts.storeDirty();
            assertThat(queries.linePage(ofFunder, false, 0, 1).total()).as("the project's groups were never marked")
                    .isEqualTo(published);
            assertThat((long) fresh(FinanceQueries.BL.FUNDER_ID.eq(funder), false)).isEqualTo(published - 1);
            s.setRollbackOnly();
        });

        // the list's total and the funders' counts are one statement each, whatever the number of lines
        counter.reset();
        queries.linePage(NONE, false, 0, 20);
        assertThat(counter.count()).isEqualTo(2);
    }

    /** One random change; null when there was nothing to change. */
    private String step(Random random) {
        switch (random.nextInt(16)) {
            case 0, 1, 2, 3 -> {
                boolean own = random.nextInt(4) == 0;
                Long programme = own ? pick(random, programmes) : null;
                Long project = own ? null : pick(random, projects);
                long funder = pick(random, funders);
                Integer year = random.nextInt(3) == 0 ? null : 2023 + random.nextInt(4);
                if (exists(programme, project, funder, year)) {
                    return null;
                }
                if (random.nextInt(4) == 0) {
                    // a line without a revision is not listed, so not counted, until it has one
                    long line = dsl.insertInto(BUDGET_LINE).set(BUDGET_LINE.PROGRAMME_ID, programme)
                            .set(BUDGET_LINE.PROJECT_ID, project).set(BUDGET_LINE.FUNDER_ID, funder)
                            .set(BUDGET_LINE.YEAR, year).returning(BUDGET_LINE.ID).fetchSingle(BUDGET_LINE.ID);
                    return "new line " + line + " without a revision";
                }
                return "new line " + f.line(programme, project, funder, year, "10.00", null, null, null);
            }
            case 4, 5 -> {
                Long line = anyLine(random);
                if (line == null) {
                    return null;
                }
                Integer last = dsl.select(DSL.max(BUDGET_REVISION.REVISION)).from(BUDGET_REVISION)
                        .where(BUDGET_REVISION.BUDGET_LINE_ID.eq(line)).fetchSingle().value1();
                int next = last == null ? 1 : last + 1;
                dsl.insertInto(BUDGET_REVISION).set(BUDGET_REVISION.BUDGET_LINE_ID, line)
                        .set(BUDGET_REVISION.REVISION, next).set(BUDGET_REVISION.RECORDED_BY, "test").execute();
                return "revision " + next + " of line " + line;
            }
            case 6 -> {
                Long line = anyLine(random);
                if (line == null) {
                    return null;
                }
                dsl.deleteFrom(BUDGET_REVISION).where(BUDGET_REVISION.BUDGET_LINE_ID.eq(line)).execute();
                return "every revision of line " + line + " removed";
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
            case 9, 10 -> {
                Long line = anyLine(random);
                if (line == null) {
                    return null;
                }
                var l = dsl.fetchSingle(BUDGET_LINE, BUDGET_LINE.ID.eq(line));
                long funder = pick(random, funders);
                Integer year = random.nextBoolean() ? l.getYear() : (random.nextInt(3) == 0 ? null : 2023 + random.nextInt(4));
                if (exists(l.getProgrammeId(), l.getProjectId(), funder, year)) {
                    return null;
                }
                dsl.update(BUDGET_LINE).set(BUDGET_LINE.FUNDER_ID, funder).set(BUDGET_LINE.YEAR, year)
                        .where(BUDGET_LINE.ID.eq(line)).execute();
                return "line " + line + " moved to funder " + funder + " and year " + year;
            }
            case 11 -> {
                Long line = anyLine(random);
                if (line == null) {
                    return null;
                }
                dsl.deleteFrom(BUDGET_LINE).where(BUDGET_LINE.ID.eq(line)).execute();
                return "line " + line + " deleted";
            }
            case 12 -> {
                long project = f.project(random.nextBoolean(), pick(random, programmes));
                projects.add(project);
                return "new project " + project;
            }
            case 13 -> {
                if (projects.size() < 3) {
                    return null;
                }
                long project = projects.remove(random.nextInt(projects.size()));
                dsl.deleteFrom(PROJECT).where(PROJECT.ID.eq(project)).execute();
                return "project " + project + " deleted with its lines";
            }
            case 14 -> {
                long funder = pick(random, funders);
                dsl.update(FUNDER).set(FUNDER.CATEGORY_CODE, pick(random, CATEGORIES)).where(FUNDER.ID.eq(funder))
                        .execute();
                return "category of funder " + funder;
            }
            default -> {
                long funder = pick(random, funders);
                if (funders.size() > 2 && !dsl.fetchExists(BUDGET_LINE, BUDGET_LINE.FUNDER_ID.eq(funder))) {
                    funders.remove(Long.valueOf(funder));
                    dsl.deleteFrom(FUNDER).where(FUNDER.ID.eq(funder)).execute();
                    return "funder " + funder + " deleted";
                }
                funders.add(f.funder(pick(random, CATEGORIES)));
                return "new funder " + funders.getLast();
            }
        }
    }

    private boolean exists(Long programme, Long project, long funder, Integer year) {
        return dsl.fetchExists(BUDGET_LINE, BUDGET_LINE.FUNDER_ID.eq(funder)
                .and(programme == null ? BUDGET_LINE.PROGRAMME_ID.isNull() : BUDGET_LINE.PROGRAMME_ID.eq(programme))
                .and(project == null ? BUDGET_LINE.PROJECT_ID.isNull() : BUDGET_LINE.PROJECT_ID.eq(project))
                .and(year == null ? BUDGET_LINE.YEAR.isNull() : BUDGET_LINE.YEAR.eq(year)));
    }

    private Long anyLine(Random random) {
        List<Long> lines = dsl.select(BUDGET_LINE.ID).from(BUDGET_LINE).where(BUDGET_LINE.FUNDER_ID.in(funders))
                .orderBy(BUDGET_LINE.ID).fetch(BUDGET_LINE.ID);
        return lines.isEmpty() ? null : lines.get(random.nextInt(lines.size()));
    }

    /**
     * The lines the list shows, counted from scratch (not with {@link LineCounts}): visible, with the revision flagged
     * current.
     */
    private int fresh(Condition where, boolean includeUnpublished) {
        var bl = FinanceQueries.BL;
        var cur = FinanceQueries.CUR;
        return dsl.fetchCount(DSL.select(bl.ID).from(bl.join(FinanceQueries.F).on(FinanceQueries.F.ID.eq(bl.FUNDER_ID))
                        .join(cur).on(cur.BUDGET_LINE_ID.eq(bl.ID)).and(cur.LATEST.isTrue()))
                .where(where)
                .and(FinanceQueries.lineVisibility(bl, includeUnpublished)));
    }

    private void assertStoredEqualsFresh(String after) {
        var c = BUDGET_LINE_COUNT;
        assertThat(dsl.fetchCount(c, c.DIRTY.isTrue())).as(after + ": left dirty").isZero();
        var wrong = dsl.select(c.FUNDER_ID, c.YEAR_KEY, c.PUBLIC_LINES, c.ALL_LINES,
                        LineCounts.computed(c.FUNDER_ID, c.YEAR_KEY, false),
                        LineCounts.computed(c.FUNDER_ID, c.YEAR_KEY, true))
                .from(c).fetch().stream()
                .filter(r -> !r.value3().equals(r.value5()) || !r.value4().equals(r.value6()))
                .map(r -> r.value1() + "/" + r.value2() + ": stored " + r.value3() + "/" + r.value4() + ", counted "
                        + r.value5() + "/" + r.value6())
                .toList();
        assertThat(wrong).as(after + ": stored and counted").isEmpty();
        var bl = BUDGET_LINE;
        var missing = dsl.selectDistinct(bl.FUNDER_ID, LineCounts.yearKey(bl.YEAR)).from(bl)
                .where(LineCounts.hasCurrentRevision(bl))
                .andNotExists(DSL.selectOne().from(c).where(c.FUNDER_ID.eq(bl.FUNDER_ID))
                        .and(c.YEAR_KEY.eq(LineCounts.yearKey(bl.YEAR))))
                .fetch();
        assertThat(missing).as(after + ": groups with lines and no row").isEmpty();

        var bf = FinanceQueries.BL;
        List<LineFilter> filters = new ArrayList<>(List.of(NONE));
        List<Condition> conditions = new ArrayList<>(List.of(DSL.noCondition()));
        for (long funder : funders) {
            filters.add(new LineFilter(null, false, null, funder, null, null, null));
            conditions.add(bf.FUNDER_ID.eq(funder));
        }
        for (String category : CATEGORIES) {
            filters.add(new LineFilter(null, false, null, null, category, null, null));
            conditions.add(FinanceQueries.F.CATEGORY_CODE.eq(category));
        }
        for (int year = 2023; year < 2027; year++) {
            filters.add(new LineFilter(null, false, null, funders.getFirst(), null, year, null));
            conditions.add(bf.FUNDER_ID.eq(funders.getFirst()).and(bf.YEAR.eq(year)));
        }
        filters.add(new LineFilter(programmes.getFirst(), true, null, null, null, null, null));
        conditions.add(FinanceQueries.ofProgrammeAndItsProjects(programmes.getFirst()));
        for (int i = 0; i < filters.size(); i++) {
            for (boolean all : new boolean[] {false, true}) {
                assertThat(queries.linePage(filters.get(i), all, 0, 1).total())
                        .as(after + ": " + filters.get(i) + (all ? " (all)" : " (public)"))
                        .isEqualTo(fresh(conditions.get(i), all));
            }
        }
        for (long funder : funders) {
            for (boolean all : new boolean[] {false, true}) {
                assertThat(queries.funder(funder, all).orElseThrow().lineCount())
                        .as(after + ": lines of funder " + funder).isEqualTo(fresh(bf.FUNDER_ID.eq(funder), all));
            }
        }
    }

    private void inTransaction(Runnable step) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> step.run());
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
