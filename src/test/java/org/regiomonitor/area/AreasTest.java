package org.regiomonitor.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regiomonitor.area.AreaFixtures.CBS;
import static org.regiomonitor.area.AreaFixtures.EAST;
import static org.regiomonitor.area.AreaFixtures.NORTH;
import static org.regiomonitor.area.AreaFixtures.OUTSIDE;
import static org.regiomonitor.area.AreaFixtures.PROVINCE;
import static org.regiomonitor.area.AreaFixtures.REGION;
import static org.regiomonitor.area.AreaFixtures.SOUTH;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AreasTest {

    @Autowired
    Areas areas;

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void fixtures() {
        AreaFixtures.ensure(dsl);
    }

    /** The sum computed independently of the service, straight from area_statistic. */
    private BigDecimal independentSum(String region, String statistic, int period) {
        return dsl.resultQuery("""
                select sum(s.value) from area_statistic s
                  join area_membership m on m.member_id = s.area_id
                  join area r on r.id = m.parent_id
                 where r.code = ? and s.statistic = ? and s.period = ?""", region, statistic, period)
                .fetchOne(0, BigDecimal.class);
    }

    @Test
    void regionPopulationIsTheExactSumOfTheMembersRows() {
        RegionSum sum = areas.regionPopulation(REGION, 2024);

        assertThat(sum.total()).isEqualByComparingTo(independentSum(REGION, "POPULATION", 2024));
        assertThat(sum.total()).isEqualByComparingTo("70368"); // 12345 + 23456 + 34567; GMT9009 is no member
        assertThat(sum.memberCount()).isEqualTo(3);
        assertThat(sum.complete()).isTrue();
        assertThat(sum.rows()).extracting(r -> r.member().code()).containsExactlyInAnyOrder(NORTH, SOUTH, EAST);
        assertThat(sum.rows()).extracting(r -> r.member().code()).doesNotContain(OUTSIDE);
        assertThat(sum.sources()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo(CBS);
            assertThat(s.locator()).contains("GMT9001", "GMT9002", "GMT9003").doesNotContain("GMT9009");
        });
    }

    @Test
    void aSumOverMembersWithoutFiguresIsMarkedPartial() {
        RegionSum dwellings = areas.regionSum(REGION, Statistic.DWELLINGS, 2024);
        assertThat(dwellings.total()).isEqualByComparingTo("15000");
        assertThat(dwellings.complete()).isFalse();
        assertThat(dwellings.membersWithoutValue()).extracting(AreaSummary::code).containsExactly(EAST);

        RegionSum population2023 = areas.regionPopulation(REGION, 2023);
        assertThat(population2023.total()).isEqualByComparingTo("12000");
        assertThat(population2023.membersWithValue()).isEqualTo(1);

        RegionSum none = areas.regionPopulation(REGION, 1900);
        assertThat(none.total()).isNull();
        assertThat(none.sources()).isEmpty();
    }

    @Test
    void densityIsARatioAndIsNeverSummed() {
        assertThatThrownBy(() -> areas.regionSum(REGION, Statistic.DENSITY, 2024))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twentesPopulationEqualsTheCbsRowsOfItsMunicipalities() {
        // Acceptance on the real reference data, when it is loaded into this database.
        Assumptions.assumeTrue(areas.find("CR12").isPresent() && areas.latestPeriod("CR12", Statistic.POPULATION)
                .isPresent(), "Twente reference data not loaded");
        int period = areas.latestPeriod("CR12", Statistic.POPULATION).getAsInt();
        RegionSum twente = areas.regionPopulation("CR12", period);
        assertThat(twente.total()).isEqualByComparingTo(independentSum("CR12", "POPULATION", period));
        assertThat(twente.memberCount()).isEqualTo(14);
    }

    @Test
    void looksUpAreasMembersParentsAndStatistics() {
        assertThat(areas.find(NORTH)).get().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Testdorp Noord");
            assertThat(a.kind()).isEqualTo(AreaKind.MUNICIPALITY);
        });
        assertThat(areas.find("NOPE-AREA")).isEmpty();
        assertThatThrownBy(() -> areas.get("NOPE-AREA")).isInstanceOf(NotFoundException.class);
        assertThat(areas.list(AreaKind.MUNICIPALITY)).extracting(AreaSummary::code).contains(NORTH, OUTSIDE);
        assertThat(areas.list(AreaKind.DISTRICT)).extracting(AreaSummary::code).doesNotContain(NORTH);
        assertThat(areas.members(REGION)).extracting(AreaSummary::code).containsExactlyInAnyOrder(NORTH, EAST, SOUTH);
        assertThat(areas.members(PROVINCE)).extracting(AreaSummary::code).containsExactly(REGION);
        assertThat(areas.parents(NORTH)).extracting(AreaSummary::code).containsExactly(REGION);
        assertThat(areas.page(AreaKind.MUNICIPALITY, REGION, 0, 2)).satisfies(p -> {
            assertThat(p.total()).isEqualTo(3);
            assertThat(p.items()).hasSize(2);
        });

        List<StatisticValue> stats = areas.statistics(NORTH);
        assertThat(stats).hasSize(5);
        assertThat(stats.getFirst().period()).isEqualTo(2024);
        assertThat(areas.statistics(NORTH, Statistic.POPULATION, null)).extracting(StatisticValue::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("12345"), new BigDecimal("12000"));
        assertThat(stats).allSatisfy(s -> assertThat(s.source().code()).isEqualTo(CBS));
        assertThat(areas.latestPeriod(REGION, Statistic.POPULATION)).hasValue(2024);
    }

    @Test
    void memberFiguresCarryEveryMemberWithItsSources() {
        List<AreaFigures> figures = areas.memberFigures(REGION, 2024);
        assertThat(figures).extracting(f -> f.area().code()).containsExactlyInAnyOrder(NORTH, EAST, SOUTH);
        AreaFigures north = figures.stream().filter(f -> f.area().code().equals(NORTH)).findFirst().orElseThrow();
        AreaFigures east = figures.stream().filter(f -> f.area().code().equals(EAST)).findFirst().orElseThrow();
        assertThat(north.value(Statistic.AREA_HA)).isEqualByComparingTo("2500.50");
        assertThat(north.source(Statistic.POPULATION).locator()).isEqualTo("WijkenEnBuurten GMT9001");
        assertThat(north.boundarySource().code()).isEqualTo("TEST-AREA-GEO");
        assertThat(east.value(Statistic.DWELLINGS)).isNull();
    }
}
