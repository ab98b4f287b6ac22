package org.regiomonitor.finance.internal;

import java.math.BigDecimal;

/**
 * A mobilised investment to add or change.
 *
 * @param version the version the editor saw (only for changes)
 */
public record MobilisedCommand(Long programmeId, String description, BigDecimal amount, Long linkedProgrammeId,
        Long sourceId, String sourceLocator, Integer version) {
}
