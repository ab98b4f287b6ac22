package org.regiomonitor.monitor;

import java.util.List;
import java.util.Map;
import org.regiomonitor.shared.SourceRef;

/** One indicator's line of an area monitor: the latest figure, the compared areas' figures of that period (by area code), the signals. */
public record MonitorLine(MonitorIndicator indicator, Figure latest, Map<String, Figure> compared, List<Signal> signals,
        List<SourceRef> sources) {
}
