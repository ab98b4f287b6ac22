package org.regiomonitor.finance.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.regiomonitor.finance.Amounts;
import org.regiomonitor.shared.SourceRef;

/** One revision of a budget line: the amounts as they stood, who recorded them, when, why and from which source. */
public record RevisionView(long id, int revision, Amounts amounts, String reason, String recordedBy,
        Instant recordedAt, SourceRef source) {

    /** Times are shown in the region's own time zone. */
    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Europe/Amsterdam");

    public ZonedDateTime recordedAtLocal() {
        return recordedAt.atZone(DISPLAY_ZONE);
    }
}
