package org.regiomonitor.monitor.web;

import java.util.List;
import java.util.Map;
import org.regiomonitor.monitor.Figure;
import org.regiomonitor.monitor.MonitorIndicator;
import org.regiomonitor.monitor.Signal;
import org.regiomonitor.shared.SourceRef;

/** One indicator's line of an area monitor: the latest figure, the compared areas' figures of that period (by area code), the signals. */
public record MonitorLine(MonitorIndicator indicator, Figure latest, Map<String, Figure> compared, List<Signal> signals,
        List<SourceRef> sources) {
}
