package org.regiomonitor.voucher;

import java.util.List;

/** Voucher totals overall and per programme, scheme and municipality (largest number of awards first). */
public record VoucherSummary(VoucherTotals total, List<VoucherGroupTotals> byProgramme,
        List<VoucherGroupTotals> byScheme, List<VoucherGroupTotals> byMunicipality) {
}
