package org.regiomonitor.results.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.regiomonitor.results.internal.ResultsExport;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.export.TableDownloads.Format;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The programme's results table as Excel and CSV through the API: the same file and rights as the results page. */
@RestController
@RequestMapping("/api")
@Tag(name = "Results")
class ResultsDownloadApiController {

    private static final String DESCRIPTION = "One row per update of the indicators of the programme's projects "
            + "(value, qualifier, numerator, denominator, status, counted, corrections, one column per municipality "
            + "and dimension value of the disaggregations, comment, source), and the programme's totals per catalogue "
            + "indicator and period with their rule. Anonymous callers get published projects and counted values only. "
            + "Text starting with =, +, -, @, tab or carriage return is preceded by an apostrophe.";

    private final ResultsExport export;
    private final AccessPolicy policy;

    ResultsDownloadApiController(ResultsExport export, AccessPolicy policy) {
        this.export = export;
        this.policy = policy;
    }

    @GetMapping("/programmes/{id}/results.xlsx")
    @Operation(summary = "The programme's results as an Excel workbook (updates, totals, notes)", description = DESCRIPTION)
    @ApiResponse(responseCode = "200", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    void xlsx(@PathVariable long id, Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        send(id, Format.XLSX, null, auth, locale, response);
    }

    @GetMapping("/programmes/{id}/results.csv")
    @Operation(summary = "The programme's updates (or totals) as CSV", description = DESCRIPTION
            + " UTF-8 with byte order mark, separated by semicolons, decimal point, ISO dates; notes as trailing lines "
            + "starting with #.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    void csv(@PathVariable long id,
            @Parameter(description = "updates (default) or totals") @RequestParam(required = false) String table,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        send(id, Format.CSV, table, auth, locale, response);
    }

    private void send(long id, Format format, String table, Authentication auth, Locale locale,
            HttpServletResponse response) throws IOException {
        export.send(response, format, ResultsExport.Part.of(table), id, policy.canSeeUnpublished(auth), locale,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }
}
