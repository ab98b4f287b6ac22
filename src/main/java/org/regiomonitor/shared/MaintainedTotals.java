package org.regiomonitor.shared;

/**
 * Totals a feature stores so that pages read them instead of adding up every row (issue 10), kept in the same
 * transaction as the change that moves them: triggers mark what a change can move as dirty, and
 * {@link MaintainedTotalsHook} has every such bean store the dirty totals anew just before a writing transaction
 * commits (and once at start-up, for what a migration or a write outside a transaction left dirty). Reads use the
 * stored totals only while they are marked clean and compute on request otherwise, so a missed mark costs speed,
 * never correctness.
 */
public interface MaintainedTotals {

    /** Stores anew the totals marked dirty and marks them clean; skips those another transaction holds. */
    void storeDirty();
}
