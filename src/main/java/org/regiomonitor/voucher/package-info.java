/**
 * Vouchers and small grants (innovation vouchers, training cheques, small grants): what they add up
 * to per programme, scheme and municipality. Pages under {@code /vouchers}, API under
 * {@code /api/vouchers}. Other features use {@link org.regiomonitor.voucher.VoucherQueries}, e.g. the
 * area pages for "what reaches this municipality".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vouchers")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.VoucherAward.class})
package org.regiomonitor.voucher;
