package org.regiomonitor.shared;

import java.util.List;
import org.jooq.Delete;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.ExecuteType;
import org.jooq.Insert;
import org.jooq.Merge;
import org.jooq.Update;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Has every Spring-managed transaction that writes anything store the dirty {@link MaintainedTotals} just before it
 * commits, so the totals are stored in the same transaction as the change, whichever feature made it (portfolio,
 * finance, results, the reference-data load, a bulk load). A jOOQ listener, because the writers need not know which
 * totals their change moves. Writes outside a transaction leave totals dirty: computed on request until the next
 * write transaction, or the next start.
 */
@Component
class MaintainedTotalsHook implements ExecuteListenerProvider {

    private final ExecuteListener listener;
    private final ObjectProvider<MaintainedTotals> totals;
    private final ObjectProvider<PlatformTransactionManager> transactions;

    MaintainedTotalsHook(ObjectProvider<MaintainedTotals> totals,
            ObjectProvider<PlatformTransactionManager> transactions) {
        this.totals = totals;
        this.transactions = transactions;
        this.listener = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (writes(ctx) && TransactionSynchronizationManager.isSynchronizationActive()
                        && TransactionSynchronizationManager.isActualTransactionActive()
                        && TransactionSynchronizationManager.getSynchronizations().stream()
                                .noneMatch(Store.class::isInstance)) {
                    TransactionSynchronizationManager.registerSynchronization(new Store(totals));
                }
            }
        };
    }

    @Override
    public ExecuteListener provide() {
        return listener;
    }

    /** What a migration left dirty (new totals start dirty) is stored once the application is up. */
    @EventListener(ApplicationReadyEvent.class)
    void storeAtStart() {
        new TransactionTemplate(transactions.getObject()).executeWithoutResult(status -> storeAll(totals));
    }

    private static void storeAll(ObjectProvider<MaintainedTotals> totals) {
        List<MaintainedTotals> all = totals.orderedStream().toList();
        all.forEach(MaintainedTotals::storeDirty);
    }

    private static boolean writes(ExecuteContext ctx) {
        var query = ctx.query();
        return ctx.type() == ExecuteType.WRITE || ctx.type() == ExecuteType.BATCH || ctx.type() == ExecuteType.OTHER
                || query instanceof Insert<?>
                || query instanceof Update<?> || query instanceof Delete<?> || query instanceof Merge<?>;
    }

    private record Store(ObjectProvider<MaintainedTotals> totals) implements TransactionSynchronization {
        @Override
        public void beforeCommit(boolean readOnly) {
            if (!readOnly) {
                storeAll(totals);
            }
        }
    }
}
