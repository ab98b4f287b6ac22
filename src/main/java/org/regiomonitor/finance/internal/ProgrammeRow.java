package org.regiomonitor.finance.internal;

import java.math.BigDecimal;
import org.regiomonitor.shared.SourceRef;

/** The programme facts finance needs. */
public record ProgrammeRow(long id, String code, String name, boolean published, Integer startYear, Integer endYear,
        BigDecimal multiplierTarget, SourceRef targetSource) {
}
