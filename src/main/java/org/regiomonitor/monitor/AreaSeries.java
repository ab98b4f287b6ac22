package org.regiomonitor.monitor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.shared.SourceRef;

/** An indicator's figures for one area, oldest period first, with the sources they cite. */
public record AreaSeries(MonitorIndicator indicator, AreaSummary area, List<Figure> figures,
        Map<Long, SourceRef> sources) {

    public AreaSeries {
        figures = List.copyOf(figures);
        sources = Map.copyOf(sources);
    }

    /** The figure for a period, if the series has it (with or without a value). */
    public Optional<Figure> at(Period period) {
        return figures.stream().filter(f -> f.period().equals(period)).findFirst();
    }

    /** The latest figure with a value. */
    public Optional<Figure> latest() {
        for (int i = figures.size() - 1; i >= 0; i--) {
            if (figures.get(i).hasValue()) {
                return Optional.of(figures.get(i));
            }
        }
        return Optional.empty();
    }

    /** The sources a figure cites. */
    public List<SourceRef> sourcesOf(Figure figure) {
        return figure.sourceIds().stream().map(sources::get).filter(java.util.Objects::nonNull).toList();
    }
}
