package org.regiomonitor.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.Areas;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8, acceptance 3 and 4: a weighted mean over areas uses the weights; a computed indicator follows a
 * changed input on the next read; signals follow the desired direction.
 */
@IntegrationTest
class MonitorFiguresTest {

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
    String big;
    String small;

    @BeforeEach
    void setUp() {
        f = new MonitorFixtures(dsl);
        dataset = MonitorFixtures.unique("ds").toLowerCase();
        region = MonitorFixtures.unique("CRW");
        big = MonitorFixtures.unique("GMB");
        small = MonitorFixtures.unique("GMS");
        long r = f.area(region, AreaKind.REGION);
        f.member(r, f.area(big, AreaKind.MUNICIPALITY));
        f.member(r, f.area(small, AreaKind.MUNICIPALITY));
    }

    private void load(MonitorFixtures.Rows rows) {
        ImportSummary s = imports.run(rows.reader(), rows.request(), "tester");
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void aWeightedMeanOverAreasUsesTheWeightsNotTheMeanOfTheRates() {
        String labour = MonitorFixtures.unique("LAB");
        String rate = MonitorFixtures.unique("UNEMP");
        long labourId = f.indicator(labour, Aggregation.SUM, Direction.NEUTRAL, "personen", null, dataset);
        f.indicator(rate, Aggregation.WEIGHTED_MEAN, Direction.LOWER_IS_BETTER, "%", labourId, dataset);
        load(new MonitorFixtures.Rows(dataset)
                .add(labour, big, "2024JJ00", "90000").add(labour, small, "2024JJ00", "10000")
                .add(rate, big, "2024JJ00", "3.0").add(rate, small, "2024JJ00", "8.0"));
        Figure regional = figures.series(rate, areas.get(region)).figures().getFirst();
        // (3.0 * 90,000 + 8.0 * 10,000) / 100,000 = 3.5, not the unweighted 5.5
        assertThat(regional.value()).isEqualByComparingTo("3.5");
        assertThat(regional.origin()).isEqualTo(Figure.Origin.MEMBERS);
        assertThat(regional.membersExpected()).isEqualTo(2);
    }

    @Test
    void aComputedIndicatorFollowsAChangedInputOnTheNextRead() {
        String dwellings = MonitorFixtures.unique("DW");
        String population = MonitorFixtures.unique("POP");
        long d = f.indicator(dwellings, Aggregation.SUM, Direction.HIGHER_IS_BETTER, "woningen", null, dataset);
        long p = f.indicator(population, Aggregation.SUM, Direction.HIGHER_IS_BETTER, "inwoners", null, dataset);
        String ratio = MonitorFixtures.unique("DWPER");
        dsl.execute("update monitor_indicator set code = ? where id = ?", ratio,
                f.ratio(MonitorFixtures.unique("R"), d, p, new BigDecimal("1000")));
        load(new MonitorFixtures.Rows(dataset)
                .add(dwellings, big, "2024JJ00", "450").add(population, big, "2024JJ00", "1000")
                .add(dwellings, small, "2024JJ00", "50").add(population, small, "2024JJ00", "250"));
        assertThat(figures.series(ratio, areas.get(big)).latest().orElseThrow().value()).isEqualByComparingTo("450");
        // the region's ratio is the ratio of its sums: 500 / 1,250 * 1,000 = 400
        assertThat(figures.series(ratio, areas.get(region)).latest().orElseThrow().value())
                .isEqualByComparingTo("400");

        load(new MonitorFixtures.Rows(dataset)
                .add(dwellings, big, "2024JJ00", "450").add(population, big, "2024JJ00", "900")
                .add(dwellings, small, "2024JJ00", "50").add(population, small, "2024JJ00", "250"));
        assertThat(figures.series(ratio, areas.get(big)).latest().orElseThrow().value()).isEqualByComparingTo("500");
        assertThat(figures.series(ratio, areas.get(region)).latest().orElseThrow().value().doubleValue())
                .isCloseTo(500_000.0 / 1150, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void signalsFollowTheDesiredDirection() {
        String unemployment = MonitorFixtures.unique("UNEMP");
        String population = MonitorFixtures.unique("POP");
        f.indicator(unemployment, Aggregation.NONE, Direction.LOWER_IS_BETTER, "%", null, dataset);
        f.indicator(population, Aggregation.SUM, Direction.HIGHER_IS_BETTER, "inwoners", null, dataset);
        var rows = new MonitorFixtures.Rows(dataset);
        String[] rates = {"7.0", "6.0", "5.0", "4.2", "3.4"};
        String[] people = {"1000", "990", "985", "970", "960"};
        for (int i = 0; i < rates.length; i++) {
            rows.add(unemployment, big, (2020 + i) + "JJ00", rates[i]).add(population, big, (2020 + i) + "JJ00",
                    people[i]);
        }
        load(rows);
        List<Signal> falling = Signals.of(figures.series(unemployment, areas.get(big)), null, null);
        assertThat(falling).extracting(Signal::kind, Signal::judgement).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Signal.Kind.LATEST_CHANGE, Signal.Judgement.GOOD),
                org.assertj.core.groups.Tuple.tuple(Signal.Kind.TREND, Signal.Judgement.GOOD));
        assertThat(falling.getFirst().change()).isCloseTo(-0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(falling.getFirst().points()).isTrue();

        List<Signal> shrinking = Signals.of(figures.series(population, areas.get(big)), null, null);
        assertThat(shrinking).extracting(Signal::judgement)
                .containsExactly(Signal.Judgement.BAD, Signal.Judgement.BAD);
        // 960 against 970 is -1.03 %, outside the tolerance of 0.5 %
        assertThat(shrinking.getFirst().change()).isCloseTo(-1.0309, org.assertj.core.data.Offset.offset(1e-3));
    }
}
