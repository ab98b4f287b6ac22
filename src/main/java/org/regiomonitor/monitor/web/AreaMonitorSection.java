package org.regiomonitor.monitor.web;

import org.regiomonitor.monitor.AreaMonitors;

import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.MunicipalityPageSection;
import org.regiomonitor.area.RegionPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The monitor on a municipality's or a region's page (the area monitor): the first page of the indicators with a
 * figure for the area, next to its region and the nation, with its signals; the pager leads to the others
 * ({@code /monitor/areas/{code}}). Indicators without any figure for the area are left out; the monitor page lists
 * them all.
 */
@Component
class AreaMonitorSection implements MunicipalityPageSection, RegionPageSection {

    private final AreaMonitors monitor;

    AreaMonitorSection(AreaMonitors monitor) {
        this.monitor = monitor;
    }

    @Override
    public void addTo(Model model, AreaSummary area, boolean inHomeRegion, boolean seeUnpublished) {
        AreaMonitors.LinePage page = monitor.page(area, 0, AreaMonitors.LINES_PER_PAGE);
        if (!page.lines().items().isEmpty() || page.lines().hasNext()) {
            model.addAttribute("monitorSection", MonitorSection.of(page));
        }
    }
}
