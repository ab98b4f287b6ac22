package org.regiomonitor.finance;

import java.math.BigDecimal;

/**
 * The three amounts of one budget line revision. Each may be {@code null}: unknown, which is not zero.
 *
 * @param budgeted  what is budgeted (planned)
 * @param committed what is committed (allocated, decided)
 * @param realised  what is realised (spent)
 */
public record Amounts(BigDecimal budgeted, BigDecimal committed, BigDecimal realised) {

    public static final Amounts UNKNOWN = new Amounts(null, null, null);

    public boolean anyKnown() {
        return budgeted != null || committed != null || realised != null;
    }
}
