package org.regiomonitor.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Number formatting for templates ({@code ${@fmt.euro(amount)}}). Money is exact decimal;
 * it is only rounded here, for display. An unknown (null) figure shows as an empty dash.
 */
@Component("fmt")
public class Formats {

    public static final String UNKNOWN = "–";
    /** Moments are shown in the region's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    /** The sources of a figure made of many rows, bounded ({@link SourceLines}). */
    public SourceLines sourceLines(java.util.List<SourceRef> refs) {
        return SourceLines.of(refs);
    }

    /** A date in the language's pattern ({@code format.date}: 31-12-2026, 31/12/2026, 31.12.2026). */
    public String date(LocalDate date) {
        return date == null ? UNKNOWN : DateTimeFormatter.ofPattern(pattern("format.date", "yyyy-MM-dd")).format(date);
    }

    /** A moment in the language's pattern ({@code format.dateTime}), in the region's time zone. */
    public String dateTime(Instant moment) {
        return moment == null ? UNKNOWN : DateTimeFormatter.ofPattern(pattern("format.dateTime", "yyyy-MM-dd HH:mm"))
                .withZone(ZONE).format(moment);
    }

    private String pattern(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale());
    }

    public String euro(BigDecimal amount) {
        if (amount == null) {
            return UNKNOWN;
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(locale());
        f.setCurrency(java.util.Currency.getInstance("EUR"));
        f.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        f.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return f.format(amount);
    }

    /** Millions with one decimal, as each language writes them: "€ 13,0 mln", "€13.0m", "13,0 Mio. €". */
    public String euroMillions(BigDecimal amount) {
        if (amount == null) {
            return UNKNOWN;
        }
        Locale locale = locale();
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        String n = f.format(amount.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP));
        return switch (locale.getLanguage()) {
            case "en" -> "€" + n + "m";
            case "de" -> n + " Mio. €";
            default -> "€ " + n + " mln";
        };
    }

    public String number(Number n) {
        return n == null ? UNKNOWN : NumberFormat.getNumberInstance(locale()).format(n);
    }

    /** A number with exactly this many decimals (a statistic's own precision), in the page's language. */
    public String decimal(Number n, int decimals) {
        if (n == null) {
            return UNKNOWN;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(n);
    }

    /** A change with its sign and this many decimals: "+1,2", "−0,4" (a true minus sign). */
    public String signed(Number n, int decimals) {
        if (n == null) {
            return UNKNOWN;
        }
        String s = decimal(Math.abs(n.doubleValue()), decimals);
        double v = n.doubleValue();
        return (v > 0 && !s.matches("[0.,]+") ? "+" : v < 0 && !s.matches("[0.,]+") ? "−" : "") + s;
    }

    /** A number with how exact it is, in the page's language: "meer dan 1.500", "circa 200" ({@link ValueQualifier}). */
    public String qualified(Number n, ValueQualifier qualifier) {
        return n == null ? UNKNOWN : (qualifier == null ? ValueQualifier.EXACT : qualifier).render(number(n), locale());
    }

    /** A ratio such as a multiplier, with one decimal. */
    public String ratio(BigDecimal r) {
        if (r == null) {
            return UNKNOWN;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(r);
    }

    /** A fraction 0..1 as a percentage. */
    public String percent(BigDecimal fraction) {
        if (fraction == null) {
            return UNKNOWN;
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale());
        f.setMaximumFractionDigits(0);
        return f.format(fraction);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
