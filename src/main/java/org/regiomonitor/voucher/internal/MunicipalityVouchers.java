package org.regiomonitor.voucher.internal;

import java.math.BigDecimal;
import java.util.List;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.ValueQualifier;

/**
 * Vouchers awarded in a municipality, per scheme (its page section). One voucher_award row may stand for several awards (quantity), and its
 * amount is then their total; an unknown amount stays unknown and is counted, never taken as zero.
 */
public record MunicipalityVouchers(List<Group> groups, Group total, List<SourceRef> sources) {

    /**
     * @param awards                  sum of the known quantities
     * @param awardsQualifier         EXACT, or AT_LEAST/ABOUT when a count is a lower bound, approximate or unknown
     * @param knownAmount             sum of the known amounts; null when no amount is known
     * @param awardsWithUnknownAmount sum of quantity of rows without amount
     */
    public record Group(String scheme, String schemeKind, long awards, ValueQualifier awardsQualifier,
            BigDecimal knownAmount,
            long awardsWithUnknownAmount) {
    }

    public MunicipalityVouchers {
        groups = List.copyOf(groups);
        sources = List.copyOf(sources);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
