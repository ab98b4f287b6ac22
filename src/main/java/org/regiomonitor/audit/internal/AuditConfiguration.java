package org.regiomonitor.audit.internal;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** Replaces Spring Boot's transaction manager by one that names the actor of every change to the database. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    @Primary
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new ActorTransactionManager(dataSource);
    }

    /**
     * The sessions' own transactions (Spring Session JDBC) change no audited table. With the actor manager,
     * naming the actor loads the security context from the session, which opens another session transaction,
     * and so on until the connection pool is drained (every browser log-in timed out).
     */
    @Bean
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
