package org.regiomonitor.voucher;

/**
 * The totals of one group of awards.
 *
 * @param id     programme or area id; null for schemes and for awards without a municipality
 * @param key    programme code, scheme kind ({@link SchemeKind} name) or area code; null for awards
 *               without a municipality
 * @param label  programme name, scheme name or municipality name; null for awards without a municipality
 * @param totals what the group adds up to
 */
public record VoucherGroupTotals(Long id, String key, String label, VoucherTotals totals) {
}
