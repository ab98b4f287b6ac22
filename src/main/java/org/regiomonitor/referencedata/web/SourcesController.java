package org.regiomonitor.referencedata.web;

import org.regiomonitor.referencedata.internal.SourceCatalog;
import org.regiomonitor.security.AccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public list of sources: every document and dataset figures come from, with licence and use. */
@Controller
class SourcesController {

    private final SourceCatalog catalog;
    private final AccessPolicy access;

    SourcesController(SourceCatalog catalog, AccessPolicy access) {
        this.catalog = catalog;
        this.access = access;
    }

    @GetMapping("/sources")
    String sources(Authentication auth, Model model) {
        // counts of citing records count only what the viewer may see
        model.addAttribute("sources", catalog.all(access.canSeeUnpublished(auth)));
        model.addAttribute("cap", catalog.cap());
        return "referencedata/sources";
    }
}
