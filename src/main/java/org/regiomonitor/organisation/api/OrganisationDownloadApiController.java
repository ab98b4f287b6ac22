package org.regiomonitor.organisation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.organisation.internal.OrganisationExport;
import org.regiomonitor.organisation.internal.OrganisationRights;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationSort;
import org.regiomonitor.shared.export.TableDownloads.Format;
import org.regiomonitor.shared.web.ListParams;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The organisation list as Excel and CSV through the API: the filters and order of {@code GET /api/organisations}. */
@RestController
class OrganisationDownloadApiController {

    private static final String DESCRIPTION = "Every organisation of GET /api/organisations with the same filters and "
            + "order (not paged): kind, municipality, website, description, published, source and address. Anonymous "
            + "callers get published organisations only. Text starting with =, +, -, @, tab or carriage return is "
            + "preceded by an apostrophe.";

    private final OrganisationExport export;
    private final OrganisationRights rights;

    OrganisationDownloadApiController(OrganisationExport export, OrganisationRights rights) {
        this.export = export;
        this.rights = rights;
    }

    @GetMapping("/api/organisations.xlsx")
    @Operation(summary = "The organisation list as an Excel workbook", description = DESCRIPTION)
    @ApiResponse(responseCode = "200", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    void xlsx(@RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        send(Format.XLSX, kind, municipality, q, sort, dir, auth, locale, response);
    }

    @GetMapping("/api/organisations.csv")
    @Operation(summary = "The organisation list as CSV", description = DESCRIPTION + " UTF-8 with byte order mark, "
            + "separated by semicolons; notes as trailing lines starting with #.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void csv(@RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        send(Format.CSV, kind, municipality, q, sort, dir, auth, locale, response);
    }

    private void send(Format format, OrganisationKind kind, String municipality, String q, String sort, String dir,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        ListParams<OrganisationSort> params = ListParams.read(null, null, sort, dir, OrganisationSort.NAME);
        export.send(response, format, OrganisationApiController.filter(kind, municipality, q, params),
                rights.canSeeUnpublished(auth), locale,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }
}
