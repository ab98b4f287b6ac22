package org.regiomonitor.finance.internal;

import org.regiomonitor.finance.MoneyTotals;

/** Totals of the budget lines of one group (e.g. a programme) in one funder category. */
public record Aggregate<K>(K key, String category, MoneyTotals totals) {
}
