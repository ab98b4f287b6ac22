package org.regiomonitor.voucher;

import org.regiomonitor.shared.ValueQualifier;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.regiomonitor.shared.SourceRef;

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
 * @param sources                 the sources of the rows, with their places in the sources
 */
public record VoucherTotals(long awards, ValueQualifier awardsQualifier, long awardsWithAmount, BigDecimal knownAmount, long awardsWithUnknownAmount,
        List<SourceRef> sources) {

    public static final VoucherTotals NONE = new VoucherTotals(0, ValueQualifier.EXACT, 0, null, 0, List.of());

    /** True when every award's amount is known, so {@code knownAmount} is the full total. */
    public boolean amountComplete() {
        return awardsWithUnknownAmount == 0;
    }

    /** Adds up totals of disjoint sets of rows. */
    public static VoucherTotals sum(Collection<VoucherTotals> parts) {
        long awards = 0;
        ValueQualifier qualifier = ValueQualifier.EXACT;
        long withAmount = 0;
        long unknown = 0;
        BigDecimal amount = null;
        Set<SourceRef> sources = new LinkedHashSet<>();
        for (VoucherTotals t : parts) {
            awards += t.awards;
            qualifier = qualifier.combine(t.awardsQualifier);
            withAmount += t.awardsWithAmount;
            unknown += t.awardsWithUnknownAmount;
            if (t.knownAmount != null) {
                amount = amount == null ? t.knownAmount : amount.add(t.knownAmount);
            }
            sources.addAll(t.sources);
        }
        return new VoucherTotals(awards, qualifier, withAmount, amount, unknown, List.copyOf(sources));
    }
}
