package org.regiomonitor.finance.internal;

/** A funder, its category and how many budget lines it has. */
public record FunderView(long id, String name, String category, Long organisationId, String organisationName,
        int version, int lineCount) {

    public String categoryKey() {
        return "funderCategory." + category;
    }
}
