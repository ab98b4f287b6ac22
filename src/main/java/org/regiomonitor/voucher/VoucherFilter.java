package org.regiomonitor.voucher;

/**
 * Which awards to count or list; every field may be null (no filter).
 *
 * @param programmeId  programme id
 * @param schemeKind   kind of scheme
 * @param municipality CBS code of the municipality, e.g. {@code GM0141}
 * @param year         year of the award (the award year, else the year of the award date)
 */
public record VoucherFilter(Long programmeId, SchemeKind schemeKind, String municipality, Integer year) {

    public static final VoucherFilter NONE = new VoucherFilter(null, null, null, null);
}
