package org.regiomonitor.voucher;

import java.util.List;

/**
 * The awards that reached an area: for a municipality its own awards, for a region (or any area with
 * members in {@code area_membership}) also those of its member municipalities.
 */
public record AreaVouchers(long areaId, String areaCode, String areaName, VoucherTotals total,
        List<VoucherGroupTotals> byProgramme, List<VoucherGroupTotals> byScheme) {
}
