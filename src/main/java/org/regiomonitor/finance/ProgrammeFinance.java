package org.regiomonitor.finance;

import java.math.BigDecimal;
import java.util.List;
import org.regiomonitor.shared.SourceRef;

/**
 * The money of one programme. Totals cover the programme's OWN budget lines (its budget per funder);
 * the budget lines of its projects are summed separately in {@link #projectTotals()} and never added
 * to the programme's totals, because project money from the programme would otherwise count twice.
 *
 * @param id                programme id
 * @param code              programme code
 * @param name              programme name
 * @param published         whether the programme is published
 * @param startYear         first year of the period, or null
 * @param endYear           last year of the period, or null
 * @param byCategory        totals of the own lines per funder category (every category, in report order)
 * @param figures           derived figures over the own lines (totals, regional, share committed, co-financing)
 * @param projectTotals     totals of the budget lines of the programme's projects
 * @param mobilisedCount    number of recorded mobilised investments
 * @param multiplier        mobilised / regional contribution, against the target
 * @param targetSource      source of the multiplier target, or null
 * @param sources           sources of the amounts in the totals
 * @param multiplierSources sources of the multiplier: regional lines, mobilised investments, target
 */
public record ProgrammeFinance(long id, String code, String name, boolean published, Integer startYear,
        Integer endYear, List<CategoryTotals> byCategory, DerivedFigures figures, MoneyTotals projectTotals,
        int mobilisedCount, Multiplier multiplier, SourceRef targetSource, MoneySources sources,
        MoneySources multiplierSources) {

    public ProgrammeFinance {
        byCategory = List.copyOf(byCategory);
    }

    /** Totals of the programme's own budget lines. */
    public MoneyTotals totals() {
        return figures.total();
    }

    /** Sum of the current committed amounts of the own lines in regional categories; null when unknown. */
    public BigDecimal regionalContribution() {
        return multiplier.regionalContribution();
    }

    /** Sum of the mobilised investments; null when none is recorded. */
    public BigDecimal mobilisedTotal() {
        return multiplier.mobilised();
    }
}
