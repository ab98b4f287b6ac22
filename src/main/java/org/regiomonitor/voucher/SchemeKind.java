package org.regiomonitor.voucher;

import java.math.BigDecimal;

/** The kind of voucher scheme; labels live in the message bundles ({@code voucher.schemeKind.*}). */
public enum SchemeKind {
    INNOVATION_VOUCHER,
    /** A training cheque is worth at most EUR 2,500 (Twents Fonds voor Vakmanschap). */
    TRAINING_CHEQUE,
    SMALL_GRANT;

    /** The highest amount one award of this kind may have, or null when there is no fixed ceiling. */
    public BigDecimal maxPerAward() {
        return this == TRAINING_CHEQUE ? BigDecimal.valueOf(2500) : null;
    }
}
