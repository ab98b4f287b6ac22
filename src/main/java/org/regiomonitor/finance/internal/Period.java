package org.regiomonitor.finance.internal;

import java.util.Collection;
import java.util.Objects;

/**
 * The years a budget line may name. A programme line: the programme's period. A project line: from
 * the earliest start to the latest end year of the project's programmes (a project may belong to
 * several). An open start or end (null) does not restrict.
 */
record Period(Integer start, Integer end) {

    static Period span(Collection<ProgrammeRow> programmes) {
        boolean openStart = programmes.isEmpty() || programmes.stream().anyMatch(p -> p.startYear() == null);
        boolean openEnd = programmes.isEmpty() || programmes.stream().anyMatch(p -> p.endYear() == null);
        Integer start = openStart ? null : programmes.stream().map(ProgrammeRow::startYear).filter(Objects::nonNull)
                .min(Integer::compare).orElse(null);
        Integer end = openEnd ? null : programmes.stream().map(ProgrammeRow::endYear).filter(Objects::nonNull)
                .max(Integer::compare).orElse(null);
        return new Period(start, end);
    }

    boolean contains(int year) {
        return (start == null || year >= start) && (end == null || year <= end);
    }

    /** "2023–2027"; strings, so message formatting does not group the digits. */
    String label() {
        return (start == null ? "…" : String.valueOf(start)) + "–" + (end == null ? "…" : String.valueOf(end));
    }
}
