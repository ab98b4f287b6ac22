package org.regiomonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The current time comes from the one injected {@link Clock} ({@link TimeConfiguration}), so that tests can
 * fix it: no production code reads the system clock itself.
 */
class ClockUsageTest {

    private static final Pattern SYSTEM_TIME = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|OffsetDateTime|ZonedDateTime|Year|YearMonth)\\.now\\(\\s*\\)"
                    + "|System\\.currentTimeMillis\\(|Clock\\.system(DefaultZone|UTC)?\\(|new java\\.util\\.Date\\(\\s*\\)");

    @Test
    void noProductionCodeReadsTheSystemClockItself() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith(Path.of("org/regiomonitor/shared/TimeConfiguration.java")))
                    .filter(p -> {
                        try {
                            return SYSTEM_TIME.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("code that should take the injected Clock").isEmpty();
    }

    @Test
    void theClockBeanIsTheSystemClock() {
        Clock clock = new TimeConfiguration().clock();
        Instant before = Instant.now(Clock.systemUTC());
        assertThat(clock.instant()).isBetween(before, before.plusSeconds(60));
    }
}
