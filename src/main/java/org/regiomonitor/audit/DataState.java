package org.regiomonitor.audit;

import java.time.Instant;

/** The newest change in the audit trail: its number (ever increasing) and when it happened. */
public record DataState(long eventId, Instant at) {
}
