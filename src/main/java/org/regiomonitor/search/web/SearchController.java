package org.regiomonitor.search.web;

import org.regiomonitor.search.SiteSearch;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.Text;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page behind the search box of the layout. */
@Controller
class SearchController {

    private final SiteSearch search;
    private final AccessPolicy access;

    SearchController(SiteSearch search, AccessPolicy access) {
        this.search = search;
        this.access = access;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model, Authentication auth) {
        model.addAttribute("q", q == null ? "" : q);
        try {
            model.addAttribute("results", search.search(q, access.canSeeUnpublished(auth)));
        } catch (InvalidInputException e) {
            // an empty or unusable query is a message on the page, not an error page
            InvalidInputException.Violation v = e.violations().getFirst();
            model.addAttribute("problemCode", v.code());
            model.addAttribute("problemArgs", v.args());
            model.addAttribute("blank", Text.isBlank(q));
        }
        return "search/results";
    }
}
