package org.regiomonitor.voucher;

import org.regiomonitor.shared.ValueQualifier;
import java.math.BigDecimal;
import org.regiomonitor.shared.SourceLines;

/**
 * What a set of voucher rows adds up to. One row may stand for several awards, so counts are sums of
 * quantities. An unknown amount is never counted as zero: {@code knownAmount} sums only the rows with
 * an amount and {@code awardsWithUnknownAmount} says how many awards it leaves out.
 *
 * @param awards                  number of awards (sum of the known quantities)
 * @param awardsQualifier         EXACT, or AT_LEAST / ABOUT when a summed count is a lower bound ("ruim 1.500"),
 *                                approximate or unknown: the UI then writes "ruim"/"circa" before the number
 * @param awardsWithAmount        awards whose amount is known
 * @param knownAmount             total of the known amounts; null when no award has a known amount
 * @param awardsWithUnknownAmount awards whose amount is not known (not in {@code knownAmount})
 * @param sources                 the sources of the rows as a page shows them ({@link SourceLines}): each place when
 *                                there are at most {@value SourceLines#MAX}, else each document with its number of
 *                                places; every row's own place is in the list and its downloads
 */
public record VoucherTotals(long awards, ValueQualifier awardsQualifier, long awardsWithAmount, BigDecimal knownAmount,
        long awardsWithUnknownAmount, SourceLines sources) {

    public static final VoucherTotals NONE = new VoucherTotals(0, ValueQualifier.EXACT, 0, null, 0, SourceLines.NONE);

    /** True when every award's amount is known, so {@code knownAmount} is the full total. */
    public boolean amountComplete() {
        return awardsWithUnknownAmount == 0;
    }
}
