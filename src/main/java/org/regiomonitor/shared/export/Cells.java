package org.regiomonitor.shared.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.regiomonitor.shared.Formats;
import org.regiomonitor.shared.SourceRef;

/** Cell values every download writes the same way: several names in one cell, a moment as its date, a source. */
public final class Cells {

    /** Between the names in one cell: not the CSV separator, and rare in names. */
    public static final String LIST_SEPARATOR = " | ";

    private Cells() {
    }

    /** Several values in one cell, in their order; empty (null) when there are none. */
    public static String joined(Collection<String> values) {
        String joined = String.join(LIST_SEPARATOR, values.stream().filter(Objects::nonNull).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** The date of a moment in the region's time zone (the date the pages show). */
    public static LocalDate date(Instant moment) {
        return moment == null ? null : moment.atZone(Formats.ZONE).toLocalDate();
    }

    /** A source as the pages name it: title and place in it. */
    public static String source(SourceRef source) {
        return source == null ? null : source.label();
    }

    /** The address of a source, when it has one. */
    public static String sourceUrl(SourceRef source) {
        return source == null ? null : source.url();
    }
}
