package org.regiomonitor.finance;

import java.util.List;


/**
 * Totals of the budget lines of one funder category. The category's name is the message
 * {@code funderCategory.<code>} (messages.properties).
 *
 * @param code        category code (RIJK, PROVINCIE, GEMEENTEN, ONDERWIJS, PRIVAAT, EU, OVERIG)
 * @param position    order in the reports
 * @param regional    the region's own money (the denominator of the multiplier)
 * @param publicMoney public money (government, education, EU)
 * @param totals      the sums over the category's lines
 * @param sources     the sources of the amounts summed
 */
public record CategoryTotals(String code, int position, boolean regional, boolean publicMoney,
        MoneyTotals totals, MoneySources sources) {

    public CategoryTotals {
        sources = sources == null ? MoneySources.NONE : sources;
    }

    public String messageKey() {
        return "funderCategory." + code;
    }
}
