package org.regiomonitor.voucher;

/**
 * How exact a voucher count is: the sources sometimes give a lower bound ("ruim 1.500") or an
 * approximation ("circa 200"). Labels live in the message bundles ({@code voucher.quantityQualifier.*}).
 */
public enum QuantityQualifier {
    EXACT,
    /** "ruim", "meer dan": the count is at least this. */
    AT_LEAST,
    /** "circa", "ongeveer": the count is about this. */
    ABOUT;

    /**
     * The qualifier of a sum of counts, after adding one row: ABOUT when any count is approximate, else
     * AT_LEAST when any is a lower bound or unknown (an unknown count adds at least one award), else EXACT.
     */
    public static QuantityQualifier combine(QuantityQualifier sum, QuantityQualifier row, boolean rowUnknown) {
        if (sum == ABOUT || row == ABOUT) {
            return ABOUT;
        }
        return sum == AT_LEAST || row == AT_LEAST || rowUnknown ? AT_LEAST : EXACT;
    }
}
