package org.regiomonitor.finance.internal;

import java.math.BigDecimal;
import jakarta.validation.constraints.Size;
import org.regiomonitor.shared.SingleLine;

/**
 * A mobilised investment to add or change.
 *
 * @param version the version the editor saw (only for changes)
 */
public record MobilisedCommand(Long programmeId, @Size(max = 1000, message = "{finance.error.tooLong}") String description, BigDecimal amount,
        Long linkedProgrammeId, Long sourceId, @Size(max = 500, message = "{finance.error.tooLong}") @SingleLine String sourceLocator,
        Integer version) {
}
