package org.regiomonitor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regiomonitor.db.Tables.APP_USER;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.THEME;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.finance.internal.FunderCommand;
import org.regiomonitor.finance.internal.FunderService;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.organisation.internal.OrganisationForm;
import org.regiomonitor.organisation.internal.OrganisationService;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.portfolio.internal.ProgrammeInput;
import org.regiomonitor.portfolio.internal.ProgrammeService;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Names and codes are unique regardless of case, enforced by the database: even when two saves race
 * past the application's own duplicate check, exactly one wins and the other gets the same field error
 * as a sequential duplicate (never a 500).
 */
@IntegrationTest
class CaseInsensitiveUniqueTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    DSLContext dsl;
    @Autowired
    MockMvc mvc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    UserAdministration users;
    @Autowired
    OrganisationService organisations;
    @Autowired
    FunderService funders;
    @Autowired
    ProgrammeService programmes;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void twoConcurrentOrganisationSavesOfCaseVariantsLeaveOneAndTellTheOtherWhy() throws Exception {
        Authentication admin = admin();
        assertCaseVariantsRaceLeavesOne(name -> () -> organisations.create(organisationForm(name), admin),
                "Racetest BV " + suffix(), ORGANISATION, ORGANISATION.NAME);
    }

    @Test
    void twoConcurrentFunderSavesOfCaseVariantsLeaveOne() throws Exception {
        Authentication admin = admin();
        assertCaseVariantsRaceLeavesOne(name -> () -> funders.create(new FunderCommand(name, "RIJK", null, null), admin),
                "Racefunder " + suffix(), FUNDER, FUNDER.NAME);
    }

    @Test
    void twoConcurrentProgrammeSavesOfCaseVariantsOfACodeLeaveOne() throws Exception {
        Authentication admin = admin();
        assertCaseVariantsRaceLeavesOne(code -> () -> programmes.create(programmeInput(code), admin),
                "Race-" + suffix(), PROGRAMME, PROGRAMME.CODE);
    }

    /**
     * The race made certain: a case-variant is inserted but not yet committed when the save runs, so the
     * save's own check cannot see it; only the unique index stops the save, and the save's caller still
     * gets the field error of the sequential check.
     */
    @Test
    void aSaveThatPassedTheCheckIsStoppedByTheIndexWithTheSameFieldError() throws Exception {
        String name = "Blindspot BV " + suffix();
        Authentication admin = admin();
        Violation expected = sequentialDuplicate(() -> {
            organisations.create(organisationForm(name + " seq"), admin);
            return organisations.create(organisationForm((name + " seq").toUpperCase()), admin);
        });

        Future<Long> loser = againstAnUncommittedOrganisation(name,
                () -> organisations.create(organisationForm(name.toUpperCase()), admin));

        assertThatThrownBy(() -> loser.get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).singleElement().usingRecursiveComparison().isEqualTo(expected);
                    assertThat(sqlState(e)).isEqualTo("23505");
                });
        assertThat(dsl.fetchCount(ORGANISATION, ORGANISATION.NAME.equalIgnoreCase(name))).isOne();
    }

    @Test
    void theApiAnswersTheLoserWithTheSameProblemDetailAsASequentialDuplicate() throws Exception {
        String name = "Apirace BV " + suffix();
        UserPrincipal admin = TestUsers.principal(adminId(), "api-race-admin", Role.ADMIN);
        Future<MvcResult> loser = againstAnUncommittedOrganisation(name, () -> mvc.perform(
                post("/api/organisations").with(user(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name.toUpperCase() + "\", \"kind\": \"BUSINESS\"}"))
                .andReturn());
        MvcResult race = loser.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        MvcResult sequential = mvc.perform(post("/api/organisations").with(user(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name.toLowerCase() + "\", \"kind\": \"BUSINESS\"}"))
                .andReturn();

        assertThat(race.getResponse().getStatus()).isEqualTo(400);
        assertThat(race.getResponse().getContentAsString())
                .isEqualTo(sequential.getResponse().getContentAsString())
                .contains("\"field\":\"name\"");
        assertThat(dsl.fetchCount(ORGANISATION, ORGANISATION.NAME.equalIgnoreCase(name))).isOne();
    }

    @Test
    void plainInsertsOfCaseVariantsAreRefusedByTheDatabase() {
        String s = suffix();
        dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, "ChipTech " + s)
                .set(ORGANISATION.KIND, OrganisationKind.BUSINESS).execute();
        assertRefused(() -> dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, "Chiptech " + s)
                .set(ORGANISATION.KIND, OrganisationKind.BUSINESS).execute());

        dsl.insertInto(FUNDER).set(FUNDER.NAME, "Fonds " + s).set(FUNDER.CATEGORY_CODE, "RIJK").execute();
        assertRefused(() -> dsl.insertInto(FUNDER).set(FUNDER.NAME, "FONDS " + s).set(FUNDER.CATEGORY_CODE, "RIJK")
                .execute());

        long programme = dsl.insertInto(PROGRAMME).set(PROGRAMME.CODE, "pc-" + s).set(PROGRAMME.NAME, "P " + s)
                .set(PROGRAMME.STATUS, ProgrammeStatus.RUNNING).returning(PROGRAMME.ID).fetchSingle(PROGRAMME.ID);
        assertRefused(() -> dsl.insertInto(PROGRAMME).set(PROGRAMME.CODE, "PC-" + s).set(PROGRAMME.NAME, "Q " + s)
                .set(PROGRAMME.STATUS, ProgrammeStatus.RUNNING).execute());

        dsl.insertInto(THEME).set(THEME.PROGRAMME_ID, programme).set(THEME.CODE, "t1").set(THEME.NAME, "T")
                .set(THEME.KIND, ThemeKind.THEME).execute();
        assertRefused(() -> dsl.insertInto(THEME).set(THEME.PROGRAMME_ID, programme).set(THEME.CODE, "T1")
                .set(THEME.NAME, "T").set(THEME.KIND, ThemeKind.THEME).execute());
        long other = dsl.insertInto(PROGRAMME).set(PROGRAMME.CODE, "pd-" + s).set(PROGRAMME.NAME, "R " + s)
                .set(PROGRAMME.STATUS, ProgrammeStatus.RUNNING).returning(PROGRAMME.ID).fetchSingle(PROGRAMME.ID);
        // a theme code is unique within its programme only
        dsl.insertInto(THEME).set(THEME.PROGRAMME_ID, other).set(THEME.CODE, "T1").set(THEME.NAME, "T")
                .set(THEME.KIND, ThemeKind.THEME).execute();

        dsl.insertInto(AREA).set(AREA.CODE, "ct" + s).set(AREA.NAME, "A").set(AREA.KIND, AreaKind.MUNICIPALITY)
                .execute();
        assertRefused(() -> dsl.insertInto(AREA).set(AREA.CODE, "CT" + s).set(AREA.NAME, "B")
                .set(AREA.KIND, AreaKind.MUNICIPALITY).execute());

        dsl.insertInto(APP_USER).set(APP_USER.USERNAME, "casey-" + s).set(APP_USER.PASSWORD_HASH, "x")
                .set(APP_USER.ROLE, Role.VIEWER).execute();
        assertRefused(() -> dsl.insertInto(APP_USER).set(APP_USER.USERNAME, "Casey-" + s)
                .set(APP_USER.PASSWORD_HASH, "x").set(APP_USER.ROLE, Role.VIEWER).execute());
    }

    // ---- helpers

    /**
     * Saves the value and its upper-case variant at the same moment: exactly one is created, the other gets
     * the field error that a later, sequential save of the lower-case variant gets.
     */
    private void assertCaseVariantsRaceLeavesOne(Function<String, Callable<Long>> save, String value,
            Table<?> table, Field<String> column) throws Exception {
        List<Object> outcomes = race(save.apply(value), save.apply(value.toUpperCase()));
        assertOneCreatedOneRefused(outcomes, sequentialDuplicate(save.apply(value.toLowerCase())));
        assertThat(dsl.fetchCount(table, column.equalIgnoreCase(value))).isOne();
    }

    /** Starts both saves at the same moment; returns each one's result or the exception it threw. */
    private List<Object> race(Callable<Long> first, Callable<Long> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Long> save : List.of(first, second)) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return save.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            outcomes.add(f.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static void assertOneCreatedOneRefused(List<Object> outcomes, Violation expected) {
        assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Long)).singleElement()
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .usingRecursiveComparison().isEqualTo(expected));
    }

    /** The field error a save gets when the duplicate is already committed (the application's own check). */
    private static Violation sequentialDuplicate(Callable<Long> save) {
        try {
            save.call();
        } catch (InvalidInputException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0);
        } catch (Exception e) {
            throw new AssertionError("expected a field error, got " + e, e);
        }
        throw new AssertionError("the duplicate was saved");
    }

    private static void assertRefused(Runnable insert) {
        assertThatThrownBy(insert::run).satisfies(e -> assertThat(sqlState(e)).isEqualTo("23505"));
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s.getSQLState();
            }
        }
        return null;
    }

    /**
     * Runs the save while another transaction holds an uncommitted organisation of this name, and commits
     * that one once the save waits for it: the save's own check cannot see the row, only the unique index
     * stops the save.
     */
    private <T> Future<T> againstAnUncommittedOrganisation(String name, Callable<T> save) throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> winner = pool.submit(() -> transactions.executeWithoutResult(s -> {
            dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, name)
                    .set(ORGANISATION.KIND, OrganisationKind.BUSINESS).execute();
            inserted.countDown();
            await(commit);
        }));
        assertThat(inserted.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        Future<T> loser = pool.submit(save);
        awaitBlockedOnALock();
        commit.countDown();
        winner.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return loser;
    }

    /** Waits until some session waits for a lock: the save's insert, queued behind the uncommitted row. */
    private void awaitBlockedOnALock() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (dsl.fetchCount(dsl.selectFrom("pg_locks").where("not granted")) == 0) {
            assertThat(System.nanoTime()).as("a save waiting for the uncommitted row").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Authentication admin() {
        return TestUsers.authentication(TestUsers.principal(adminId(), "unique-admin", Role.ADMIN));
    }

    private long adminId() {
        String name = "unique-admin-" + suffix();
        return users.createUser(name, name, "unique-test-password", Role.ADMIN);
    }

    private static OrganisationForm organisationForm(String name) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setKind(OrganisationKind.BUSINESS);
        return form;
    }

    private static ProgrammeInput programmeInput(String code) {
        return new ProgrammeInput(code, "Programma " + code, 2024, 2027, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, ProgrammeStatus.PLANNED, false, null, null, null);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
