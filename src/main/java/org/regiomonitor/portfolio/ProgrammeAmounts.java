package org.regiomonitor.portfolio;

import java.math.BigDecimal;
import org.regiomonitor.shared.SourceRef;

/**
 * The amounts the sources state for a programme, each with its source (null when not stated). They mean
 * different things and are never added up: the budget ceiling, the expected total investment by all
 * parties, and the investment volume including all partners' money. The accessors have the names of
 * those of the programme page's model, so one template fragment ({@code portfolio/amounts}) shows both.
 */
public record ProgrammeAmounts(BigDecimal budgetCeiling, SourceRef budgetCeilingSource,
        BigDecimal expectedInvestment, SourceRef expectedInvestmentSource, BigDecimal investmentVolume,
        SourceRef investmentVolumeSource) {

    public boolean any() {
        return budgetCeiling != null || expectedInvestment != null || investmentVolume != null;
    }
}
