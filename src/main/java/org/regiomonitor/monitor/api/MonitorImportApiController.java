package org.regiomonitor.monitor.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.regiomonitor.monitor.ImportSummary;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.regiomonitor.monitor.internal.ImportUploads;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.web.QueryParams;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of observations through the API (analysts and administrators): the same readers, checks and all-or-nothing
 * write as the import screen and the command line. A refused import is a 422 problem listing every problem with
 * file, row and column; nothing is written.
 */
@RestController
@RequestMapping("/api/monitor")
@Tag(name = "Monitor")
class MonitorImportApiController {

    /** One problem of a refused import. */
    record ProblemView(String file, long row, String column, String key, String message) {
    }

    static final HttpStatusCode UNPROCESSABLE = HttpStatusCode.valueOf(422);

    private final ImportUploads uploads;
    private final AccessPolicy policy;

    MonitorImportApiController(ImportUploads uploads, AccessPolicy policy) {
        this.uploads = uploads;
        this.policy = policy;
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import (or preview) a file of observations (analysts, administrators)", description = "A "
            + "file in one of the formats (CBS_ODATA4 as a zip of the OData v4 download, CBS_STATLINE_CSV, "
            + "EUROSTAT_CSV, TEMPLATE as CSV or Excel; see docs/monitor-imports.md). The template needs the code of a "
            + "known source (source). With preview=true nothing is written. The answer is the summary: added, changed "
            + "and unchanged figures, skipped figures by reason, the first changes (stored and new); written=false "
            + "with no problems means the file is identical to what is stored.")
    @ApiResponse(responseCode = "200", description = "The summary (imported, previewed, or nothing to import)")
    @ApiResponse(responseCode = "422", description = "Refused: the problems with file, row and column; nothing written")
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file, @RequestParam String format,
            @Parameter(description = "for TEMPLATE: the code of the source the figures come from")
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean preview, Authentication auth) throws IOException {
        policy.require(policy.canMaintainMonitor(auth));
        ImportFormat f = format(format);
        ImportSummary summary = uploads.execute(f, ImportUploads.open(file.getOriginalFilename(),
                file::getInputStream), source, preview, policy.actorName(auth));
        if (summary.refused()) {
            return ResponseEntity.status(UNPROCESSABLE).body(refused(summary));
        }
        return ResponseEntity.ok(summary);
    }

    static ImportFormat format(String format) {
        ImportFormat f = QueryParams.enumOrNull(ImportFormat.class, format);
        if (f == null) {
            throw InvalidInputException.of("format", "monitor.api.unknownFormat", Text.strip(String.valueOf(format)));
        }
        return f;
    }

    private static ProblemDetail refused(ImportSummary summary) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(UNPROCESSABLE, ("The import has %d "
                + "problem(s); nothing was written.").formatted(summary.problemCount()));
        p.setTitle("Import refused");
        p.setType(URI.create("urn:regiomonitor:problem:import-refused"));
        List<ProblemView> problems = summary.problems().stream().map(x -> new ProblemView(x.at().file(),
                x.at().row(), x.at().column(), x.key(), x.message())).toList();
        p.setProperties(Map.of("problems", problems, "problemCount", summary.problemCount(), "format",
                summary.format().name(), "label", summary.label()));
        return p;
    }
}
