package org.regiomonitor.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements jOOQ runs, so tests can assert that a page or API call costs a
 * bounded number of queries (no N+1). Import it with {@code @Import(QueryCounter.class)}. On request it also
 * records the statements with their bind values inlined, e.g. to {@code EXPLAIN} what a page really runs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter {

    private final AtomicInteger count = new AtomicInteger();
    /** The statements since {@link #record()}, or null when not recording. */
    private volatile List<String> recorded;

    @Bean
    ExecuteListenerProvider queryCountingListener() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                count.incrementAndGet();
                List<String> into = recorded;
                if (into != null && ctx.query() != null) {
                    into.add(ctx.dsl().renderInlined(ctx.query()));
                }
            }
        });
    }

    public void reset() {
        count.set(0);
    }

    public int count() {
        return count.get();
    }

    /** Starts recording the statements (SQL with the bind values inlined), forgetting earlier ones. */
    public void record() {
        recorded = new CopyOnWriteArrayList<>();
    }

    /** The statements recorded since {@link #record()}; stops recording. */
    public List<String> recorded() {
        List<String> statements = recorded;
        recorded = null;
        return statements == null ? List.of() : List.copyOf(statements);
    }
}
