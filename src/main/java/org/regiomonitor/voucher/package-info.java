/**
 * Vouchers and small grants (innovation vouchers, training cheques, small grants): what they add up
 * to per programme, scheme and municipality. Pages under {@code /vouchers}, API under
 * {@code /api/vouchers}. Other features use {@link org.regiomonitor.voucher.VoucherQueries}, e.g. the
 * area pages for "what reaches this municipality".
 * <p>
 * Owns {@code voucher_award}; its publication rule ({@code VoucherQueries.visible}: a published award of a
 * published programme) is in one place. Programme, project and area names come from their owners; the
 * programmes a user may edit from {@link org.regiomonitor.security.AccessPolicy}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vouchers")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.VoucherAward.class})
package org.regiomonitor.voucher;
