package org.regiomonitor.finance.internal;

import jakarta.validation.constraints.Size;
import org.regiomonitor.shared.SingleLine;

/** A funder to add or change; {@code version} only for changes. */
public record FunderCommand(@Size(max = 300, message = "{finance.error.tooLong}") @SingleLine String name, String categoryCode, Long organisationId, Integer version) {
}
