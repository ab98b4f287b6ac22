package org.regiomonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.TABLE_ROW_COUNT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.finance.FinanceFixtures;
import org.regiomonitor.referencedata.ReferenceData;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored row counts (V43, {@link StoredRowCounts}) against {@code count(*)} (issue 10): after every change of a
 * seeded random sequence (new and deleted sources, funders, programmes, projects and budget lines, project deletions
 * that cascade to their memberships, lines and revisions, writes outside a transaction, rolled-back transactions),
 * every table a feature reports ({@link StoredRecords#rowCounts}) has as many rows as stored, and a writing transaction
 * leaves one change row per table. A table whose trigger is missing is found.
 */
@IntegrationTest
class StoredRowCountsTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    List<StoredRecords> features;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ReferenceData referenceData;

    FinanceFixtures f;
    final List<Long> programmes = new ArrayList<>();
    final List<Long> projects = new ArrayList<>();
    final List<Long> funders = new ArrayList<>();
    final List<Long> sources = new ArrayList<>();

    @BeforeEach
    void setUp() {
        f = new FinanceFixtures(dsl, users);
        inTransaction(() -> {
            programmes.add(f.programme(2023, 2027, null, true));
            funders.add(f.funder("RIJK"));
            sources.add(f.source("Bron"));
        });
    }

    @Test
    void theStoredRowCountsEqualCountingTheRowsAfterEveryChange() {
        Random random = new Random(20261201L);
        for (int step = 0; step < 80; step++) {
            String[] what = new String[1];
            switch (random.nextInt(6)) {
                case 0 -> what[0] = step(random) + " outside a transaction";
                case 1 -> {
                    new TransactionTemplate(transactions).executeWithoutResult(s -> {
                        what[0] = step(random) + ", rolled back";
                        s.setRollbackOnly();
                    });
                    resync();
                }
                default -> {
                    inTransaction(() -> what[0] = step(random));
                    // a transaction that wrote nothing does not fold (nothing happens before its commit)
                    assertThat(what[0] == null ? List.<String>of() : dsl.select(TABLE_ROW_COUNT.TABLE_NAME).from(TABLE_ROW_COUNT)
                            .groupBy(TABLE_ROW_COUNT.TABLE_NAME).having(DSL.count().gt(1)).fetch(0, String.class))
                            .as("step " + step + " " + what[0] + ": tables with changes left unfolded").isEmpty();
                }
            }
            assertThat(wrongCounts()).as("step " + step + " " + what[0]).isEmpty();
        }
        assertThat(dsl.fetchCount(TABLE_ROW_COUNT)).as("no more rows than tables")
                .isLessThanOrEqualTo(stored().size());
    }

    @Test
    void aMissingTriggerIsFoundAndTheStatusReadsTheStoredCounts() {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            dsl.execute("alter table funder disable trigger funder_row_count_insert");
            f.funder("EU");
            assertThat(wrongCounts()).containsOnlyKeys("funder");
            s.setRollbackOnly();
        });
        assertThat(wrongCounts()).isEmpty();
        assertThat(referenceData.status().tableRows().get("funder")).isEqualTo(dsl.fetchCount(FUNDER));
    }

    /** One random change; null when it wrote nothing. */
    private String step(Random random) {
        switch (random.nextInt(9)) {
            case 0 -> {
                sources.add(f.source("Bron"));
                return "new source";
            }
            case 1 -> {
                long project = f.project(random.nextBoolean(), pick(random, programmes));
                projects.add(project);
                f.line(null, project, pick(random, funders), null, "1.00", null, null, pick(random, sources));
                return "new project " + project + " with a line";
            }
            case 2 -> {
                programmes.add(f.programme(2024, 2028, null, random.nextBoolean()));
                return "new programme";
            }
            case 3 -> {
                funders.add(f.funder("EU"));
                return "new funder";
            }
            case 4 -> {
                if (projects.isEmpty()) {
                    return null;
                }
                long project = projects.remove(random.nextInt(projects.size()));
                dsl.deleteFrom(PROJECT).where(PROJECT.ID.eq(project)).execute();
                return "project " + project + " deleted with its lines and memberships";
            }
            case 5 -> {
                // the application never deletes a programme (its stored money totals assume so): only an empty one
                long programme = pick(random, programmes);
                if (programmes.size() < 2 || dsl.deleteFrom(PROGRAMME).where(PROGRAMME.ID.eq(programme))
                        .andNotExists(DSL.selectOne().from(PROJECT_PROGRAMME)
                                .where(PROJECT_PROGRAMME.PROGRAMME_ID.eq(programme)))
                        .andNotExists(DSL.selectOne().from(BUDGET_LINE).where(BUDGET_LINE.PROGRAMME_ID.eq(programme)))
                        .execute() == 0) {
                    return "no programme deleted";
                }
                programmes.remove(Long.valueOf(programme));
                return "programme " + programme + " deleted";
            }
            case 6 -> {
                if (funders.size() < 2) {
                    return null;
                }
                long funder = funders.remove(random.nextInt(funders.size()));
                dsl.deleteFrom(BUDGET_LINE).where(BUDGET_LINE.FUNDER_ID.eq(funder)).execute();
                dsl.deleteFrom(FUNDER).where(FUNDER.ID.eq(funder)).execute();
                return "funder " + funder + " deleted with its lines";
            }
            case 7 -> {
                if (sources.size() < 2) {
                    return null;
                }
                long source = pick(random, sources);
                if (dsl.deleteFrom(SOURCE).where(SOURCE.ID.eq(source))
                        .andNotExists(DSL.selectOne().from(org.regiomonitor.db.Tables.BUDGET_REVISION)
                                .where(org.regiomonitor.db.Tables.BUDGET_REVISION.SOURCE_ID.eq(source)))
                        .execute() == 0) {
                    return "no source deleted";
                }
                sources.remove(Long.valueOf(source));
                return "source " + source + " deleted";
            }
            default -> {
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    funders.add(f.funder("PRIVAAT"));
                }
                return n + " new funders";
            }
        }
    }

    /** Forgets the rows a rolled-back step wrote. */
    private void resync() {
        programmes.retainAll(dsl.select(PROGRAMME.ID).from(PROGRAMME).where(PROGRAMME.ID.in(programmes)).fetch(PROGRAMME.ID));
        projects.retainAll(dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.ID.in(projects)).fetch(PROJECT.ID));
        funders.retainAll(dsl.select(FUNDER.ID).from(FUNDER).where(FUNDER.ID.in(funders)).fetch(FUNDER.ID));
        sources.retainAll(dsl.select(SOURCE.ID).from(SOURCE).where(SOURCE.ID.in(sources)).fetch(SOURCE.ID));
    }

    /** The tables whose stored count differs from counting their rows: table, stored and counted. */
    private Map<String, String> wrongCounts() {
        Map<String, String> wrong = new LinkedHashMap<>();
        stored().forEach((table, rows) -> {
            int counted = dsl.fetchCount(DSL.table(DSL.name(table)));
            if (rows != counted) {
                wrong.put(table, "stored " + rows + ", counted " + counted);
            }
        });
        return wrong;
    }

    private Map<String, Integer> stored() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        dsl.fetch(StoredRecords.rowCount(SOURCE)).forEach(r -> rows.put(r.value1(), r.value2()));
        features.forEach(feature -> feature.rowCounts().forEach(select ->
                dsl.fetch(select).forEach(r -> rows.put(r.value1(), r.value2()))));
        return rows;
    }

    private void inTransaction(Runnable step) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> step.run());
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
