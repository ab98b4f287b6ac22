package org.regiomonitor.monitor.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.monitor.AreaMonitors;
import org.regiomonitor.monitor.MonitorIndicator;
import org.regiomonitor.monitor.internal.IndicatorQueries;
import org.regiomonitor.npvr.NpvrTaskIndicatorSection;
import org.springframework.stereotype.Component;

/**
 * An NPVR task's linked indicators on its page: each with the home region's latest figure against the nation and
 * its signals (the monitor's lines), in the order of the links. A linked code the catalogue does not know is listed
 * as such. A fixed number of queries, whatever the number of links.
 */
@Component
class NpvrIndicatorSection implements NpvrTaskIndicatorSection {

    private final AreaMonitors monitor;
    private final IndicatorQueries indicators;
    private final Areas areas;

    NpvrIndicatorSection(AreaMonitors monitor, IndicatorQueries indicators, Areas areas) {
        this.monitor = monitor;
        this.indicators = indicators;
        this.areas = areas;
    }

    @Override
    public Optional<Section> section(int taskNumber, List<String> indicatorCodes, boolean seeUnpublished) {
        Optional<AreaSummary> home = areas.find(areas.homeRegionCode());
        if (home.isEmpty() || indicatorCodes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, MonitorIndicator> known = new java.util.HashMap<>();
        indicators.byCodes(indicatorCodes).forEach(i -> known.put(i.code(), i));
        List<MonitorIndicator> linked = indicatorCodes.stream().filter(known::containsKey).map(known::get).toList();
        List<String> unknown = indicatorCodes.stream().filter(c -> !known.containsKey(c)).toList();
        List<org.regiomonitor.area.AreaSummary> compared = monitor.comparisons(home.get());
        return Optional.of(new Section("monitor/fragments", "npvr-indicators", Map.of(
                "monitorLines", monitor.lines(home.get(), compared, linked),
                "monitorCompared", compared,
                "monitorArea", home.get(),
                "monitorUnknown", unknown)));
    }
}
