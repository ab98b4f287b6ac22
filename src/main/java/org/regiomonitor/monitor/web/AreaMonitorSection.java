package org.regiomonitor.monitor.web;

import org.regiomonitor.monitor.AreaMonitors;
import org.regiomonitor.monitor.MonitorLine;

import java.util.List;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.MunicipalityPageSection;
import org.regiomonitor.area.RegionPageSection;
import org.regiomonitor.monitor.IndicatorSets;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The monitor on a municipality's or a region's page (the area monitor): every indicator with a figure for the
 * area, next to its region and the nation, with its signals. Indicators without any figure for the area are left
 * out; the monitor page lists them all.
 */
@Component
class AreaMonitorSection implements MunicipalityPageSection, RegionPageSection {

    private final AreaMonitors monitor;
    private final IndicatorSets sets;

    AreaMonitorSection(AreaMonitors monitor, IndicatorSets sets) {
        this.monitor = monitor;
        this.sets = sets;
    }

    @Override
    public void addTo(Model model, AreaSummary area, boolean inHomeRegion, boolean seeUnpublished) {
        List<MonitorLine> lines = monitor.lines(area, sets.indicators()).stream()
                .filter(l -> l.latest() != null).toList();
        if (!lines.isEmpty()) {
            model.addAttribute("monitorSection", new MonitorSection(area, monitor.comparisons(area), lines));
        }
    }
}
