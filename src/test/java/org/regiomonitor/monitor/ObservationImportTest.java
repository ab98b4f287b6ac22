package org.regiomonitor.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.OBSERVATION;
import static org.regiomonitor.db.Tables.OBSERVATION_RELEASE;
import static org.regiomonitor.db.Tables.OBSERVATION_REVISION;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.Areas;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The write side of every import: all or nothing, duplicates and unknown codes refused with their place, a
 * re-import writes nothing, a changed figure keeps its old value; and region figures from the members.
 */
@IntegrationTest
class ObservationImportTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    MonitorImports imports;
    @Autowired
    MonitorFigures figures;
    @Autowired
    Areas areas;

    MonitorFixtures f;
    String dataset;
    String region;
    String north;
    String south;
    long populationId;

    @BeforeEach
    void setUp() {
        f = new MonitorFixtures(dsl);
        dataset = MonitorFixtures.unique("ds").toLowerCase();
        region = MonitorFixtures.unique("CRM");
        north = MonitorFixtures.unique("GMN");
        south = MonitorFixtures.unique("GMS");
        long r = f.area(region, AreaKind.REGION);
        f.member(r, f.area(north, AreaKind.MUNICIPALITY));
        f.member(r, f.area(south, AreaKind.MUNICIPALITY));
        populationId = f.indicator(MonitorFixtures.unique("POP"), Aggregation.SUM, Direction.HIGHER_IS_BETTER,
                "inwoners", null, dataset);
    }

    private String pop() {
        return dsl.select(org.regiomonitor.db.Tables.MONITOR_INDICATOR.CODE)
                .from(org.regiomonitor.db.Tables.MONITOR_INDICATOR)
                .where(org.regiomonitor.db.Tables.MONITOR_INDICATOR.ID.eq(populationId)).fetchOne().value1();
    }

    private int observations() {
        return dsl.fetchCount(OBSERVATION, OBSERVATION.INDICATOR_ID.eq(populationId));
    }

    @Test
    void anImportAddsThenWritesNothingTheSecondTimeAndKeepsTheOldValueOfARevision() {
        var rows = new MonitorFixtures.Rows(dataset)
                .add(pop(), north, "2023JJ00", "1000").add(pop(), south, "2023JJ00", "500")
                .add(pop(), north, "2024JJ00", "1100").add(pop(), south, "2024JJ00", null)
                .add("OTHER_MEASURE", north, "2024JJ00", "7");
        ImportSummary first = imports.run(rows.reader(), rows.request(), "tester");
        assertThat(first.problems()).isEmpty();
        assertThat(first.written()).isTrue();
        assertThat(first.added()).isEqualTo(4);
        assertThat(first.skipped()).containsEntry("measure:" + dataset + "/OTHER_MEASURE", 1L);
        assertThat(observations()).isEqualTo(4);

        ImportSummary again = imports.run(rows.reader(), rows.request(), "tester");
        assertThat(again.written()).isFalse();
        assertThat(again.added() + again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(dsl.fetchCount(OBSERVATION_RELEASE, OBSERVATION_RELEASE.ID.eq(first.releaseId()))).isEqualTo(1);

        var revised = new MonitorFixtures.Rows(dataset)
                .add(pop(), north, "2023JJ00", "1000").add(pop(), south, "2023JJ00", "500")
                .add(pop(), north, "2024JJ00", "1111").add(pop(), south, "2024JJ00", "600");
        ImportSummary preview = imports.preview(revised.reader(), revised.request());
        assertThat(preview.changed()).isEqualTo(2);
        assertThat(preview.changes()).extracting(ImportSummary.Change::newValue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1111"), new BigDecimal("600"));
        assertThat(dsl.fetchCount(OBSERVATION_REVISION, OBSERVATION_REVISION.INDICATOR_ID.eq(populationId))).isZero();

        ImportSummary second = imports.run(revised.reader(), revised.request(), "tester");
        assertThat(second.changed()).isEqualTo(2);
        assertThat(second.unchanged()).isEqualTo(2);
        var old = dsl.selectFrom(OBSERVATION_REVISION).where(OBSERVATION_REVISION.INDICATOR_ID.eq(populationId))
                .orderBy(OBSERVATION_REVISION.VALUE.nullsFirst()).fetch();
        assertThat(old).hasSize(2);
        assertThat(old.get(0).getValue()).isNull();
        assertThat(old.get(0).getMissing()).isEqualTo("Impossible");
        assertThat(old.get(1).getValue()).isEqualByComparingTo("1100");
        assertThat(old.get(1).getSupersededBy()).isEqualTo(second.releaseId());

        AreaSeries northSeries = figures.series(pop(), areas.get(north));
        assertThat(northSeries.latest().orElseThrow().value()).isEqualByComparingTo("1111");
        assertThat(northSeries.latest().orElseThrow().revisedAt()).isNotNull();

        AreaSeries regionSeries = figures.series(pop(), areas.get(region));
        assertThat(regionSeries.figures()).extracting(x -> x.value().toBigInteger().intValue())
                .containsExactly(1500, 1711);
        assertThat(regionSeries.figures().getFirst().origin()).isEqualTo(Figure.Origin.MEMBERS);
        assertThat(regionSeries.figures().getFirst().membersExpected()).isEqualTo(2);
    }

    @Test
    void figuresOfANewIndicatorGoStraightInAndTheRestIsComparedInOneImport() {
        // population has figures; "households" none: its first rows are copied straight into observation, and from
        // the first population row on everything goes through the stage (households' later rows too)
        imports.run(new MonitorFixtures.Rows(dataset).add(pop(), north, "2024JJ00", "1000").reader(),
                new MonitorFixtures.Rows(dataset).request(), "tester");
        String households = MonitorFixtures.unique("HH");
        long householdsId = f.indicator(households, Aggregation.SUM, Direction.NEUTRAL, "huishoudens", null, dataset);
        var rows = new MonitorFixtures.Rows(dataset)
                .add(households, north, "2023JJ00", "400").add(households, south, "2023JJ00", "200")
                .add(pop(), north, "2024JJ00", "1001").add(pop(), south, "2024JJ00", "500")
                .add(households, north, "2024JJ00", "410");
        ImportSummary summary = imports.run(rows.reader(), rows.request(), "tester");
        assertThat(summary.problems()).isEmpty();
        assertThat(summary.added()).isEqualTo(4);
        assertThat(summary.changed()).isEqualTo(1);
        assertThat(summary.unchanged()).isZero();
        assertThat(summary.changes()).extracting(ImportSummary.Change::areaCode).containsExactly(north);
        assertThat(dsl.fetchCount(OBSERVATION, OBSERVATION.INDICATOR_ID.eq(householdsId)
                .and(OBSERVATION.RELEASE_ID.eq(summary.releaseId())))).isEqualTo(3);
        assertThat(dsl.fetchCount(OBSERVATION_REVISION, OBSERVATION_REVISION.INDICATOR_ID.eq(populationId)))
                .isEqualTo(1);
        assertThat(dsl.fetchOne(OBSERVATION_RELEASE, OBSERVATION_RELEASE.ID.eq(summary.releaseId())).getAdded())
                .isEqualTo(4);

        ImportSummary again = imports.run(rows.reader(), rows.request(), "tester");
        assertThat(again.written()).isFalse();
        assertThat(again.unchanged()).isEqualTo(5);
    }

    @Test
    void aFigureWrittenFromABinaryFloatIsTheFigureItStandsFor() {
        var rows = new MonitorFixtures.Rows(dataset).add(pop(), north, "2024JJ00", "64269.99999999999");
        assertThat(imports.run(rows.reader(), rows.request(), "tester").problems()).isEmpty();
        assertThat(figures.series(pop(), areas.get(north)).latest().orElseThrow().value()).isEqualByComparingTo("64270");
    }

    @Test
    void aRegionWithAMemberWithoutAFigureHasNoFigureNeverAPartialSum() {
        var rows = new MonitorFixtures.Rows(dataset)
                .add(pop(), north, "2024JJ00", "1100").add(pop(), south, "2024JJ00", null);
        imports.run(rows.reader(), rows.request(), "tester");
        Figure f2024 = figures.series(pop(), areas.get(region)).figures().getFirst();
        assertThat(f2024.value()).isNull();
        assertThat(f2024.members()).isEqualTo(1);
        assertThat(f2024.membersExpected()).isEqualTo(2);
    }

    @Test
    void duplicatesUnknownAreasAndUnknownPeriodsAreRefusedWithTheirPlaceAndNothingIsWritten() {
        var rows = new MonitorFixtures.Rows(dataset)
                .add(pop(), north, "2024JJ00", "1100")
                .add(pop(), "GM9999X", "2024JJ00", "5")
                .add(pop(), "GM9999Y", "2024JJ00", null)
                .add(pop(), south, "2024XX00", "5")
                .add(pop(), south, "2023JJ00", "1234567890123456789")
                .add(pop(), south, "2022JJ00", "1.1234567");
        ImportSummary refused = imports.run(rows.reader(), rows.request(), "tester");
        assertThat(refused.written()).isFalse();
        assertThat(refused.problems()).extracting(Object::toString).containsExactly(
                "test.csv, row 3, column value: unknown area code \"GM9999X\" (CBS)",
                "test.csv, row 5, column value: unknown period code \"2024XX00\" (expected e.g. 2024JJ00, 2024KW01, "
                        + "2024MM01 or 2024)",
                "test.csv, row 6, column value: value 1234567890123456789 cannot be stored: at most 18 digits before "
                        + "the decimal point and 6 after it",
                "test.csv, row 7, column value: value 1.1234567 cannot be stored: at most 18 digits before the "
                        + "decimal point and 6 after it");
        assertThat(observations()).isZero();

        var duplicated = new MonitorFixtures.Rows(dataset)
                .add(pop(), north, "2024JJ00", "1100").add(pop(), south, "2024JJ00", "1")
                .add(pop(), north, "2024", "1100");
        ImportSummary dup = imports.run(duplicated.reader(), duplicated.request(), "tester");
        assertThat(dup.problems()).extracting(Object::toString).containsExactly(
                "test.csv, row 4, column value: duplicate figure: the same indicator, area and period as test.csv, row 2");
        assertThat(observations()).isZero();
    }
}
