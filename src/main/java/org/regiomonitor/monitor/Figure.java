package org.regiomonitor.monitor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An indicator's figure for one area and period, with how it came about.
 *
 * @param value       the figure; null when there is none ({@code missing} says why when a source said so)
 * @param origin      observed (a source gives it), computed from the area's member municipalities of that
 *                    period, or computed by the indicator's formula
 * @param members     for a figure computed from members: the members that have a figure
 * @param membersExpected for a figure computed from members: the members of the area in that period; the
 *                    figure is only given when every member has one
 * @param revisedAt   when a later release changed the figure (null: never revised)
 * @param sourceIds   the sources (see {@link AreaSeries#sources()})
 */
public record Figure(Period period, BigDecimal value, String missing, boolean provisional, Origin origin,
        int members, int membersExpected, Instant revisedAt, List<Long> sourceIds) {

    public enum Origin {
        OBSERVED, MEMBERS, FORMULA
    }

    public Figure {
        sourceIds = List.copyOf(sourceIds);
    }

    public boolean hasValue() {
        return value != null;
    }
}
