package org.regiomonitor.iati.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.regiomonitor.iati.IatiExport;
import org.regiomonitor.iati.IatiExportRefusedException;
import org.regiomonitor.iati.internal.IatiDownloads;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The IATI files through the API: the same files and rules as the pages; a refusal is a problem detail. */
@RestController
@RequestMapping("/api")
@Tag(name = "IATI", description = "The published programmes and projects as IATI 2.03 activities (open data)")
class IatiApiController {

    private static final String DESCRIPTION = "An IATI 2.03 activities file (XML, UTF-8): a programme is a parent "
            + "activity (hierarchy 1), its projects are child activities (hierarchy 2), linked both ways with "
            + "related-activity. Reporting organisation from the settings regiomonitor.iati.reporting-org.ref, .name "
            + "and .type; identifiers are its ref followed by -PRG-<programme code> or -PRJ-<project number>. Only "
            + "published programmes, projects and organisations, for every caller. Budgets per calendar year; "
            + "commitments and expenditure per funder and year; money on the activity it was budgeted for, never on "
            + "a programme and its project both. Mapping and rules: docs/iati.md. 503 (problem detail naming the "
            + "settings) while the reporting organisation is not configured.";

    private final IatiExport export;
    private final PortfolioQueries portfolio;
    private final MessageSource messages;

    IatiApiController(IatiExport export, PortfolioQueries portfolio, MessageSource messages) {
        this.export = export;
        this.portfolio = portfolio;
        this.messages = messages;
    }

    @GetMapping("/iati/activities.xml")
    @Operation(summary = "Every published programme and project as an IATI 2.03 activities file",
            description = DESCRIPTION)
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/xml",
            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "503", description = "The reporting organisation is not configured",
            content = @Content(mediaType = "application/problem+json"))
    void activities(HttpServletResponse response) throws IOException {
        IatiDownloads.send(export.portfolio(baseUrl()), response);
    }

    @GetMapping("/programmes/{key}/iati.xml")
    @Operation(summary = "A published programme and its published projects as an IATI 2.03 activities file",
            description = DESCRIPTION)
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/xml",
            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such published programme, or nothing of it can be "
            + "published as an IATI activity", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "503", description = "The reporting organisation is not configured",
            content = @Content(mediaType = "application/problem+json"))
    void programme(@Parameter(description = "the programme's code (e.g. RDT-1) or id") @PathVariable String key,
            HttpServletResponse response) throws IOException {
        long id = portfolio.programmeAddress(key, false).orElseThrow(() -> new NotFoundException("programme", key))
                .id();
        IatiDownloads.send(export.programme(id, baseUrl()), response);
    }

    @ExceptionHandler(IatiExportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(IatiExportRefusedException ex, Locale locale) {
        HttpStatus status = HttpStatus.valueOf(ex.reason().status());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(ex.messageCode(), ex.messageArgs(), locale));
        p.setTitle(messages.getMessage(ex.messageCode() + ".title", null, locale));
        p.setType(URI.create("urn:regiomonitor:problem:iati-" + ex.reason().name().toLowerCase(Locale.ROOT)
                .replace('_', '-')));
        p.setProperty(ex.reason() == IatiExportRefusedException.Reason.NOT_CONFIGURED ? "settings" : "reasons",
                ex.details());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
