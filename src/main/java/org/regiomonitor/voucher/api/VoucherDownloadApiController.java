package org.regiomonitor.voucher.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.export.TableDownloads.Format;
import org.regiomonitor.shared.web.ListParams;
import org.regiomonitor.voucher.SchemeKind;
import org.regiomonitor.voucher.VoucherFilter;
import org.regiomonitor.voucher.internal.VoucherExport;
import org.regiomonitor.voucher.internal.VoucherRepository.VoucherSort;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The voucher list as Excel and CSV through the API: the filters and order of {@code GET /api/vouchers}, all rows. */
@RestController
class VoucherDownloadApiController {

    private static final String DESCRIPTION = "Every voucher row of GET /api/vouchers with the same filters and order "
            + "(not paged): programme, project, scheme, quantity with its qualifier, amount (empty: unknown), the "
            + "scheme's maximum per award with its source, date, year, municipality, recipient kind, source. Anonymous "
            + "callers get published awards of published programmes only. Text starting with =, +, -, @, tab or "
            + "carriage return is preceded by an apostrophe.";

    private final VoucherExport export;
    private final AccessPolicy access;

    VoucherDownloadApiController(VoucherExport export, AccessPolicy access) {
        this.export = export;
        this.access = access;
    }

    @GetMapping("/api/vouchers.xlsx")
    @Operation(summary = "The voucher list as an Excel workbook", description = DESCRIPTION)
    @ApiResponse(responseCode = "200", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    void xlsx(@RequestParam(required = false) Long programme, @RequestParam(required = false) SchemeKind schemeKind,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        send(Format.XLSX, new VoucherFilter(programme, schemeKind, municipality, year), sort, dir, auth, locale,
                response);
    }

    @GetMapping("/api/vouchers.csv")
    @Operation(summary = "The voucher list as CSV", description = DESCRIPTION + " UTF-8 with byte order mark, "
            + "separated by semicolons; notes as trailing lines starting with #.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void csv(@RequestParam(required = false) Long programme, @RequestParam(required = false) SchemeKind schemeKind,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        send(Format.CSV, new VoucherFilter(programme, schemeKind, municipality, year), sort, dir, auth, locale,
                response);
    }

    private void send(Format format, VoucherFilter filter, String sort, String dir, Authentication auth,
            Locale locale, HttpServletResponse response) throws IOException {
        ListParams<VoucherSort> params = VoucherApiController.params(null, null, sort, dir);
        export.send(response, format, filter, params.sort(), params.descending(), access.canSeeUnpublished(auth),
                locale);
    }
}
