package org.regiomonitor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.results.ResultsFixtures.area;
import static org.regiomonitor.results.ResultsFixtures.dimension;
import static org.regiomonitor.results.ResultsFixtures.ratio;
import static org.regiomonitor.results.ResultsFixtures.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.results.internal.IndicatorInput;
import org.regiomonitor.results.RollUps.Figure;
import org.regiomonitor.results.RollUps.Scope;
import org.regiomonitor.results.RollUps.Window;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The roll-up rules with the cases reference systems got wrong (issue 7, acceptance 1), against the embedded
 * database: each test builds its own programmes with unique catalogue codes and reads the totals back.
 */
@IntegrationTest
class RollUpTest {

    @Autowired
    ApplicationContext context;

    ResultsFixtures f;

    @BeforeEach
    void setUp() {
        f = new ResultsFixtures(context);
    }

    private Optional<Figure> figure(Scope scope, List<Window> windows, String group, Window window) {
        return f.rollUps.figures(scope, windows).stream()
                .filter(x -> x.group().equals(group) && x.window().equals(window.key())).findFirst();
    }

    private BigDecimal total(Scope scope, List<Window> windows, String group, Window window) {
        return figure(scope, windows, group, window).map(Figure::value).orElse(null);
    }

    @Test
    void aCumulativeIndicatorCorrectedInAnEarlierPeriodChangesThatPeriodOnly() {
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2024, 2024);
        String code = ResultsFixtures.unique("CUM").toLowerCase();
        long catalogue = f.catalogue(programme, code, Measure.UNIT, true);
        long project = f.project(programme);
        long indicator = f.indicator(project, catalogue, Measure.UNIT, true);
        f.approved(indicator, value(periods.get(0), "10"));
        f.approved(indicator, value(periods.get(1), "25"));
        // a late correction of the first half-year: 10 was 12
        long correction = f.approved(indicator, value(periods.get(0), "12"));

