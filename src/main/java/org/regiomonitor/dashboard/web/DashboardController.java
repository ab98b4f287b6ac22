package org.regiomonitor.dashboard.web;

import java.util.Locale;
import org.regiomonitor.dashboard.internal.DashboardService;
import org.regiomonitor.monitor.AreaMonitors;
import org.regiomonitor.monitor.IndicatorSets;
import org.regiomonitor.security.AccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class DashboardController {

    private final DashboardService dashboard;
    private final AccessPolicy access;
    private final AreaMonitors monitor;
    private final IndicatorSets sets;

    DashboardController(DashboardService dashboard, AccessPolicy access, AreaMonitors monitor, IndicatorSets sets) {
        this.dashboard = dashboard;
        this.access = access;
        this.monitor = monitor;
        this.sets = sets;
    }

    @GetMapping("/")
    String dashboard(@RequestParam(name = "map", required = false) String measure, Authentication auth,
            Locale locale, Model model) {
        model.addAttribute("d", dashboard.load(access.canSeeUnpublished(auth), measure, locale));
        // the regional monitor's panel: the NPVR monitoring set for the home region (issue 8)
        monitor.panel(sets.all(), "NPVR_MONITOR").ifPresent(p -> model.addAttribute("monitorPanel", p));
        return "dashboard/index";
    }
}
