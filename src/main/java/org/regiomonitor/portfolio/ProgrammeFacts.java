package org.regiomonitor.portfolio;

import java.math.BigDecimal;
import org.regiomonitor.shared.SourceRef;

/** What other features (finance) need of a programme: names, period, publication and multiplier target. */
public record ProgrammeFacts(long id, String code, String name, boolean published, Integer startYear,
        Integer endYear, BigDecimal multiplierTarget, SourceRef multiplierTargetSource) {
}
