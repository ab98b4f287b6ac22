package org.regiomonitor.organisation;

/** A funder (in the finance model) that stands for an organisation. */
public record LinkedFunder(long id, String name, String categoryCode) {
}
