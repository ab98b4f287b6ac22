package org.regiomonitor.finance.internal;

/** A funder to add or change; {@code version} only for changes. */
public record FunderCommand(String name, String categoryCode, Long organisationId, Integer version) {
}
