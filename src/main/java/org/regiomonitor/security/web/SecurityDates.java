package org.regiomonitor.security.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.regiomonitor.shared.Formats;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Moments on the security pages ({@code ${@securityDates.format(t)}}), in the region's time zone. */
@Component("securityDates")
public class SecurityDates {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public String format(Instant t) {
        if (t == null) {
            return Formats.UNKNOWN;
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(ZONE).format(t);
    }
}
