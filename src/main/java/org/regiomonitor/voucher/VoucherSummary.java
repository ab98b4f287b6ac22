package org.regiomonitor.voucher;

import java.util.List;

/**
 * Voucher totals overall and per programme, scheme and municipality (largest number of awards first). The
 * municipalities are the {@value VoucherQueries#MUNICIPALITIES_SHOWN} with the most awards and the awards without one;
 * {@code otherMunicipalities} adds up the rest (null when there is none), so the summary has a bounded size however
 * many municipalities awards reach. One municipality's totals: filter by it.
 */
public record VoucherSummary(VoucherTotals total, List<VoucherGroupTotals> byProgramme,
        List<VoucherGroupTotals> byScheme, List<VoucherGroupTotals> byMunicipality, Others otherMunicipalities) {

    /** The groups not named one by one, together: how many there are and what they add up to. */
    public record Others(int groups, VoucherTotals totals) {
    }
}
