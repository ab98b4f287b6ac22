package org.regiomonitor.report.internal;

import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Runs a piece of report making in a language: the other features' formats and sections read the language from
 * {@link LocaleContextHolder}, which a background thread does not have.
 */
final class Locales {

    private Locales() {
    }

    static <T> T with(Locale locale, Supplier<T> work) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return work.get();
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }
}
