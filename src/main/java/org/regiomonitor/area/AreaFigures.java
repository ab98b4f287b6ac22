package org.regiomonitor.area;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.regiomonitor.shared.SourceRef;

/**
 * An area with its figures for one period, keyed by statistic code.
 *
 * @param boundarySource where the area's boundary comes from; null when it has none
 */
public record AreaFigures(AreaSummary area, int period, Map<String, StatisticValue> byStatistic,
        SourceRef boundarySource) {

    public AreaFigures {
        byStatistic = Map.copyOf(byStatistic);
    }

    /** The value, or null when unknown. */
    public BigDecimal value(Statistic statistic) {
        StatisticValue v = byStatistic.get(statistic.name());
        return v == null ? null : v.value();
    }

    public SourceRef source(Statistic statistic) {
        StatisticValue v = byStatistic.get(statistic.name());
        return v == null ? null : v.source();
    }

    /** The distinct sources of the given figures, in the given order (usually one CBS row). */
    public List<SourceRef> sources(List<Statistic> statistics) {
        LinkedHashSet<SourceRef> refs = new LinkedHashSet<>();
        for (Statistic s : statistics) {
            SourceRef ref = source(s);
            if (ref != null) {
                refs.add(ref);
            }
        }
        return List.copyOf(refs);
    }
}
