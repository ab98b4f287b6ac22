package org.regiomonitor.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements jOOQ runs, so tests can assert that a page or API call costs a
 * bounded number of queries (no N+1). Import it with {@code @Import(QueryCounter.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter {

    private final AtomicInteger count = new AtomicInteger();

    @Bean
    ExecuteListenerProvider queryCountingListener() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                count.incrementAndGet();
            }
        });
    }

    public void reset() {
        count.set(0);
    }

    public int count() {
        return count.get();
    }
}
