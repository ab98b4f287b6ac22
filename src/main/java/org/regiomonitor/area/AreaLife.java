package org.regiomonitor.area;

import java.time.LocalDate;
import java.util.List;

/**
 * An area's life for its page: validity (null = open, validTo exclusive) and what it became or came from
 * (mergers and renames; boundary changes are left to the data).
 */
public record AreaLife(LocalDate validFrom, LocalDate validTo, List<Link> successors, List<Link> predecessors) {

    /** The other area of a succession. */
    public record Link(String code, String name, LocalDate on, SuccessionKind kind) {
    }

    public boolean ended() {
        return validTo != null;
    }
}
