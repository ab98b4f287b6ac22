package org.regiomonitor.monitor;

import java.util.List;
import org.regiomonitor.area.AreaSummary;

/**
 * One signal of an indicator in an area, judged by the indicator's desired direction, with the rule that judged
 * it (shown beside the colour, which never carries the meaning alone).
 *
 * @param change  the measured change or gap: in % of the earlier or the compared figure, or in percentage
 *                points when the indicator itself is a percentage ({@code points})
 * @param from    the earlier period (latest change, trend) or the compared area's code (gaps)
 * @param to      the later period
 * @param tolerance the band within which the signal is neutral
 */
public record Signal(Kind kind, Judgement judgement, Double change, boolean points, String from, String to,
        double tolerance, int figures) {

    public enum Kind {
        /** the latest figure against the one before it */
        LATEST_CHANGE,
        /** the least-squares trend per year over the last eight years */
        TREND,
        /** the gap to the national figure (for counts: the trend against the national trend) */
        GAP_NATIONAL,
        /** the gap to the region's figure, for a municipality */
        GAP_REGION
    }

    public enum Judgement {
        GOOD, NEUTRAL, BAD, NO_FIGURES
    }

    /** {@code from} for display: a period's label (2024), or the compared area's code as it is. */
    public String fromLabel() {
        return from == null ? null : Period.parse(from).map(Period::label).orElse(from);
    }

    /**
     * The name of the area a gap compares with, found among the areas the figures were compared with by its code
     * ({@code from}); null for the other kinds, and the code itself when that area is not among them.
     */
    public String against(List<AreaSummary> compared) {
        if (kind != Kind.GAP_NATIONAL && kind != Kind.GAP_REGION || from == null) {
            return null;
        }
        return compared.stream().filter(a -> a.code().equals(from)).map(AreaSummary::name).findFirst().orElse(from);
    }

    public String toLabel() {
        return to == null ? null : Period.parse(to).map(Period::label).orElse(to);
    }

    public static Signal none(Kind kind) {
        return none(kind, null);
    }

    /** No figures to judge by; for a gap, {@code from} is the compared area's code all the same, to name it. */
    public static Signal none(Kind kind, String from) {
        return new Signal(kind, Judgement.NO_FIGURES, null, false, from, null, 0, 0);
    }
}
