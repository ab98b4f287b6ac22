package org.regiomonitor.area;

import java.math.BigDecimal;
import org.regiomonitor.shared.SourceRef;

/**
 * One figure of an area: e.g. POPULATION in 2024 = 77 000, from CBS 85984NED row GM0141.
 *
 * @param statistic the statistic code (usually one of {@link Statistic})
 */
public record StatisticValue(String statistic, int period, BigDecimal value, SourceRef source) {
}
