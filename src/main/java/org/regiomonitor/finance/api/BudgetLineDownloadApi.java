package org.regiomonitor.finance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.regiomonitor.finance.internal.BudgetLineExport;
import org.regiomonitor.finance.internal.FinanceRights;
import org.regiomonitor.finance.internal.LineFilter;
import org.regiomonitor.shared.export.TableDownloads.Format;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Budget lines and their revisions as Excel and CSV: the filters of {@code GET /api/budget-lines}, all rows. */
@RestController
class BudgetLineDownloadApi {

    private static final String DESCRIPTION = "Every budget line of GET /api/budget-lines with the same filters (not "
            + "paged), in report order (programme lines first, then by project, funder category, funder and year): "
            + "funder and its category, year (empty: the whole period), current and original amounts (empty: "
            + "unknown, never zero), the current revision's reason, who recorded it and when, and its source; and "
            + "every revision of those lines, oldest first. Anonymous callers get the lines of published programmes "
            + "and projects only. Text starting with =, +, -, @, tab or carriage return is preceded by an apostrophe.";

    private final BudgetLineExport export;
    private final FinanceRights rights;

    BudgetLineDownloadApi(BudgetLineExport export, FinanceRights rights) {
        this.export = export;
        this.rights = rights;
    }

    @GetMapping("/api/budget-lines.xlsx")
    @Operation(summary = "Budget lines as an Excel workbook (lines, revisions, notes)", description = DESCRIPTION)
    @ApiResponse(responseCode = "200", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    void xlsx(@RequestParam(required = false) Long programme,
            @RequestParam(defaultValue = "false") boolean includeProjects,
            @RequestParam(required = false) Long project, @RequestParam(required = false) Long funder,
            @RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String municipality,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        send(Format.XLSX, null, new LineFilter(programme, includeProjects, project, funder, category, year, municipality), auth,
                locale, response);
    }

    @GetMapping("/api/budget-lines.csv")
    @Operation(summary = "Budget lines (or their revisions) as CSV", description = DESCRIPTION + " UTF-8 with byte "
            + "order mark, separated by semicolons, decimal point, ISO dates; notes as trailing lines starting with #.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void csv(@RequestParam(required = false) Long programme,
            @RequestParam(defaultValue = "false") boolean includeProjects,
            @RequestParam(required = false) Long project, @RequestParam(required = false) Long funder,
            @RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String municipality,
            @Parameter(description = "lines (default) or revisions") @RequestParam(required = false) String table,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        send(Format.CSV, table, new LineFilter(programme, includeProjects, project, funder, category, year, municipality), auth,
                locale, response);
    }

    private void send(Format format, String table, LineFilter filter, Authentication auth, Locale locale,
            HttpServletResponse response) throws IOException {
        export.send(response, format, table, filter, rights.canSeeUnpublished(auth), locale,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }
}
