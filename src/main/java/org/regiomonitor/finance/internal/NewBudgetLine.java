package org.regiomonitor.finance.internal;

import java.math.BigDecimal;
import jakarta.validation.constraints.Size;
import org.regiomonitor.shared.SingleLine;

/**
 * A new budget line with its original amounts (revision 1). Exactly one of programmeId and projectId.
 *
 * @param year null for the whole period
 */
public record NewBudgetLine(Long programmeId, Long projectId, Long funderId, Integer year, BigDecimal budgeted,
        BigDecimal committed, BigDecimal realised, Long sourceId,
        @Size(max = 500, message = "{finance.error.tooLong}") @SingleLine String sourceLocator,
        @Size(max = 1000, message = "{finance.error.tooLong}") String reason) {
}
