package org.regiomonitor.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_COUNT;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.regiomonitor.db.Tables.THEME;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.portfolio.internal.ProjectCounts.Scope;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored project counts (V39, {@link ProjectCounts}) against a from-scratch count (issue 10, acceptance 3): after
 * every change of a seeded random sequence (new and deleted projects, publication, region-wide, programme, theme and
 * area memberships, deleted themes and programmes, title edits), each in its own transaction, every stored group in
 * both views equals {@link ProjectCounts#computed}, every group with projects has its row, and nothing is left dirty.
 * A title edit marks nothing; a group marked dirty is counted on request.
 */
@IntegrationTest
class ProjectCountsTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PortfolioQueries portfolio;
    @Autowired
    QueryCounter counter;
    @Autowired
    ProjectReader reader;

    final List<Long> programmes = new ArrayList<>();
    final List<Long> themes = new ArrayList<>();
    final List<Long> areas = new ArrayList<>();
    final List<Long> projects = new ArrayList<>();

    @BeforeEach
    void setUp() {
        inTransaction(() -> {
            for (int i = 0; i < 3; i++) {
                programmes.add(programme());
                areas.add(dsl.insertInto(AREA).set(AREA.CODE, unique("GMC")).set(AREA.NAME, unique("Gemeente"))
                        .set(AREA.KIND, AreaKind.MUNICIPALITY).returning(AREA.ID).fetchSingle(AREA.ID));
            }
            for (long programme : programmes) {
                themes.add(theme(programme));
                themes.add(theme(programme));
            }
            for (int i = 0; i < 4; i++) {
                projects.add(project(i % 2 == 0, i == 3));
            }
        });
    }

    @Test
    void theStoredCountsEqualAFreshCountAfterEveryChange() {
        Random random = new Random(20261201L);
        int done = 0;
        for (int step = 0; step < 160; step++) {
            String[] what = new String[1];
            inTransaction(() -> what[0] = step(random));
            if (what[0] != null) {
                done++;
            }
            assertStoredEqualsFresh("step " + step + " " + what[0]);
        }
        assertThat(done).as("steps that changed something").isGreaterThan(120);
    }

    @Test
    void aTitleEditMarksNothingAndADirtyGroupIsCountedOnRequest() {
        long project = projects.get(0);
        long programme = programmes.get(0);
        inTransaction(() -> dsl.insertInto(PROJECT_PROGRAMME).set(PROJECT_PROGRAMME.PROJECT_ID, project)
                .set(PROJECT_PROGRAMME.PROGRAMME_ID, programme).onConflictDoNothing().execute());
        // writes outside a transaction are not stored before commit: what they mark stays dirty
        dsl.update(PROJECT).set(PROJECT.TITLE, unique("Renamed")).where(PROJECT.ID.eq(project)).execute();
        assertThat(dsl.fetchCount(PROJECT_COUNT, PROJECT_COUNT.DIRTY.isTrue())).as("dirty after a title edit").isZero();

        long before = count(Scope.PROGRAMME, programme, true);
        dsl.update(PROJECT).set(PROJECT.PUBLISHED, DSL.not(PROJECT.PUBLISHED)).where(PROJECT.ID.eq(project)).execute();
        assertThat(dsl.fetchValue(PROJECT_COUNT.DIRTY, PROJECT_COUNT.SCOPE.eq("PROGRAMME")
                .and(PROJECT_COUNT.GROUP_KEY.eq(programme)))).isTrue();
        long newProject = dsl.insertInto(PROJECT).set(PROJECT.TITLE, unique("Project"))
                .set(PROJECT.STATUS, ProjectStatus.RUNNING).set(PROJECT.PUBLISHED, true)
                .returning(PROJECT.ID).fetchSingle(PROJECT.ID);
        projects.add(newProject);
        dsl.insertInto(PROJECT_PROGRAMME).set(PROJECT_PROGRAMME.PROJECT_ID, newProject)
                .set(PROJECT_PROGRAMME.PROGRAMME_ID, programme).execute();
        assertThat(count(Scope.PROGRAMME, programme, true)).as("dirty: counted on request").isEqualTo(before + 1);
        assertThat(portfolio.programme(programme, true)).hasValueSatisfying(p ->
                assertThat(p.projectCount()).isEqualTo(before + 1));

        // the next writing transaction stores what is dirty
        inTransaction(() -> dsl.update(PROGRAMME).set(PROGRAMME.NAME, PROGRAMME.NAME).where(PROGRAMME.ID.eq(programme))
                .execute());
        assertStoredEqualsFresh("after the next transaction");
        counter.reset();
        portfolio.visibleProjectCount(false);
        assertThat(counter.count()).isEqualTo(1);
    }

    private long count(Scope scope, long key, boolean includeUnpublished) {
        return dsl.select(ProjectCounts.count(scope, DSL.val(key), includeUnpublished)).fetchSingle().value1();
    }

    /** One random change; null when there was nothing to change. */
    private String step(Random random) {
        long project = pick(random, projects);
        switch (random.nextInt(14)) {
            case 0, 1 -> {
                long created = project(random.nextBoolean(), random.nextInt(4) == 0);
                projects.add(created);
                return "new project " + created;
            }
            case 2 -> {
                if (projects.size() < 3) {
                    return null;
                }
                projects.remove(project);
                dsl.deleteFrom(PROJECT).where(PROJECT.ID.eq(project)).execute();
                return "project " + project + " deleted";
            }
            case 3, 4 -> {
                dsl.update(PROJECT).set(PROJECT.PUBLISHED, DSL.not(PROJECT.PUBLISHED)).where(PROJECT.ID.eq(project))
                        .execute();
                return "publication of project " + project;
            }
            case 5 -> {
                dsl.update(PROJECT).set(PROJECT.REGION_WIDE, DSL.not(PROJECT.REGION_WIDE))
                        .where(PROJECT.ID.eq(project)).execute();
                return "project " + project + " region-wide or not";
            }
            case 6 -> {
                dsl.update(PROJECT).set(PROJECT.TITLE, unique("Title")).where(PROJECT.ID.eq(project)).execute();
                return "title of project " + project;
            }
            case 7, 8 -> {
                return toggle(PROJECT_PROGRAMME, PROJECT_PROGRAMME.PROJECT_ID, PROJECT_PROGRAMME.PROGRAMME_ID, project,
                        pick(random, programmes));
            }
            case 9, 10 -> {
                return toggle(PROJECT_THEME, PROJECT_THEME.PROJECT_ID, PROJECT_THEME.THEME_ID, project,
                        pick(random, themes));
            }
            case 11, 12 -> {
                return toggle(PROJECT_AREA, PROJECT_AREA.PROJECT_ID, PROJECT_AREA.AREA_ID, project,
                        pick(random, areas));
            }
            default -> {
                if (random.nextBoolean() && themes.size() > 2) {
                    long theme = themes.remove(random.nextInt(themes.size()));
                    dsl.deleteFrom(THEME).where(THEME.ID.eq(theme)).execute();
                    themes.add(theme(pick(random, programmes)));
                    return "theme " + theme + " deleted";
                }
                long programme = programmes.remove(random.nextInt(programmes.size()));
                dsl.deleteFrom(PROGRAMME).where(PROGRAMME.ID.eq(programme)).execute();
                themes.retainAll(dsl.select(THEME.ID).from(THEME).fetch(THEME.ID));
                programmes.add(programme());
                themes.add(theme(programmes.getLast()));
                return "programme " + programme + " deleted";
            }
        }
    }

    private String toggle(Table<?> table, Field<Long> projectColumn, Field<Long> otherColumn, long project, long other) {
        if (dsl.deleteFrom(table).where(projectColumn.eq(project)).and(otherColumn.eq(other)).execute() == 0) {
            dsl.insertInto(table).set(projectColumn, project).set(otherColumn, other).execute();
            return "project " + project + " joins " + table.getName() + " " + other;
        }
        return "project " + project + " leaves " + table.getName() + " " + other;
    }

    private void assertStoredEqualsFresh(String after) {
        var c = PROJECT_COUNT;
        assertThat(dsl.fetchCount(c, c.DIRTY.isTrue())).as(after + ": left dirty").isZero();
        for (Scope scope : Scope.values()) {
            var wrong = dsl.select(c.GROUP_KEY, c.PUBLIC_PROJECTS, c.ALL_PROJECTS,
                            ProjectCounts.computed(scope, c.GROUP_KEY, false),
                            ProjectCounts.computed(scope, c.GROUP_KEY, true))
                    .from(c).where(c.SCOPE.eq(scope.name()))
                    .fetch().stream()
                    .filter(r -> !r.value2().equals(r.value4()) || !r.value3().equals(r.value5()))
                    .map(r -> r.value1() + ": stored " + r.value2() + "/" + r.value3() + ", counted " + r.value4()
                            + "/" + r.value5())
                    .toList();
            assertThat(wrong).as(after + ": " + scope + " stored and counted").isEmpty();
            Field<Long> key = switch (scope) {
                case PROGRAMME -> PROGRAMME.ID;
                case THEME -> THEME.ID;
                case AREA -> AREA.ID;
                case ALL, REGION_WIDE -> DSL.inline(0L);
            };
            Table<?> keys = switch (scope) {
                case PROGRAMME -> PROGRAMME;
                case THEME -> THEME;
                case AREA -> AREA;
                case ALL, REGION_WIDE -> DSL.selectOne().asTable("one");
            };
            var missing = dsl.select(key).from(keys)
                    .where(ProjectCounts.computed(scope, key, true).gt(0))
                    .andNotExists(DSL.selectOne().from(c).where(c.SCOPE.eq(scope.name())).and(c.GROUP_KEY.eq(key)))
                    .fetch(key);
            assertThat(missing).as(after + ": " + scope + " groups with projects and no row").isEmpty();
        }
        // the project list's totals for the filters that read a stored count
        List<ProjectFilter> filters = new ArrayList<>(List.of(ProjectFilter.NONE,
                new ProjectFilter(null, null, null, null, null, null, true)));
        programmes.forEach(p -> filters.add(new ProjectFilter(p, null, null, null, null, null)));
        themes.forEach(t -> filters.add(new ProjectFilter(null, t, null, null, null, null)));
        for (ProjectFilter filter : filters) {
            for (boolean all : new boolean[] {false, true}) {
                assertThat(ProjectReader.storedCount(filter, all)).as(filter + " reads a stored count").isNotNull();
                assertThat(reader.page(filter, ProjectSort.DEFAULT, all, 0, 1).total()).as(after + ": " + filter)
                        .isEqualTo(dsl.fetchCount(PROJECT, ProjectReader.conditions(filter, all)));
            }
        }
    }

    private void inTransaction(Runnable step) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> step.run());
    }

    private long programme() {
        return dsl.insertInto(PROGRAMME).set(PROGRAMME.CODE, unique("PC")).set(PROGRAMME.NAME, unique("Programme"))
                .set(PROGRAMME.STATUS, org.regiomonitor.portfolio.ProgrammeStatus.RUNNING).set(PROGRAMME.PUBLISHED, true)
                .returning(PROGRAMME.ID).fetchSingle(PROGRAMME.ID);
    }

    private long theme(long programme) {
        return dsl.insertInto(THEME).set(THEME.PROGRAMME_ID, programme).set(THEME.CODE, unique("T"))
                .set(THEME.NAME, unique("Theme")).set(THEME.KIND, ThemeKind.THEME).returning(THEME.ID)
                .fetchSingle(THEME.ID);
    }

    /** A project in a programme, a theme and a municipality. */
    private long project(boolean published, boolean regionWide) {
        long id = dsl.insertInto(PROJECT).set(PROJECT.TITLE, unique("Project")).set(PROJECT.STATUS, ProjectStatus.RUNNING)
                .set(PROJECT.PUBLISHED, published).set(PROJECT.REGION_WIDE, regionWide)
                .returning(PROJECT.ID).fetchSingle(PROJECT.ID);
        dsl.insertInto(PROJECT_PROGRAMME).set(PROJECT_PROGRAMME.PROJECT_ID, id)
                .set(PROJECT_PROGRAMME.PROGRAMME_ID, programmes.get((int) (id % programmes.size()))).execute();
        dsl.insertInto(PROJECT_THEME).set(PROJECT_THEME.PROJECT_ID, id)
                .set(PROJECT_THEME.THEME_ID, themes.get((int) (id % themes.size()))).execute();
        dsl.insertInto(PROJECT_AREA).set(PROJECT_AREA.PROJECT_ID, id)
                .set(PROJECT_AREA.AREA_ID, areas.get((int) (id % areas.size()))).execute();
        return id;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
