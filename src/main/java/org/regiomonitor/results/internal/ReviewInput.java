package org.regiomonitor.results.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A step of the review workflow (submit, return, approve): the version read and an optional comment. */
public record ReviewInput(
        @Size(max = 4000, message = "{results.error.tooLong}") String comment,
        @NotNull(message = "{results.error.required}") Integer version) {
}
