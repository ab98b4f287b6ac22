package org.regiomonitor.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.StoredTotals;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;

/** The public API on the embedded database: grouped sums agree with the per-programme figures. */
@IntegrationTest
class FinanceFiguresTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    FinanceFigures figures;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    QueryCounter queries;

    FinanceFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new FinanceFixtures(dsl, users);
    }

    @Test
    void programmeSummaryKeepsProgrammeAndProjectMoneyApartAndCountsUnknowns() {
        long programme = fx.programme(2023, 2027, "8.5", true);
        long regional = fx.funder("GEMEENTEN");
        long rijk = fx.funder("RIJK");
        long privaat = fx.funder("PRIVAAT");
        long source = fx.source("Figures test");
        fx.line(programme, null, regional, 2024, "1000", "800", null, source);
        fx.line(programme, null, regional, 2025, "1000", null, null, source);
        fx.line(programme, null, rijk, null, "3000", "1600", "500", source);
        long project = fx.project(true, programme);
        fx.line(null, project, privaat, null, "400", "400", "100", source);
        fx.mobilised(programme, "8000", source);

        ProgrammeFinance p = figures.programme(programme, false);
        assertThat(p.totals().budgeted()).isEqualByComparingTo("5000");
        assertThat(p.totals().committed()).isEqualByComparingTo("2400");
        assertThat(p.totals().realised()).isEqualByComparingTo("500");
        assertThat(p.totals().realisedUnknown()).isEqualTo(2);
        assertThat(p.regionalContribution()).isEqualByComparingTo("800");
        assertThat(p.figures().coFinancing()).isEqualByComparingTo("2.00");
        // committed of budgeted over the 2 of 3 own lines that give both amounts: 2400 of 4000, not of 5000
        assertThat(p.figures().shareCommitted()).isEqualByComparingTo("0.60");
        assertThat(p.totals().bothKnown()).isEqualTo(new MoneyTotals.BothKnown(2, new java.math.BigDecimal("4000.00"),
                new java.math.BigDecimal("2400.00")));
        assertThat(p.multiplier().value()).isEqualByComparingTo("10.00");
        assertThat(p.multiplier().status()).isEqualTo(Multiplier.Status.ON_TARGET);
        assertThat(p.projectTotals().budgeted()).isEqualByComparingTo("400");
        assertThat(p.byCategory()).extracting(CategoryTotals::code)
                .containsExactly("RIJK", "PROVINCIE", "GEMEENTEN", "ONDERWIJS", "PRIVAAT", "EU", "OVERIG");
        assertThat(p.sources().refs()).extracting(s -> s.title()).containsExactly("Figures test");

        assertThat(figures.programmeSummaries(false)).filteredOn(s -> s.id() == programme).containsExactly(p);
        assertThat(figures.overview(false).programmes()).filteredOn(s -> s.id() == programme).containsExactly(p);
    }

    @Test
    void aProgrammeWithoutRegionalMoneyHasNoMultiplier() {
        long programme = fx.programme(null, null, "5", true);
        fx.line(programme, null, fx.funder("RIJK"), null, "10", "10", null, null);
        fx.mobilised(programme, "100", null);
        ProgrammeFinance p = figures.programme(programme, false);
        assertThat(p.multiplier().value()).isNull();
        assertThat(p.multiplier().status()).isEqualTo(Multiplier.Status.UNDEFINED);
        assertThat(p.mobilisedTotal()).isEqualByComparingTo("100");
    }

    @Test
    void unpublishedProgrammesAreLeftOutUnlessAsked() {
        long hidden = fx.programme(null, null, null, false);
        fx.line(hidden, null, fx.funder("EU"), null, "10", null, null, null);
        assertThat(figures.programmeSummaries(false)).noneMatch(p -> p.id() == hidden);
        assertThat(figures.programmeSummaries(true)).anyMatch(p -> p.id() == hidden);
    }

    @Test
    void moneyPerAreaCountsAProjectInFullInEachAreaItReaches() {
        long programme = fx.programme(null, null, null, true);
        String a = fx.area("MUNICIPALITY");
        String b = fx.area("MUNICIPALITY");
        long both = fx.project(true, programme);
        long onlyA = fx.project(true, programme);
        long unpublished = fx.project(false, programme);
        fx.projectReaches(both, a);
        fx.projectReaches(both, b);
        fx.projectReaches(onlyA, a);
        fx.projectReaches(unpublished, b);
        long funder = fx.funder("PROVINCIE");
        fx.line(null, both, funder, null, "100", null, null, null);
        fx.line(null, onlyA, funder, null, "50", "50", null, null);
        fx.line(null, unpublished, funder, null, "7", null, null, null);
        StoredTotals.storeAll(context); // as the next write transaction would after the fixtures' writes

        queries.reset();
        Map<String, AreaFinance> byArea = figures.moneyByArea(false);
        assertThat(queries.count()).as("categories, stored totals, sources, project counts, area names").isLessThanOrEqualTo(5);
        assertThat(byArea.get(a).totals().budgeted()).isEqualByComparingTo("150");
        assertThat(byArea.get(a).projectCount()).isEqualTo(2);
        assertThat(byArea.get(a).totals().committedUnknown()).isEqualTo(1);
        assertThat(byArea.get(b).totals().budgeted()).isEqualByComparingTo("100");
        assertThat(byArea.get(b).projectCount()).isEqualTo(1);
        assertThat(figures.moneyByArea(true).get(b).totals().budgeted()).isEqualByComparingTo("107");
    }
}
