package org.regiomonitor.results.internal;

import jakarta.validation.constraints.NotNull;

/** Locks or unlocks a reporting period: a locked period accepts no new or changed updates. */
public record PeriodLockInput(
        @NotNull(message = "{results.error.required}") Boolean locked,
        @NotNull(message = "{results.error.required}") Integer version) {
}
