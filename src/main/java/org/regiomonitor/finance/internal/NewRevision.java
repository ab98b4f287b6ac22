package org.regiomonitor.finance.internal;

import java.math.BigDecimal;

/**
 * New amounts for a budget line (all three: a revision is a complete statement; null = unknown).
 *
 * @param version the line version the editor saw; a stale version is refused
 * @param reason  why the amounts change (required)
 */
public record NewRevision(Integer version, BigDecimal budgeted, BigDecimal committed, BigDecimal realised,
        String reason, Long sourceId, String sourceLocator) {
}
