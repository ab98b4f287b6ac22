package org.regiomonitor.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.regiomonitor.organisation.internal.OrganisationExport;
import org.regiomonitor.organisation.internal.OrganisationRights;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationSort;
import org.regiomonitor.shared.export.TableDownloads.Format;
import org.regiomonitor.shared.web.ListParams;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The organisation list as Excel and CSV: every row with the list's filters and order, read as the list reads them
 * ({@link OrganisationController#filter}). Beside the list's controller because that one is mapped under
 * {@code /organisations/}.
 */
@Controller
class OrganisationDownloadController {

    private final OrganisationExport export;
    private final OrganisationRights rights;

    OrganisationDownloadController(OrganisationExport export, OrganisationRights rights) {
        this.export = export;
        this.rights = rights;
    }

    @GetMapping("/organisations.xlsx")
    void xlsx(@RequestParam(required = false) String kind, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Authentication auth, Locale locale,
            HttpServletResponse response) throws IOException {
        send(Format.XLSX, kind, municipality, q, sort, dir, auth, locale, response);
    }

    @GetMapping("/organisations.csv")
    void csv(@RequestParam(required = false) String kind, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Authentication auth, Locale locale,
            HttpServletResponse response) throws IOException {
        send(Format.CSV, kind, municipality, q, sort, dir, auth, locale, response);
    }

    private void send(Format format, String kind, String municipality, String q, String sort, String dir,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        ListParams<OrganisationSort> params = ListParams.read(null, null, sort, dir, OrganisationSort.NAME);
        export.send(response, format, OrganisationController.filter(kind, municipality, q, params),
                rights.canSeeUnpublished(auth), locale,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }
}
