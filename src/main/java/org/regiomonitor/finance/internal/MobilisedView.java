package org.regiomonitor.finance.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.regiomonitor.shared.SourceRef;

/** An investment that a programme's regional money mobilised. */
public record MobilisedView(long id, long programmeId, String programmeCode, String description, BigDecimal amount,
        Long linkedProgrammeId, String linkedProgrammeName, Long sourceId, String sourceLocator, SourceRef source,
        int version, Instant recordedAt) {
}
