package org.regiomonitor.shared;

import java.util.Locale;

/**
 * How a reported figure relates to the true number: the one qualifier of every counted or measured figure
 * (result updates, voucher counts). The source documents say "meer dan 2.000" and "ruim 3.000", which is not
 * the number 2,000 or 3,000. "Ruim" and "meer dan" are both lower bounds (AT_LEAST); "circa" and "ongeveer"
 * are estimates (ABOUT) (docs/reference-data.md). A sum that contains an "at least" figure is itself
 * "at least" ({@link #combine}). The words are here, not in the message bundles, so that pages, exports and
 * reports write a qualified figure the same way ({@code Formats.qualified} in templates).
 */
public enum ValueQualifier {
    EXACT("{0}", "{0}", "{0}"),
    AT_LEAST("meer dan {0}", "more than {0}", "mehr als {0}"),
    ABOUT("circa {0}", "about {0}", "etwa {0}"),
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

    /** The combination of all of them ({@link #combine}); EXACT for none. Nulls are ignored. */
    public static ValueQualifier combineAll(ValueQualifier... qualifiers) {
        ValueQualifier q = EXACT;
        for (ValueQualifier each : qualifiers == null ? new ValueQualifier[0] : qualifiers) {
            q = q.combine(each);
        }
        return q;
    }

    /** A count that is not known adds at least zero to a sum: the sum becomes a lower bound (AT_LEAST). */
    public static ValueQualifier ofCount(Number count) {
        return count == null ? AT_LEAST : EXACT;
    }
}
