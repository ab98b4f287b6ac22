package org.regiomonitor.audit.internal;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** Replaces Spring Boot's transaction manager by one that names the actor of every change to the database. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new ActorTransactionManager(dataSource);
    }
}
