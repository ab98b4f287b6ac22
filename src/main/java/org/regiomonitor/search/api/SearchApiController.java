package org.regiomonitor.search.api;

import org.regiomonitor.search.SearchResults;
import org.regiomonitor.search.SiteSearch;
import org.regiomonitor.security.AccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Full-text search (Dutch) over programmes, themes, projects, organisations and areas: {@code GET /api/search?q=}.
 * Each kind lists its best 50 hits; {@code more} names the kinds that have more than they list (no total: see
 * {@link SiteSearch#search}). An empty, too long or wordless query answers 400 with
 * {@code errors:[{field:"q", message}]}.
 */
@RestController
class SearchApiController {

    private final SiteSearch search;
    private final AccessPolicy access;

    SearchApiController(SiteSearch search, AccessPolicy access) {
        this.search = search;
        this.access = access;
    }

    @GetMapping("/api/search")
    SearchResults search(@RequestParam(required = false) String q, Authentication auth) {
        return search.search(q, access.canSeeUnpublished(auth));
    }
}
