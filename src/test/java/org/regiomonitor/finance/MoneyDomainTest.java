package org.regiomonitor.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The money rules, without Spring: sums over known amounts, ratios with explicit scale, the multiplier. */
class MoneyDomainTest {

    static BigDecimal eur(String s) {
        return new BigDecimal(s);
    }

    static CategoryTotals category(String code, boolean regional, Amounts... lines) {
        return new CategoryTotals(code, 0, regional, true, MoneyTotals.of(List.of(lines)), MoneySources.NONE);
    }

    @Test
    void sumsRunOverKnownAmountsAndCountTheUnknown() {
        MoneyTotals t = MoneyTotals.of(List.of(
                new Amounts(eur("100.00"), eur("50.00"), null),
                new Amounts(eur("200.50"), null, null),
                new Amounts(null, eur("10.00"), eur("5.25")),
                new Amounts(eur("0.00"), null, null),
                new Amounts(eur("1.00"), eur("1.00"), null)));

        assertThat(t.lines()).isEqualTo(5);
        assertThat(t.budgeted()).isEqualByComparingTo("301.50");
        assertThat(t.committed()).isEqualByComparingTo("61.00");
        assertThat(t.realised()).isEqualByComparingTo("5.25");
        assertThat(t.budgetedUnknown()).isEqualTo(1);
        assertThat(t.committedUnknown()).isEqualTo(2);
        assertThat(t.realisedUnknown()).isEqualTo(4);
        assertThat(t.hasUnknowns()).isTrue();
    }

    @Test
    void aSumWithoutAnyKnownAmountIsUnknownNotZero() {
        MoneyTotals t = MoneyTotals.of(List.of(new Amounts(eur("10"), null, null), new Amounts(eur("5"), null, null)));
        assertThat(t.realised()).isNull();
        assertThat(t.realisedUnknown()).isEqualTo(2);
        assertThat(MoneyTotals.NONE.budgeted()).isNull();
        assertThat(MoneyTotals.of(List.of()).lines()).isZero();
        // a known zero stays a known zero
        assertThat(MoneyTotals.of(List.of(new Amounts(BigDecimal.ZERO, null, null))).budgeted()).isEqualByComparingTo("0");
    }

    @Test
    void addingTotalsEqualsTotallingAllLines() {
        Amounts a = new Amounts(eur("1.10"), null, eur("2"));
        Amounts b = new Amounts(null, eur("3"), null);
        Amounts c = new Amounts(eur("4"), eur("5"), null);
        assertThat(MoneyTotals.of(List.of(a, b)).plus(MoneyTotals.of(List.of(c))))
                .isEqualTo(MoneyTotals.of(List.of(a, b, c)));
    }