        List<Window> windows = f.windows(periods);
        Scope scope = f.rollUps.programme(programme, true);
        assertThat(total(scope, windows, code, windows.get(0))).isEqualByComparingTo("12");
        assertThat(total(scope, windows, code, windows.get(1))).as("the later period keeps its own value")
                .isEqualByComparingTo("25");
        // the whole year: the latest value, not 12 + 25 nor 10 + 12 + 25
        Window year = new Window("2024", windows.get(0).start(), windows.get(1).end());
        assertThat(total(scope, List.of(year), code, year)).isEqualByComparingTo("25");
        assertThat(f.dsl.fetchValue("select supersedes_id from result_update where id = ?", correction))
                .as("the correction supersedes the approved value, which stays in the history").isNotNull();
    }

    @Test
    void cumulativeValuesOverThreePeriodsAndTwoProjectsTakeTheLatestPerProject() {
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2024, 2025).subList(0, 3);
        String code = ResultsFixtures.unique("CUM").toLowerCase();
        long catalogue = f.catalogue(programme, code, Measure.UNIT, true);
        long first = f.indicator(f.project(programme), catalogue, Measure.UNIT, true);
        long second = f.indicator(f.project(programme), catalogue, Measure.UNIT, true);
        f.approved(first, value(periods.get(0), "10"));
        f.approved(first, value(periods.get(1), "20"));
        f.approved(first, value(periods.get(2), "30"));
        f.approved(second, value(periods.get(0), "5"));
        // the second project reports nothing in the second period: its latest value (5) still counts there
        f.approved(second, value(periods.get(2), "15"));

        List<Window> windows = f.windows(periods);
        Scope scope = f.rollUps.programme(programme, true);
        assertThat(total(scope, windows, code, windows.get(0))).isEqualByComparingTo("15");
        assertThat(total(scope, windows, code, windows.get(1))).isEqualByComparingTo("25");
        assertThat(total(scope, windows, code, windows.get(2))).as("never the sum of periods (85)")
                .isEqualByComparingTo("45");
        Figure last = figure(scope, windows, code, windows.get(2)).orElseThrow();
        assertThat(last.aggregation()).isEqualTo(Aggregation.SUM_OF_LATEST);
        assertThat(last.projects()).isEqualTo(2);
    }

    @Test
    void aPercentageOverProjectsWithDifferentDenominatorsIsTheRatioOfSums() {
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2024, 2024);
        String code = ResultsFixtures.unique("PCT").toLowerCase();
        long catalogue = f.catalogue(programme, code, Measure.PERCENTAGE, false);
        long small = f.indicator(f.project(programme), catalogue, Measure.PERCENTAGE, false);
        long large = f.indicator(f.project(programme), catalogue, Measure.PERCENTAGE, false);
        f.approved(small, ratio(periods.get(0), "1", "10"));      // 10 %
        f.approved(large, ratio(periods.get(0), "90", "100"));    // 90 %

        List<Window> windows = f.windows(periods);
        Figure figure = figure(f.rollUps.programme(programme, true), windows, code, windows.get(0)).orElseThrow();
        assertThat(figure.aggregation()).isEqualTo(Aggregation.RATIO_OF_SUMS);
        assertThat(figure.numerator()).isEqualByComparingTo("91");
        assertThat(figure.denominator()).isEqualByComparingTo("110");
        assertThat(figure.value()).as("91 / 110, not the average of 10 % and 90 %")
                .isEqualByComparingTo(new BigDecimal("9100").divide(new BigDecimal("110"), MathContext.DECIMAL64));
    }

    @Test
    void aJointProjectInTwoProgrammesCountsOnceInACrossProgrammeTotal() {
        long a = f.programme();
        long b = f.programme();
        List<Long> periodsA = f.halfYears(a, 2024, 2024);
        f.halfYears(b, 2024, 2024);
        String code = ResultsFixtures.unique("JOBS").toLowerCase();
        long jobsA = f.catalogue(a, code, Measure.UNIT, false);
        long jobsB = f.catalogue(b, code.toUpperCase(), Measure.UNIT, false);
        long joint = f.project(a, b);
        f.approved(f.indicator(joint, jobsA, Measure.UNIT, false), value(periodsA.get(0), "10"));
        f.approved(f.indicator(f.project(a), jobsA, Measure.UNIT, false), value(periodsA.get(0), "7"));
        long onlyB = f.project(b);
        List<Long> periodsB = f.dsl.fetch("select id from reporting_period where programme_id = ? order by start_date", b)
                .getValues(0, Long.class);
        f.approved(f.indicator(onlyB, jobsB, Measure.UNIT, false), value(periodsB.get(0), "5"));

        List<Window> windows = f.windows(periodsA.subList(0, 1));
        Window h1 = windows.get(0);
        assertThat(total(f.rollUps.programme(a, true), windows, code, h1)).isEqualByComparingTo("17");
        assertThat(total(f.rollUps.programme(b, true), windows, code, h1)).as("the joint project is in B too")
                .isEqualByComparingTo("15");
        assertThat(total(f.rollUps.programmes(List.of(a, b), true), windows, code, h1))
                .as("10 + 7 + 5: the joint project once, not 17 + 15").isEqualByComparingTo("22");
        assertThat(total(f.rollUps.region(true), windows, code, h1)).isEqualByComparingTo("22");
    }

    @Test
    void aReturnedUpdateDoesNotCount() {
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2024, 2024);
        String code = ResultsFixtures.unique("RET").toLowerCase();
        long catalogue = f.catalogue(programme, code, Measure.UNIT, false);
        f.approved(f.indicator(f.project(programme), catalogue, Measure.UNIT, false), value(periods.get(0), "10"));
        long other = f.indicator(f.project(programme), catalogue, Measure.UNIT, false);
        long returned = f.updates.create(other, value(periods.get(0), "99"), f.admin);
        f.updates.submit(returned, new ReviewInput(null, 0), f.admin);
        f.updates.returnToLead(returned, new ReviewInput("Bron ontbreekt", 1), f.admin);
        long submitted = f.updates.create(f.indicator(f.project(programme), catalogue, Measure.UNIT, false),
                value(periods.get(0), "1000"), f.admin);
        f.updates.submit(submitted, new ReviewInput(null, 0), f.admin);

        List<Window> windows = f.windows(periods);
        Figure figure = figure(f.rollUps.programme(programme, true), windows, code, windows.get(0)).orElseThrow();
        assertThat(figure.value()).as("neither the returned 99 nor the submitted 1000").isEqualByComparingTo("10");
        assertThat(figure.indicators()).isEqualTo(1);

        // resubmitted and approved, it counts on the next request
        f.updates.submit(returned, new ReviewInput(null, 2), f.admin);
        f.updates.approve(returned, new ReviewInput(null, 3), f.admin);
        assertThat(total(f.rollUps.programme(programme, true), windows, code, windows.get(0)))
                .isEqualByComparingTo("109");
    }

    @Test
    void disaggregationsThatDoNotAddUpAreFlaggedAndMunicipalitiesGetOnlyWhatIsAttributed() {
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2024, 2024);
        String code = ResultsFixtures.unique("DIS").toLowerCase();
        long catalogue = f.catalogue(programme, code, Measure.UNIT, false);
        List<Long> gender = f.dimension(programme, "m", "v");
        List<String> gm = f.municipalities();
        long period = periods.get(0);
        // adds up: 5 + 5 = 10; municipalities 3 + 4 of 10 (3 not attributed)
        f.approved(f.indicator(f.project(programme), catalogue, Measure.UNIT, false), value(period, "10",
                ValueQualifier.EXACT, List.of(dimension(gender.get(0), "5"), dimension(gender.get(1), "5"),
                        area(gm.get(0), "3"), area(gm.get(1), "4"))));
        // does not add up: 4 + 5 is not 20
        f.approved(f.indicator(f.project(programme), catalogue, Measure.UNIT, false), value(period, "20",
                ValueQualifier.EXACT, List.of(dimension(gender.get(0), "4"), dimension(gender.get(1), "5"))));
        // municipalities exceed the total: 8 + 5 > 10
        f.approved(f.indicator(f.project(programme), catalogue, Measure.UNIT, false), value(period, "10",
                ValueQualifier.EXACT, List.of(area(gm.get(0), "8"), area(gm.get(1), "5"))));

        List<Window> windows = f.windows(periods);
        Scope scope = f.rollUps.programme(programme, true);
        Figure figure = figure(scope, windows, code, windows.get(0)).orElseThrow();
        assertThat(figure.value()).as("the totals are not forced to the parts").isEqualByComparingTo("40");
        assertThat(figure.flagged()).isEqualTo(2);

        Map<String, BigDecimal> byArea = f.rollUps.byMunicipality(scope, windows).stream()
                .filter(m -> m.group().equals(code))
                .collect(Collectors.toMap(m -> m.areaCode() == null ? "-" : m.areaCode(), m -> m.value()));
        assertThat(byArea.get(gm.get(0))).isEqualByComparingTo("11");
        assertThat(byArea.get(gm.get(1))).isEqualByComparingTo("9");
        // not attributed: 10 - 7, 20 - 0, and 10 - 13 (shown as it is, with the flag above)
        assertThat(byArea.get("-")).isEqualByComparingTo("20");
    }

    @Test
    void aSumWithAnAtLeastValueIsAtLeastAndOwnIndicatorsStayOutOfProgrammeTotals() {
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2024, 2024);
        String code = ResultsFixtures.unique("QUA").toLowerCase();
        long catalogue = f.catalogue(programme, code, Measure.UNIT, false);
        long project = f.project(programme);
        f.approved(f.indicator(project, catalogue, Measure.UNIT, false), value(periods.get(0), "2000",
                ValueQualifier.AT_LEAST, List.of()));
        f.approved(f.indicator(f.project(programme), catalogue, Measure.UNIT, false), value(periods.get(0), "50"));
        long own = f.indicator(project, null, Measure.UNIT, false);
        f.approved(own, value(periods.get(0), "123456"));

        List<Window> windows = f.windows(periods);
        List<Figure> figures = f.rollUps.figures(f.rollUps.programme(programme, true), windows);
        assertThat(figures).extracting(Figure::group).containsOnly(code);
        assertThat(figures.get(0).value()).isEqualByComparingTo("2050");
        assertThat(figures.get(0).qualifier()).isEqualTo(ValueQualifier.AT_LEAST);
        // on the project page the own indicator is shown on its own
        assertThat(f.rollUps.figures(f.rollUps.project(project), windows)).extracting(Figure::group)
                .contains(String.valueOf(own));
    }

    @Test
    void progressIsTheShareOfTheTargetAgainstAStraightLineFromBaselineToTargetDate() {
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2024, 2024);
        long project = f.project(programme);
        java.time.LocalDate end2025 = java.time.LocalDate.of(2025, 12, 31);
        // baseline 0 on 1 January 2024, target 100 at the end of 2025
        long onTrack = f.indicator(project, null, Measure.UNIT, true, BigDecimal.ZERO, new BigDecimal("100"), end2025);
        long behind = f.indicator(project, null, Measure.UNIT, true, BigDecimal.ZERO, new BigDecimal("100"), end2025);
        long achieved = f.indicator(project, null, Measure.UNIT, false, BigDecimal.ZERO, new BigDecimal("100"), end2025);
        long noData = f.indicator(project, null, Measure.UNIT, true, BigDecimal.ZERO, new BigDecimal("100"), end2025);
        f.approved(onTrack, value(periods.get(0), "30"));    // 30 % reached, 25 % of the time gone
        f.approved(behind, value(periods.get(0), "10"));
        f.approved(behind, value(periods.get(1), "40"));     // 40 % reached, 50 % of the time gone
        f.approved(achieved, value(periods.get(0), "60"));
        f.approved(achieved, value(periods.get(1), "45"));   // per period: 105 in all
        Map<Long, Progress> progress = f.rollUps.progress(project).stream()
                .collect(Collectors.toMap(Progress::indicatorId, p -> p));
        assertThat(progress.get(onTrack).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(progress.get(onTrack).share()).isEqualByComparingTo("0.30");
        assertThat(progress.get(behind).status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(progress.get(behind).actual()).as("cumulative: the latest, not 50").isEqualByComparingTo("40");
        assertThat(progress.get(achieved).status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(progress.get(achieved).actual()).isEqualByComparingTo("105");
        assertThat(progress.get(noData).status()).isEqualTo(ProgressStatus.NO_DATA);
    }

    @Test
    void progressUsesThePeriodTargetsWhenTheIndicatorHasThem() {
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2024, 2024);
        long project = f.project(programme);
        java.time.LocalDate end2025 = java.time.LocalDate.of(2025, 12, 31);
        long linear = f.indicator(project, null, Measure.UNIT, false, BigDecimal.ZERO, new BigDecimal("100"), end2025);
        long perPeriod = f.indicator(project, null, Measure.UNIT, false, BigDecimal.ZERO, new BigDecimal("100"),
                end2025, List.of(new IndicatorInput.PeriodTargetInput(periods.get(0), new BigDecimal("40")),
                        new IndicatorInput.PeriodTargetInput(periods.get(1), new BigDecimal("40"))));
        long cumulative = f.indicator(project, null, Measure.UNIT, true, BigDecimal.ZERO, null, null,
                List.of(new IndicatorInput.PeriodTargetInput(periods.get(0), new BigDecimal("20")),
                        new IndicatorInput.PeriodTargetInput(periods.get(1), new BigDecimal("50"))));
        // 30 in the first half year: on a straight line to 100 at the end of 2025 that is on track (25 % of the time)
        f.approved(linear, value(periods.get(0), "30"));
        f.approved(perPeriod, value(periods.get(0), "30"));
        f.approved(cumulative, value(periods.get(0), "25"));
        Map<Long, Progress> progress = f.rollUps.progress(project).stream()
                .collect(Collectors.toMap(Progress::indicatorId, p -> p));
        assertThat(progress.get(linear).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(progress.get(linear).rule()).isEqualTo(ProgressRule.LINEAR);
        assertThat(progress.get(perPeriod).status()).as("the first half year asked 40").isEqualTo(ProgressStatus.BEHIND);
        assertThat(progress.get(perPeriod).rule()).isEqualTo(ProgressRule.PERIOD_TARGETS);
        assertThat(progress.get(perPeriod).periodTarget()).isEqualByComparingTo("40");
        assertThat(progress.get(perPeriod).share()).as("of the overall target").isEqualByComparingTo("0.30");
        assertThat(progress.get(cumulative).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(progress.get(cumulative).share()).as("without an overall target: of the last period's")
                .isEqualByComparingTo("0.50");

        // per period the targets add up (40 + 40), cumulative the latest counts (50, not 70)
        f.approved(perPeriod, value(periods.get(1), "50"));
        f.approved(cumulative, value(periods.get(1), "45"));
        progress = f.rollUps.progress(project).stream().collect(Collectors.toMap(Progress::indicatorId, p -> p));
        assertThat(progress.get(perPeriod).periodTarget()).isEqualByComparingTo("80");
        assertThat(progress.get(perPeriod).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(progress.get(cumulative).periodTarget()).isEqualByComparingTo("50");
        assertThat(progress.get(cumulative).status()).isEqualTo(ProgressStatus.BEHIND);
    }

    /** The engine's figure equals a hand-written single SQL aggregate of the same figure. */
    @Test
    void theRollUpEqualsAHandWrittenAggregate() {
        long programme = f.programme();
        List<Long> periods = f.halfYears(programme, 2023, 2024);
        String perPeriod = ResultsFixtures.unique("HAND").toLowerCase();
        String cumulative = ResultsFixtures.unique("HANDC").toLowerCase();
        long sumCatalogue = f.catalogue(programme, perPeriod, Measure.UNIT, false);
        long cumCatalogue = f.catalogue(programme, cumulative, Measure.UNIT, true);
        for (int p = 0; p < 3; p++) {
            long project = f.project(programme);
            long s = f.indicator(project, sumCatalogue, Measure.UNIT, false);
            long c = f.indicator(project, cumCatalogue, Measure.UNIT, true);
            for (int i = 0; i < periods.size(); i++) {
                if ((i + p) % 3 != 0) {
                    f.approved(s, value(periods.get(i), String.valueOf(10 * p + i + 1)));
                    f.approved(c, value(periods.get(i), String.valueOf(100 * p + 10 * i)));
                }
            }
        }
        List<Window> windows = f.windows(periods);
        List<Figure> figures = f.rollUps.figures(f.rollUps.programme(programme, true), windows);
        for (Window w : windows) {
            BigDecimal handSum = f.dsl.fetchSingle("""
                    select sum(u.value) from result_update u
                    join reporting_period rp on rp.id = u.period_id
                    join indicator i on i.id = u.indicator_id
                    join catalogue_indicator ci on ci.id = i.catalogue_indicator_id
                    where lower(ci.code) = ? and u.status = 'APPROVED' and rp.id = ?
                      and not exists (select 1 from result_update c where c.supersedes_id = u.id and c.status = 'APPROVED')
                    """, perPeriod, Long.valueOf(w.key())).get(0, BigDecimal.class);
            BigDecimal handCumulative = f.dsl.fetchSingle("""
                    select sum(latest.value) from (
                      select distinct on (u.indicator_id) u.value
                      from result_update u
                      join reporting_period rp on rp.id = u.period_id
                      join indicator i on i.id = u.indicator_id
                      join catalogue_indicator ci on ci.id = i.catalogue_indicator_id
                      where lower(ci.code) = ? and u.status = 'APPROVED' and rp.end_date <= ?
                        and not exists (select 1 from result_update c where c.supersedes_id = u.id and c.status = 'APPROVED')
                      order by u.indicator_id, rp.end_date desc) latest
                    """, cumulative, w.end()).get(0, BigDecimal.class);
            assertThat(valueOf(figures, perPeriod, w)).as("per period " + w).isEqualByComparingTo(handSum);
            assertThat(valueOf(figures, cumulative, w)).as("cumulative " + w).isEqualByComparingTo(handCumulative);
        }
    }

    private static BigDecimal valueOf(List<Figure> figures, String group, Window w) {
        return figures.stream().filter(x -> x.group().equals(group) && x.window().equals(w.key())).findFirst()
                .map(Figure::value).orElseThrow();
    }
}
