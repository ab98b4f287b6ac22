package org.regiomonitor.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.MONITOR_MEMBER_FIGURE;
import static org.regiomonitor.db.Tables.MONITOR_PERIOD_STATE;
import static org.regiomonitor.db.Tables.MONITOR_REGION_STATE;
import static org.regiomonitor.db.Tables.OBSERVATION;
import static org.regiomonitor.db.Tables.OBSERVATION_RELEASE;
import static org.regiomonitor.db.Tables.SOURCE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.monitor.internal.FigureQueries;
import org.regiomonitor.monitor.internal.IndicatorQueries;
import org.regiomonitor.monitor.internal.MemberFigures;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored figures from members (V38, {@link MemberFigures}) against a from-scratch computation (issue 10): after
 * every change of a seeded random sequence (imports of new figures, corrections, figures that become missing,
 * deletions of figures and of a municipality, memberships added, ended and removed, a municipality's
 * validity, an indicator's aggregation, a release's source), each in its own transaction, the stored figures of every
 * test region equal {@link FigureQueries#fromMembers} computed anew, the stored counts per indicator and period equal a count of the figures, and nothing is left marked. A stored figure
 * that is wrong is seen by the same comparison; a change written outside a transaction is computed on request.
 */
@IntegrationTest
class MemberFiguresTest {

    /** Memberships ended or removed so far by the random sequence. */
    private int endings;

    private static final List<String> PERIODS = List.of("2019JJ00", "2020JJ00", "2021JJ00", "2022JJ00", "2023JJ00");

    @Autowired
    DSLContext dsl;
    @Autowired
    MonitorImports imports;
    @Autowired
    MemberFigures memberFigures;
    @Autowired
    FigureQueries figureQueries;
    @Autowired
    IndicatorQueries indicatorQueries;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    QueryCounter queries;

    MonitorFixtures f;
    String dataset;
    /** Test areas: regions (country, provinces, regions) and municipalities, by code. */
    final Map<String, Long> regions = new HashMap<>();
    final Map<String, Long> municipalities = new HashMap<>();
    /** Test indicators by code: two sums, a weighted mean (weighted by the second), one that does not aggregate. */
    final Map<String, Long> indicators = new HashMap<>();
    String sum;
    String weight;
    String mean;
    String none;

    @BeforeEach
    void setUp() {
        f = new MonitorFixtures(dsl);
        dataset = MonitorFixtures.unique("mf").toLowerCase();
        inTransaction(() -> {
            long nation = region("NLT", AreaKind.COUNTRY);
            long north = region("PVN", AreaKind.PROVINCE);
            long south = region("PVS", AreaKind.PROVINCE);
            long east = region("CRE", AreaKind.REGION);
            long west = region("CRW", AreaKind.REGION);
            f.member(nation, north);
            f.member(nation, south);
            for (int i = 0; i < 6; i++) {
                String code = MonitorFixtures.unique("GM");
                long m = f.area(code, AreaKind.MUNICIPALITY);
                municipalities.put(code, m);
                f.member(i < 3 ? north : south, m);
                if (i % 2 == 0) {
                    f.member(east, m);
                } else if (i > 2) {
                    f.member(west, m);
                }
            }
            sum = indicator("SUM", Aggregation.SUM, null);
            weight = indicator("WGT", Aggregation.SUM, null);
            mean = indicator("MEAN", Aggregation.WEIGHTED_MEAN, indicators.get(weight));
            none = indicator("NONE", Aggregation.NONE, null);
        });
    }

    private long region(String prefix, AreaKind kind) {
        String code = MonitorFixtures.unique(prefix);
        long id = f.area(code, kind);
        regions.put(code, id);
        return id;
    }

    private String indicator(String prefix, Aggregation aggregation, Long weightId) {
        String code = MonitorFixtures.unique(prefix);
        indicators.put(code, f.indicator(code, aggregation, Direction.NEUTRAL, "n", weightId, dataset));
        return code;
    }

    private void inTransaction(Runnable step) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> step.run());
    }

    @Test
    void theStoredFiguresEqualAFreshComputationAfterEveryChange() {
        Random random = new Random(20261201L);
        importGrid(random);
        assertStoredEqualsFresh("first import");
        assertThat(memberFigures.stored(Map.of(indicators.get(sum), 0L), regions.values()).orElseThrow()
                .values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream).filter(Figure::hasValue))
                .as("figures from members with a value").isNotEmpty();
        List<String> done = new ArrayList<>();
        for (int step = 0; step < 150; step++) {
            String what = step(random);
            done.add(what);
            assertStoredEqualsFresh("step " + step + ": " + what);
        }
        assertThat(done).as("kinds of change the sequence made").contains("import", "correction", "delete figures",
                "membership added", "membership ended", "membership removed", "area validity", "aggregation",
                "release source");
        assertThat(dsl.fetchCount(MONITOR_MEMBER_FIGURE, MONITOR_MEMBER_FIGURE.REGION_ID.in(regions.values())))
                .as("stored figures of the test regions").isPositive();
    }

    /** One random change in a transaction of its own (an import is one); returns what it did. */
    private String step(Random random) {
        int kind = random.nextInt(11);
        if (kind <= 2 || kind == 10) {
            return change(kind, random);
        }
        String[] what = new String[1];
        inTransaction(() -> what[0] = change(kind, random));
        return what[0];
    }

    private String change(int kind, Random random) {
        List<String> places = List.copyOf(municipalities.keySet());
        List<Long> regionIds = List.copyOf(regions.values());
        switch (kind) {
            case 0, 1 -> {
                importRows(random, 6, false);
                return "import";
            }
            case 2 -> {
                importRows(random, 4, true);
                return "correction";
            }
            case 3 -> {
                String code = places.get(random.nextInt(places.size()));
                String period = PERIODS.get(random.nextInt(PERIODS.size()));
                dsl.deleteFrom(OBSERVATION).where(OBSERVATION.AREA_ID.eq(municipalities.get(code)),
                        OBSERVATION.PERIOD.eq(period)).execute();
                return "delete figures";
            }
            case 4 -> {
                long parent = regionIds.get(random.nextInt(regionIds.size()));
                long member = municipalities.get(places.get(random.nextInt(places.size())));
                int inserted = dsl.insertInto(AREA_MEMBERSHIP, AREA_MEMBERSHIP.PARENT_ID, AREA_MEMBERSHIP.MEMBER_ID,
                                AREA_MEMBERSHIP.VALID_FROM)
                        .select(DSL.select(DSL.val(parent), DSL.val(member), DSL.val(LocalDate.of(2021, 1, 1)))
                                .whereNotExists(DSL.selectOne().from(AREA_MEMBERSHIP).where(
                                        AREA_MEMBERSHIP.PARENT_ID.eq(parent), AREA_MEMBERSHIP.MEMBER_ID.eq(member))))
                        .execute();
                return inserted == 0 ? "membership already there" : "membership added";
            }
            case 5 -> {
                var m = dsl.selectFrom(AREA_MEMBERSHIP).where(AREA_MEMBERSHIP.MEMBER_ID.in(municipalities.values()),
                        AREA_MEMBERSHIP.VALID_TO.isNull())
                        .orderBy(AREA_MEMBERSHIP.PARENT_ID, AREA_MEMBERSHIP.MEMBER_ID, AREA_MEMBERSHIP.VALID_FROM).fetch();
                if (m.isEmpty()) {
                    return "no membership to end";
                }
                var one = m.get(random.nextInt(m.size()));
                var same = DSL.and(AREA_MEMBERSHIP.PARENT_ID.eq(one.getParentId()),
                        AREA_MEMBERSHIP.MEMBER_ID.eq(one.getMemberId()),
                        AREA_MEMBERSHIP.VALID_FROM.isNotDistinctFrom(one.getValidFrom()), AREA_MEMBERSHIP.VALID_TO.isNull());
                LocalDate end = LocalDate.of(2020 + random.nextInt(3), 1, 1);
                // every third one removed, the first included, so that both kinds occur whatever the shared data
                if (endings++ % 3 == 0 || one.getValidFrom() != null && !one.getValidFrom().isBefore(end)) {
                    dsl.deleteFrom(AREA_MEMBERSHIP).where(same).execute();
                    return "membership removed";
                }
                dsl.update(AREA_MEMBERSHIP).set(AREA_MEMBERSHIP.VALID_TO, end).where(same).execute();
                return "membership ended";
            }
            case 6 -> {
                long area = municipalities.get(places.get(random.nextInt(places.size())));
                LocalDate start = random.nextBoolean() ? null : LocalDate.of(2020 + random.nextInt(3), 1, 1);
                dsl.update(AREA).set(AREA.VALID_FROM, start).where(AREA.ID.eq(area)).execute();
                return "area validity";
            }
            case 7 -> {
                // the first sum stops aggregating, or starts again
                dsl.update(MONITOR_INDICATOR).set(MONITOR_INDICATOR.AGGREGATION,
                                DSL.when(MONITOR_INDICATOR.AGGREGATION.eq(Aggregation.SUM), DSL.val(Aggregation.NONE))
                                        .else_(DSL.val(Aggregation.SUM)))
                        .where(MONITOR_INDICATOR.ID.eq(indicators.get(sum))).execute();
                return "aggregation";
            }
            case 8 -> {
                Long release = dsl.select(DSL.max(OBSERVATION.RELEASE_ID)).from(OBSERVATION)
                        .where(OBSERVATION.INDICATOR_ID.in(indicators.values())).fetchOne(0, Long.class);
                if (release == null) {
                    return "no release";
                }
                long other = dsl.select(SOURCE.ID).from(SOURCE).orderBy(SOURCE.ID).limit(1).offset(random.nextInt(5))
                        .fetchOne(SOURCE.ID);
                dsl.update(OBSERVATION_RELEASE).set(OBSERVATION_RELEASE.SOURCE_ID, other)
                        .where(OBSERVATION_RELEASE.ID.eq(release)).execute();
                return "release source";
            }
            case 9 -> {
                if (places.size() <= 4) {
                    return "no municipality to delete";
                }
                String code = places.get(random.nextInt(places.size()));
                dsl.deleteFrom(AREA).where(AREA.ID.eq(municipalities.remove(code))).execute();
                return "municipality deleted";
            }
            default -> {
                // the nation's own figure for a period (then the pages need no figure from members there)
                String period = PERIODS.get(random.nextInt(PERIODS.size()));
                String nation = regions.keySet().stream().filter(c -> c.startsWith("NLT")).findFirst().orElseThrow();
                var rows = new MonitorFixtures.Rows(dataset).add(sum, nation, period,
                        random.nextBoolean() ? null : String.valueOf(random.nextInt(1000)));
                imports.run(rows.reader(), rows.request(), "tester");
                return "own figure";
            }
        }
    }

    /** Every municipality's figures of every indicator and period, a few missing. */
    private void importGrid(Random random) {
        var rows = new MonitorFixtures.Rows(dataset);
        for (String indicator : List.of(sum, weight, mean, none)) {
            for (String place : municipalities.keySet()) {
                for (String period : PERIODS) {
                    rows.add(indicator, place, period, random.nextInt(20) == 0 ? null
                            : BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(3)).toPlainString());
                }
            }
        }
        assertThat(imports.run(rows.reader(), rows.request(), "tester").problems()).isEmpty();
    }

    private void importRandom(Random random, int rows) {
        importRows(random, rows, false);
    }

    /** Figures of random municipalities, indicators and periods (some missing); with {@code existing} of stored keys. */
    private void importRows(Random random, int count, boolean existing) {
        var rows = new MonitorFixtures.Rows(dataset);
        List<String> places = List.copyOf(municipalities.keySet());
        List<String> codes = List.of(sum, weight, mean, none);
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int n = 0; n < count; n++) {
            String indicator = codes.get(random.nextInt(codes.size()));
            String place = places.get(random.nextInt(places.size()));
            String period = PERIODS.get(random.nextInt(PERIODS.size()));
            if (existing && dsl.fetchCount(OBSERVATION, OBSERVATION.INDICATOR_ID.eq(indicators.get(indicator)),
                    OBSERVATION.AREA_ID.eq(municipalities.get(place)), OBSERVATION.PERIOD.eq(period)) == 0) {
                continue;
            }
            if (!keys.add(indicator + place + period)) {
                continue;
            }
            String value = random.nextInt(8) == 0 ? null
                    : BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3)).toPlainString();
            rows.add(indicator, place, period, value);
        }
        if (!rows.rows.isEmpty()) {
            ImportSummary s = imports.run(rows.reader(), rows.request(), "tester");
            assertThat(s.problems()).isEmpty();
        }
    }

    /** Every test region's stored figures equal a fresh computation; the counts equal the figures; nothing marked. */
    private void assertStoredEqualsFresh(String after) {
        Map<String, MonitorIndicator> catalogue = new HashMap<>();
        indicatorQueries.all().forEach(i -> catalogue.put(i.code(), i));
        Map<Long, Long> weights = MemberFigures.aggregated(catalogue.values().stream()
                .filter(i -> indicators.containsKey(i.code())).toList(), catalogue);
        var stored = memberFigures.stored(weights, regions.values());
        assertThat(stored).as(after + ": stored, not marked").isPresent();
        assertThat(stored.get()).as(after + ": stored figures from members")
                .isEqualTo(figureQueries.fromMembers(weights, regions.values()));
        var counted = dsl.select(OBSERVATION.INDICATOR_ID, OBSERVATION.PERIOD, DSL.count()).from(OBSERVATION)
                .where(OBSERVATION.INDICATOR_ID.in(indicators.values()))
                .groupBy(OBSERVATION.INDICATOR_ID, OBSERVATION.PERIOD).fetchSet(r -> r.value1() + " " + r.value2() + " "
                        + r.value3());
        var counts = dsl.select(MONITOR_PERIOD_STATE.INDICATOR_ID, MONITOR_PERIOD_STATE.PERIOD,
                        MONITOR_PERIOD_STATE.OBSERVATIONS).from(MONITOR_PERIOD_STATE)
                .where(MONITOR_PERIOD_STATE.INDICATOR_ID.in(indicators.values()))
                .fetchSet(r -> r.value1() + " " + r.value2() + " " + r.value3());
        assertThat(counts).as(after + ": stored counts").isEqualTo(counted);
        assertThat(dsl.fetchCount(MONITOR_PERIOD_STATE, MONITOR_PERIOD_STATE.DIRTY.isTrue())).as(after + ": marked pairs")
                .isZero();
        assertThat(dsl.fetchCount(MONITOR_REGION_STATE)).as(after + ": marked regions").isZero();
    }

    @Test
    void aWrongStoredFigureIsSeenByTheComparison() {
        importRandom(new Random(7), 40);
        assertStoredEqualsFresh("import");
        // the comparison fails when a stored figure is wrong: the property above can fail
        dsl.update(MONITOR_MEMBER_FIGURE).set(MONITOR_MEMBER_FIGURE.PRESENT, MONITOR_MEMBER_FIGURE.PRESENT.plus(1))
                .where(MONITOR_MEMBER_FIGURE.REGION_ID.in(regions.values())).execute();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertStoredEqualsFresh("corrupted"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("stored figures from members");
    }

    @Test
    void aChangeOutsideATransactionIsComputedOnRequestUntilTheNextWrite() {
        importRandom(new Random(11), 30);
        assertStoredEqualsFresh("import");
        // a write outside any transaction: marked, not stored
        assertThat(dsl.deleteFrom(OBSERVATION).where(OBSERVATION.AREA_ID.in(municipalities.values()),
                OBSERVATION.INDICATOR_ID.eq(indicators.get(sum))).execute()).isPositive();
        Map<Long, Long> sums = new HashMap<>();
        sums.put(indicators.get(sum), null);
        assertThat(memberFigures.stored(sums, regions.values())).isEmpty();
        assertThat(memberFigures.fromMembers(sums, regions.values()))
                .isEqualTo(figureQueries.fromMembers(sums, regions.values()));
        // the next writing transaction, whatever it writes, stores them
        inTransaction(() -> dsl.update(AREA).set(AREA.NAME, AREA.NAME).where(AREA.ID.eq(-1L)).execute());
        assertThat(memberFigures.stored(sums, regions.values())).isPresent();
        assertStoredEqualsFresh("after the next write");
    }

    @Test
    void storedFiguresAreReadInOneStatement() {
        importRandom(new Random(13), 30);
        Map<Long, Long> sums = new HashMap<>();
        sums.put(indicators.get(sum), null);
        sums.put(indicators.get(mean), indicators.get(weight));
        queries.reset();
        assertThat(memberFigures.fromMembers(sums, regions.values())).isNotEmpty();
        assertThat(queries.count()).isEqualTo(1);
    }
}
