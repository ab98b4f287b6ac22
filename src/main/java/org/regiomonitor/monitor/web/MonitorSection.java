package org.regiomonitor.monitor.web;

import org.regiomonitor.monitor.AreaMonitors;
import org.regiomonitor.shared.web.ListLinks;
import org.regiomonitor.shared.web.ListParams;

/**
 * What the fragment {@code monitor/fragments :: area-lines} shows: one page of an area's monitor with its pager, on
 * the area's page and on {@code /monitor/areas/{code}} (where the pager leads).
 */
public record MonitorSection(AreaMonitors.LinePage page, ListLinks links) {

    static MonitorSection of(AreaMonitors.LinePage page) {
        return new MonitorSection(page, ListLinks.of("/monitor/areas/" + page.area().code(),
                new ListParams<>(page.lines().page(), page.lines().size(), null, false)));
    }
}