    @Test
    void inconsistentTotalsAreRejected() {
        assertThatThrownBy(() -> new MoneyTotals(BigDecimal.ONE, null, null, 1, 0, 0, 0, MoneyTotals.BothKnown.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MoneyTotals(null, null, null, 1, 2, 0, 0, MoneyTotals.BothKnown.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shareCommittedIsCommittedOverBudgetedAtFourDecimals() {
        MoneyTotals t = MoneyTotals.of(List.of(new Amounts(eur("300"), eur("100"), null)));
        assertThat(t.shareCommitted()).isEqualTo(eur("0.3333"));
        assertThat(MoneyTotals.of(List.of(new Amounts(eur("0"), eur("10"), null))).shareCommitted()).isNull();
        assertThat(MoneyTotals.of(List.of(new Amounts(eur("10"), null, null))).shareCommitted()).isNull();
        assertThat(MoneyTotals.of(List.of(new Amounts(eur("8"), eur("2"), null))).shareCommitted())
                .isEqualTo(eur("0.2500"));
    }

    @Test
    void committedOfBudgetedLeavesOutLinesThatGiveOnlyOneOfTheTwo() {
        // 7 lines: 5 give both amounts (budgeted 1000, committed 680), one only a budget, one only a commitment
        MoneyTotals t = MoneyTotals.of(List.of(
                new Amounts(eur("100"), eur("50"), null), new Amounts(eur("200"), eur("200"), null),
                new Amounts(eur("300"), eur("150"), null), new Amounts(eur("250"), eur("200"), eur("10")),
                new Amounts(eur("150"), eur("80"), null), new Amounts(eur("5000"), null, null),
                new Amounts(null, eur("900"), null)));
        assertThat(t.bothKnown()).isEqualTo(new MoneyTotals.BothKnown(5, eur("1000"), eur("680")));
        assertThat(t.shareCommitted()).isEqualTo(eur("0.6800"));
        // the sums over all known amounts stay as they are: 6000 budgeted, 1580 committed (a share of 26 %)
        assertThat(t.budgeted()).isEqualByComparingTo("6000");
        assertThat(t.committed()).isEqualByComparingTo("1580");
        // adding totals keeps the pairs apart from the single amounts
        MoneyTotals split = MoneyTotals.of(List.of(new Amounts(eur("5000"), null, null)))
                .plus(MoneyTotals.of(List.of(new Amounts(null, eur("900"), null))));
        assertThat(split.shareCommitted()).isNull();
        assertThat(split.bothKnown().lines()).isZero();
    }

    @Test
    void inconsistentPairsAreRejected() {
        assertThatThrownBy(() -> new MoneyTotals.BothKnown(1, null, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MoneyTotals(BigDecimal.ONE, null, null, 1, 1, 0, 0,
                new MoneyTotals.BothKnown(1, BigDecimal.ONE, BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coFinancingIsNonRegionalCommittedPerEuroOfRegionalCommitted() {
        DerivedFigures d = DerivedFigures.of(List.of(
                category("RIJK", false, new Amounts(eur("40"), eur("30"), null)),
                category("GEMEENTEN", true, new Amounts(eur("20"), eur("20"), eur("5"))),
                category("PRIVAAT", false, new Amounts(null, eur("15"), null), new Amounts(eur("5"), null, null))));

        assertThat(d.total().committed()).isEqualByComparingTo("65");
        assertThat(d.regional().committed()).isEqualByComparingTo("20");
        assertThat(d.nonRegional().committed()).isEqualByComparingTo("45");
        assertThat(d.coFinancing()).isEqualTo(eur("2.25"));
        // committed of budgeted only over the two lines that give both: 50 of 60
        assertThat(d.shareCommitted()).isEqualTo(eur("0.8333"));
        assertThat(d.total().bothKnown().lines()).isEqualTo(2);
    }

    @Test
    void coFinancingIsUndefinedWithoutRegionalOrWithoutKnownCoFinancing() {
        assertThat(DerivedFigures.of(List.of(category("RIJK", false, new Amounts(eur("1"), eur("1"), null))))
                .coFinancing()).isNull();
        assertThat(DerivedFigures.of(List.of(category("GEMEENTEN", true, new Amounts(eur("1"), eur("1"), null)),
                category("RIJK", false, new Amounts(eur("1"), null, null)))).coFinancing()).isNull();
        assertThat(DerivedFigures.of(List.of(category("GEMEENTEN", true, new Amounts(eur("1"), eur("0"), null)),
                category("RIJK", false, new Amounts(eur("1"), eur("3"), null)))).coFinancing()).isNull();
    }

    @Test
    void agendaVoorTwenteMultiplierIs15Point23AtScale2AndOnTarget() {
        // AVT progress report 2024: EUR 13 mln regional money mobilised EUR 198 mln in total; target 8.5
        Multiplier m = Multiplier.of(eur("198000000.00"), eur("13000000.00"), eur("8.50"));
        assertThat(m.value()).isEqualTo(eur("15.23"));
        assertThat(m.value().scale()).isEqualTo(Ratios.RATIO_SCALE);
        assertThat(m.status()).isEqualTo(Multiplier.Status.ON_TARGET);
        assertThat(m.status().badgeClass()).isEqualTo("ok");
        assertThat(m.defined()).isTrue();
    }

    @Test
    void multiplierBelowTargetAndWithoutTarget() {
        assertThat(Multiplier.of(eur("80"), eur("10"), eur("8.5")).status()).isEqualTo(Multiplier.Status.BELOW_TARGET);
        assertThat(Multiplier.of(eur("85"), eur("10"), eur("8.5")).status()).isEqualTo(Multiplier.Status.ON_TARGET);
        Multiplier noTarget = Multiplier.of(eur("85"), eur("10"), null);
        assertThat(noTarget.value()).isEqualTo(eur("8.50"));
        assertThat(noTarget.status()).isEqualTo(Multiplier.Status.NO_TARGET);
    }

    @Test
    void multiplierIsUndefinedWhenARatioPartIsUnknownOrTheRegionalContributionIsZero() {
        assertThat(Multiplier.of(null, eur("13000000"), eur("8.5")).status()).isEqualTo(Multiplier.Status.UNDEFINED);
        assertThat(Multiplier.of(eur("198000000"), null, eur("8.5")).value()).isNull();
        Multiplier zero = Multiplier.of(eur("198000000"), BigDecimal.ZERO, eur("8.5"));
        assertThat(zero.value()).isNull();
        assertThat(zero.status()).isEqualTo(Multiplier.Status.UNDEFINED);
        assertThat(zero.defined()).isFalse();
    }

    @Test
    void ratiosRoundHalfUpAtTheirScale() {
        assertThat(Ratios.ratio(eur("2"), eur("3"))).isEqualTo(eur("0.67"));
        assertThat(Ratios.ratio(eur("1"), eur("8"))).isEqualTo(eur("0.13")); // 0.125 half up
        assertThat(Ratios.share(eur("1"), eur("3"))).isEqualTo(eur("0.3333"));
        assertThat(Ratios.divide(null, eur("1"), 2)).isNull();
    }
}
