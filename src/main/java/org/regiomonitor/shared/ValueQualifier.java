package org.regiomonitor.shared;

import java.util.Locale;

/**
 * How a reported figure relates to the true number. The source documents say "meer dan 2.000" and
 * "ruim 3.000", which is not the number 2,000 or 3,000; the qualifier keeps that, and a sum that contains
 * an "at least" figure is itself "at least" ({@link #combine}). "Ruim" ("a little more than") is a lower
 * bound, AT_LEAST, as for vouchers; ABOUT is "circa", "een vijftal" (docs/reference-data.md).
 */
public enum ValueQualifier {
    EXACT("{0}", "{0}", "{0}"),
    AT_LEAST("meer dan {0}", "more than {0}", "mehr als {0}"),
    ABOUT("circa {0}", "about {0}", "rund {0}"),
    AT_MOST("hoogstens {0}", "at most {0}", "höchstens {0}");

    private final String nl;
    private final String en;
    private final String de;

    ValueQualifier(String nl, String en, String de) {
        this.nl = nl;
        this.en = en;
        this.de = de;
    }

    /** The formatted number with this qualifier in the locale's language (Dutch unless English or German). */
    public String render(String formattedNumber, Locale locale) {
        String pattern = switch (locale == null ? "nl" : locale.getLanguage()) {
            case "en" -> en;
            case "de" -> de;
            default -> nl;
        };
        return pattern.replace("{0}", formattedNumber);
    }

    /**
     * The qualifier of a sum of two figures: exact only when both are; a lower bound stays a lower bound
     * (and an upper bound an upper bound); bounds in opposite directions or an estimate give an estimate.
     */
    public ValueQualifier combine(ValueQualifier other) {
        if (other == null || other == this) {
            return this;
        }
        if (this == EXACT) {
            return other;
        }
        if (other == EXACT) {
            return this;
        }
        return ABOUT;
    }
}
