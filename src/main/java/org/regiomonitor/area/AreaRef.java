package org.regiomonitor.area;

import java.time.LocalDate;

/** An area as a code look-up returns it, with its validity (null = open; validTo exclusive). */
public record AreaRef(long id, String code, String name, AreaKind kind, LocalDate validFrom, LocalDate validTo) {

    /** Whether the area exists on this day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
    }
}
