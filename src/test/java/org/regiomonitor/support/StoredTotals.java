package org.regiomonitor.support;

import org.regiomonitor.shared.MaintainedTotals;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the totals that fixtures' writes outside a transaction left dirty, as the next write transaction of the
 * application would: for tests that count a page's queries in the normal (stored, clean) state.
 */
public final class StoredTotals {

    private StoredTotals() {
    }

    public static void storeAll(ApplicationContext context) {
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(s ->
                context.getBeanProvider(MaintainedTotals.class).orderedStream().forEach(MaintainedTotals::storeDirty));
    }
}
