package org.regiomonitor.results.internal;

import org.regiomonitor.results.UpdateStatus;

/** An update changed status (published inside the transaction; mails go out only after it commits). */
public record UpdateMoved(long updateId, long projectId, UpdateStatus to, String comment, String actor) {
}
