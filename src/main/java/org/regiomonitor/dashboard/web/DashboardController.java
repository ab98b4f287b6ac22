package org.regiomonitor.dashboard.web;

import java.util.Locale;
import org.regiomonitor.dashboard.internal.DashboardService;
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

    DashboardController(DashboardService dashboard, AccessPolicy access) {
        this.dashboard = dashboard;
        this.access = access;
    }

    @GetMapping("/")
    String dashboard(@RequestParam(name = "map", required = false) String measure, Authentication auth,
            Locale locale, Model model) {
        model.addAttribute("d", dashboard.load(access.canSeeUnpublished(auth), measure, locale));
        return "dashboard/index";
    }
}
