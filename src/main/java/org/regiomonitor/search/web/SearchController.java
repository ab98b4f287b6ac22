package org.regiomonitor.search.web;

import org.regiomonitor.search.SiteSearch;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.Text;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
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

    /** The search box as a form object, so that the page shows it with the form parts of every form. */
    public static class SearchForm {
        private String q;

        public String getQ() { return q; }
        public void setQ(String q) { this.q = q; }
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model, Authentication auth) {
        SearchForm form = new SearchForm();
        form.setQ(q == null ? "" : q);
        BindingResult binding = new BeanPropertyBindingResult(form, "search");
        model.addAttribute("search", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "search", binding);
        if (Text.isBlank(q)) {
            model.addAttribute("blank", true); // nothing asked yet: a hint, not an error
            return "search/results";
        }
        try {
            model.addAttribute("results", search.search(q, access.canSeeUnpublished(auth)));
        } catch (InvalidInputException e) {
            // an unusable query is a message beside the search box, not an error page
            InvalidInputException.Violation v = e.violations().getFirst();
            binding.rejectValue("q", v.code(), v.args(), v.code());
        }
        return "search/results";
    }
}
