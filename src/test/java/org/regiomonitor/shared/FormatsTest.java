package org.regiomonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Dates and moments follow the language's pattern from the message bundles, in the region's time zone. */
class FormatsTest {

    final Formats fmt = new Formats(bundles());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void datesFollowTheLanguage() {
        LocalDate date = LocalDate.of(2025, 5, 28);
        LocaleContextHolder.setLocale(Locale.of("nl"));
        assertThat(fmt.date(date)).isEqualTo("28-05-2025");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.date(date)).isEqualTo("28/05/2025");
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(fmt.date(date)).isEqualTo("28.05.2025");
        assertThat(fmt.date(null)).isEqualTo(Formats.UNKNOWN);
    }

    @Test
    void millionsAreWrittenAsEachLanguageWritesThem() {
        BigDecimal amount = new BigDecimal("198000000");
        LocaleContextHolder.setLocale(Locale.of("nl"));
        assertThat(fmt.euroMillions(amount)).isEqualTo("€ 198,0 mln");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.euroMillions(amount)).isEqualTo("€198.0m");
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(fmt.euroMillions(amount)).isEqualTo("198,0 Mio. €");
        assertThat(fmt.euroMillions(null)).isEqualTo(Formats.UNKNOWN);
    }

    @Test
    void momentsAreShownInTheRegionsTimeZone() {
        LocaleContextHolder.setLocale(Locale.of("nl"));
        // 12:00 UTC is 14:00 in Amsterdam in summer
        assertThat(fmt.dateTime(Instant.parse("2025-05-28T12:00:00Z"))).isEqualTo("28-05-2025 14:00");
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
