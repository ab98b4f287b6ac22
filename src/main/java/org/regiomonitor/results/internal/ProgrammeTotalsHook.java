package org.regiomonitor.results.internal;

import org.jooq.Delete;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.ExecuteType;
import org.jooq.Insert;
import org.jooq.Merge;
import org.jooq.Update;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Has every Spring-managed transaction that writes anything recompute the programmes marked dirty just before it
 * commits ({@link ProgrammeTotals#recomputeDirty}), so the totals are stored in the same transaction as the change,
 * whichever feature made it (portfolio, results, the reference-data load). A jOOQ listener, because the writers
 * need not know about results. Writes outside a transaction leave the programme dirty: read on request until the
 * next write transaction.
 */
@Component
class ProgrammeTotalsHook implements ExecuteListenerProvider {

    private final ExecuteListener listener;

    ProgrammeTotalsHook(ObjectProvider<ProgrammeTotals> totals) {
        this.listener = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (writes(ctx) && TransactionSynchronizationManager.isSynchronizationActive()
                        && TransactionSynchronizationManager.isActualTransactionActive()
                        && TransactionSynchronizationManager.getSynchronizations().stream()
                                .noneMatch(Recompute.class::isInstance)) {
                    TransactionSynchronizationManager.registerSynchronization(new Recompute(totals));
                }
            }
        };
    }

    @Override
    public ExecuteListener provide() {
        return listener;
    }

    private static boolean writes(ExecuteContext ctx) {
        var query = ctx.query();
        return ctx.type() == ExecuteType.WRITE || ctx.type() == ExecuteType.BATCH || ctx.type() == ExecuteType.OTHER
                || query instanceof Insert<?>
                || query instanceof Update<?> || query instanceof Delete<?> || query instanceof Merge<?>;
    }

    private record Recompute(ObjectProvider<ProgrammeTotals> totals) implements TransactionSynchronization {
        @Override
        public void beforeCommit(boolean readOnly) {
            if (!readOnly) {
                totals.getObject().recomputeDirty();
            }
        }
    }
}
