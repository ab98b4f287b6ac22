package org.regiomonitor.security.web;

import java.time.Instant;
import java.time.ZoneId;
import org.regiomonitor.shared.Formats;
import org.springframework.stereotype.Component;

/** Moments on the security pages ({@code ${@securityDates.format(t)}}), in the region's time zone. */
@Component("securityDates")
public class SecurityDates {

    static final ZoneId ZONE = Formats.ZONE;

    private final Formats fmt;

    SecurityDates(Formats fmt) {
        this.fmt = fmt;
    }

    public String format(Instant t) {
        return fmt.dateTime(t);
    }
}
