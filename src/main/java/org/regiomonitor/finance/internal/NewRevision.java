package org.regiomonitor.finance.internal;

import java.math.BigDecimal;
import jakarta.validation.constraints.Size;
import org.regiomonitor.shared.SingleLine;

/**
 * New amounts for a budget line (all three: a revision is a complete statement; null = unknown).
 *
 * @param version the line version the editor saw; a stale version is refused
 * @param reason  why the amounts change (required)
 */
public record NewRevision(Integer version, BigDecimal budgeted, BigDecimal committed, BigDecimal realised,
        @Size(max = 1000, message = "{finance.error.tooLong}") String reason, Long sourceId,
        @Size(max = 500, message = "{finance.error.tooLong}") @SingleLine String sourceLocator) {
}
