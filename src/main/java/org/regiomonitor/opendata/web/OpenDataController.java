package org.regiomonitor.opendata.web;

import org.regiomonitor.opendata.Dataset.Group;
import org.regiomonitor.opendata.OpenDataCatalog;
import org.regiomonitor.opendata.OpenDataCatalog.Catalog;
import org.regiomonitor.opendata.internal.CatalogJsonLd;
import org.regiomonitor.opendata.internal.OpenDataSettings;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.shared.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public portal's open-data page and the DCAT-AP catalogue. Both show the same datasets and are the same for every
 * visitor, logged in or not: open data is what is published.
 */
@Controller
class OpenDataController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");

    private final OpenDataCatalog catalog;
    private final CatalogJsonLd jsonLd;
    private final OpenDataSettings settings;
    private final PortfolioQueries portfolio;
    private final String publicBaseUrl;

    OpenDataController(OpenDataCatalog catalog, CatalogJsonLd jsonLd, OpenDataSettings settings,
            PortfolioQueries portfolio, @Value("${regiomonitor.public-base-url:}") String publicBaseUrl) {
        this.catalog = catalog;
        this.jsonLd = jsonLd;
        this.settings = settings;
        this.portfolio = portfolio;
        this.publicBaseUrl = Text.isBlank(publicBaseUrl) ? null : Text.strip(publicBaseUrl).replaceAll("/+$", "");
    }

    @GetMapping("/open-data")
    String page(Model model) {
        Catalog c = catalog.read();
        model.addAttribute("lists", c.of(Group.LISTS));
        model.addAttribute("results", c.of(Group.RESULTS));
        model.addAttribute("reports", c.of(Group.REPORTS));
        model.addAttribute("projectCount", portfolio.visibleProjectCount(false));
        model.addAttribute("settings", settings);
        model.addAttribute("catalogUrl", base() + "/open-data/catalog.jsonld");
        return "opendata/portal";
    }

    @GetMapping("/open-data/catalog.jsonld")
    ResponseEntity<String> catalog() {
        return ResponseEntity.ok().contentType(JSON_LD).body(jsonLd.write(catalog.read(), base()));
    }

    /** Absolute addresses: the configured public address, else the one the request came to. */
    private String base() {
        return publicBaseUrl != null ? publicBaseUrl
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
