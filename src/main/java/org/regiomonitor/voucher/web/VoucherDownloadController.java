package org.regiomonitor.voucher.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.export.TableDownloads.Format;
import org.regiomonitor.shared.web.ListParams;
import org.regiomonitor.voucher.internal.VoucherExport;
import org.regiomonitor.voucher.internal.VoucherRepository.VoucherSort;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The voucher list as Excel and CSV: every row with the list's filters and order, read as the list reads them
 * ({@link VoucherController#filter}). Beside the list's controller because that one is mapped under
 * {@code /vouchers/}.
 */
@Controller
class VoucherDownloadController {

    private final VoucherExport export;
    private final AccessPolicy access;

    VoucherDownloadController(VoucherExport export, AccessPolicy access) {
        this.export = export;
        this.access = access;
    }

    @GetMapping("/vouchers.xlsx")
    void xlsx(@RequestParam(required = false) String programme, @RequestParam(required = false) String schemeKind,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String year,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        send(Format.XLSX, programme, schemeKind, municipality, year, sort, dir, auth, locale, response);
    }

    @GetMapping("/vouchers.csv")
    void csv(@RequestParam(required = false) String programme, @RequestParam(required = false) String schemeKind,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String year,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            Authentication auth, Locale locale, HttpServletResponse response) throws IOException {
        send(Format.CSV, programme, schemeKind, municipality, year, sort, dir, auth, locale, response);
    }

    private void send(Format format, String programme, String schemeKind, String municipality, String year,
            String sort, String dir, Authentication auth, Locale locale, HttpServletResponse response)
            throws IOException {
        ListParams<VoucherSort> params = VoucherController.params(null, null, sort, dir);
        export.send(response, format, VoucherController.filter(programme, schemeKind, municipality, year),
                params.sort(), params.descending(), access.canSeeUnpublished(auth), locale);
    }
}
