package org.regiomonitor.monitor.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** How each layout writes a number (docs/monitor-imports.md). */
final class Decimals {

    /** CBS and Eurostat: an optional minus, digits, an optional decimal point; no grouping. */
    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d{1,40}(\\.\\d{1,40})?([eE][-+]?\\d{1,3})?");
    private static final Pattern TEMPLATE_CHARS = Pattern.compile("[-+]?[\\d.,]{1,80}");
    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(G\\d{3})+");

    private Decimals() {
    }

    /** The number a CBS or Eurostat cell writes, or null when it is not one (or not {@link #inRange}). */
    static BigDecimal plain(String text) {
        if (!PLAIN.matcher(text).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        return inRange(value) ? value : null;
    }

    /**
     * Whether a figure fits what a statistic can be: at most 30 digits before and after the point (so that an
     * exponent such as {@code 1e999999} from a damaged file never reaches a page or the database).
     */
    static boolean inRange(BigDecimal value) {
        return value.scale() <= 30 && value.precision() - value.scale() <= 30;
    }

    /** A template value, or why it is refused. */
    record Parsed(BigDecimal value, String refusal) {
    }

    /**
     * The template's rule: a decimal point or a decimal comma; thousands separators only where they cannot be read
     * as decimals: {@code 1.234.567} and {@code 1,234,567} (the same separator twice or more, groups of three),
     * {@code 1.234,5} and {@code 1,234.5} (both: the last one is the decimal separator). One separator followed by
     * exactly three digits after one to three digits ({@code 1.234}, {@code 12,500}) is refused: it could be a
     * thousand or a decimal; write {@code 1234} or {@code 1.2340}.
     */
    static Parsed template(String text) {
        String t = text.strip();
        if (!TEMPLATE_CHARS.matcher(t).matches()) {
            return new Parsed(null, "not a number");
        }
        String sign = t.startsWith("-") ? "-" : "";
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        int points = count(body, '.');
        int commas = count(body, ',');
        if (body.isEmpty() || body.startsWith(".") || body.startsWith(",") || body.endsWith(".")
                || body.endsWith(",")) {
            return new Parsed(null, "not a number");
        }
        String integer;
        String fraction = "";
        if (points == 0 && commas == 0) {
            integer = body;
        } else if (points > 0 && commas > 0) {
            char decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
            if (count(body, decimal) > 1) {
                return new Parsed(null, "thousands separators in the wrong place");
            }
            int at = body.lastIndexOf(decimal);
            integer = body.substring(0, at);
            fraction = body.substring(at + 1);
            char grouping = decimal == '.' ? ',' : '.';
            if (!GROUPED.matcher(integer.replace(grouping, 'G')).matches()) {
                return new Parsed(null, "thousands separators in the wrong place");
            }
            integer = integer.replace(String.valueOf(grouping), "");
        } else {
            char separator = points > 0 ? '.' : ',';
            int at = body.indexOf(separator);
            if (points + commas > 1) {
                if (!GROUPED.matcher(body.replace(separator, 'G')).matches()) {
                    return new Parsed(null, "thousands separators in the wrong place");
                }
                integer = body.replace(String.valueOf(separator), "");
            } else {
                integer = body.substring(0, at);
                fraction = body.substring(at + 1);
                if (fraction.length() == 3 && integer.length() <= 3 && !integer.startsWith("0")) {
                    return new Parsed(null, "ambiguous: '" + separator
                            + "' could be a thousands separator or a decimal one");
                }
            }
        }
        if (integer.isEmpty() || !integer.chars().allMatch(Character::isDigit)
                || !fraction.chars().allMatch(Character::isDigit)) {
            return new Parsed(null, "not a number");
        }
        BigDecimal value = new BigDecimal(sign + integer + (fraction.isEmpty() ? "" : "." + fraction));
        return inRange(value) ? new Parsed(value, null) : new Parsed(null, "more than 30 digits before or after the decimal separator");
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
