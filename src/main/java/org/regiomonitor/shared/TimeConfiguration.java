package org.regiomonitor.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application: code that needs the current time or date takes this {@link Clock}
 * (never {@code Instant.now()} or {@code LocalDate.now()}), so that a test can fix the time by declaring
 * a {@code @Primary} clock of its own. Times the database sets ({@code now()} in SQL) stay with the database.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
