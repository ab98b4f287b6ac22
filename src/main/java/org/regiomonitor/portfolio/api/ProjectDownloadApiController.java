package org.regiomonitor.portfolio.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.regiomonitor.portfolio.internal.ProjectExport;
import org.regiomonitor.portfolio.internal.ProjectSort;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.export.TableDownloads.Format;
import org.regiomonitor.shared.web.ListParams;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The project list as Excel and CSV through the API: the filters and order of {@code GET /api/projects}, all rows. */
@RestController
@Tag(name = "Projects")
class ProjectDownloadApiController {

    private static final String DESCRIPTION = "Every project of GET /api/projects with the same filters and order "
            + "(not paged): status, lead, programmes, themes, dates, municipalities, money (sums of the known amounts "
            + "of the budget lines, with the number of lines without an amount), source and address; and the partners "
            + "of those projects with their roles. Anonymous callers get published projects only. Text starting "
            + "with =, +, -, @, tab or carriage return is preceded by an apostrophe.";

    private final ProjectExport export;
    private final AccessPolicy policy;

    ProjectDownloadApiController(ProjectExport export, AccessPolicy policy) {
        this.export = export;
        this.policy = policy;
    }

    @GetMapping("/api/projects.xlsx")
    @Operation(summary = "The project list as an Excel workbook (projects, partners, notes)", description = DESCRIPTION)
    @ApiResponse(responseCode = "200", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    void xlsx(@RequestParam(required = false) Long programme, @RequestParam(required = false) Long theme,
            @RequestParam(required = false) String status, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Long organisation, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        send(Format.XLSX, null, programme, theme, status, municipality, organisation, q, sort, dir, auth, locale,
                response);
    }

    @GetMapping("/api/projects.csv")
    @Operation(summary = "The project list (or its partners) as CSV", description = DESCRIPTION
            + " UTF-8 with byte order mark, separated by semicolons, decimal point, ISO dates; notes as trailing lines "
            + "starting with #.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void csv(@RequestParam(required = false) Long programme, @RequestParam(required = false) Long theme,
            @RequestParam(required = false) String status, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Long organisation, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @Parameter(description = "projects (default) or partners") @RequestParam(required = false) String table,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        send(Format.CSV, table, programme, theme, status, municipality, organisation, q, sort, dir, auth, locale,
                response);
    }

    private void send(Format format, String table, Long programme, Long theme, String status, String municipality,
            Long organisation, String q, String sort, String dir, Authentication auth, Locale locale,
            HttpServletResponse response) throws IOException {
        ListParams<ProjectSort.Column> params = ListParams.read(null, null, sort, dir, ProjectSort.Column.TITLE);
        export.send(response, format, table,
                ProjectApiController.filter(programme, theme, status, municipality, organisation, q),
                ProjectSort.of(params), policy.canSeeUnpublished(auth), locale,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }
}
