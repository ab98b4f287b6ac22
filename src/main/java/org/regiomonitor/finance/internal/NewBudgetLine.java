package org.regiomonitor.finance.internal;

import java.math.BigDecimal;

/**
 * A new budget line with its original amounts (revision 1). Exactly one of programmeId and projectId.
 *
 * @param year null for the whole period
 */
public record NewBudgetLine(Long programmeId, Long projectId, Long funderId, Integer year, BigDecimal budgeted,
        BigDecimal committed, BigDecimal realised, Long sourceId, String sourceLocator, String reason) {
}
