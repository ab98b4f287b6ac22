package org.regiomonitor.referencedata.web;

import org.regiomonitor.referencedata.internal.SourceCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public list of sources: every document and dataset figures come from, with licence and use. */
@Controller
class SourcesController {

    private final SourceCatalog catalog;

    SourcesController(SourceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/sources")
    String sources(Model model) {
        model.addAttribute("sources", catalog.all());
        return "referencedata/sources";
    }
}
