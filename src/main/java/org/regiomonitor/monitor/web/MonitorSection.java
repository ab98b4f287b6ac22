package org.regiomonitor.monitor.web;

import org.regiomonitor.monitor.AreaMonitors;
import org.regiomonitor.monitor.MonitorLine;

import java.util.List;
import org.regiomonitor.area.AreaSummary;

/** What the fragment {@code monitor/fragments :: area-section} shows on an area page. */
public record MonitorSection(AreaSummary area, List<AreaSummary> compared, List<MonitorLine> lines) {
}
