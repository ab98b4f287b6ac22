package org.regiomonitor.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.Query;
import org.jooq.conf.ParamType;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Times the SQL that jOOQ runs (from preparing a statement to the end of fetching its rows), so the
 * benchmark can tell database time from the rest (mapping, rendering, transfer), and remembers the
 * slowest statement since the last {@link #reset()} so a slow path can be explained. Meant for
 * sequential requests: the figures are global, not per thread.
 */
@TestConfiguration(proxyBeanMethods = false)
class SqlTimer {

    private static final String START = SqlTimer.class.getName() + ".start";

    private final AtomicLong nanos = new AtomicLong();
    private long slowestNanos;
    private Query slowest;
    private String slowestSql;

    @Bean
    ExecuteListenerProvider sqlTimingListener() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void start(ExecuteContext ctx) {
                ctx.data(START, System.nanoTime());
            }

            @Override
            public void end(ExecuteContext ctx) {
                if (ctx.data(START) instanceof Long start) {
                    long elapsed = System.nanoTime() - start;
                    nanos.addAndGet(elapsed);
                    record(elapsed, ctx.query(), ctx.sql());
                }
            }
        });
    }

    private synchronized void record(long elapsed, Query query, String sql) {
        if (elapsed > slowestNanos) {
            slowestNanos = elapsed;
            slowest = query;
            slowestSql = sql;
        }
    }

    synchronized void reset() {
        nanos.set(0);
        slowestNanos = 0;
        slowest = null;
        slowestSql = null;
    }

    /** SQL time since the last reset, in ms. */
    double millis() {
        return nanos.get() / 1e6;
    }

    synchronized double slowestMillis() {
        return slowestNanos / 1e6;
    }

    /** The slowest statement since the last reset with its values inlined (so it can be explained), or null. */
    synchronized String slowestSql() {
        return slowest != null ? slowest.getSQL(ParamType.INLINED) : slowestSql;
    }
}
