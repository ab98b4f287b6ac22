package org.regiomonitor.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regiomonitor.finance.Amounts;

class LineTotalsTest {

    @Test
    void projectLinesAreSummedPerProjectAndProgrammeLinesLeftOut() {
        List<BudgetLineView> lines = List.of(
                line(1, null, null, "100", null),
                line(2, 10L, "Zeta", "50", "20"),
                line(3, 10L, "Zeta", "25", null),
                line(4, 11L, "alpha", null, "5"));

        var subtotals = LineTotals.byProject(lines);

        assertThat(subtotals).extracting(LineTotals.ProjectSubtotal::projectTitle).containsExactly("alpha", "Zeta");
        var zeta = subtotals.get(1);
        assertThat(zeta.lines()).isEqualTo(2);
        assertThat(zeta.totals().budgeted()).isEqualByComparingTo("75");
        assertThat(zeta.totals().committed()).isEqualByComparingTo("20");
        assertThat(zeta.totals().committedUnknown()).isEqualTo(1);
        var alpha = subtotals.get(0);
        assertThat(alpha.totals().budgeted()).as("unknown stays unknown, not zero").isNull();
    }

    private static BudgetLineView line(long id, Long projectId, String title, String budgeted, String committed) {
        Amounts amounts = new Amounts(budgeted == null ? null : new BigDecimal(budgeted),
                committed == null ? null : new BigDecimal(committed), null);
        return new BudgetLineView(id, projectId == null ? 1L : null, projectId == null ? "P" : null,
                projectId == null ? "Programma" : null, projectId, title, 1, "Rijk", "RIJK", false, null, 0, 1,
                amounts, amounts, null, null, "test", null);
    }
}
