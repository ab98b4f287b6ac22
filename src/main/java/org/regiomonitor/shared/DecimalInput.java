package org.regiomonitor.shared;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Decimal numbers as people type them in forms: a comma or a point as decimal separator
 * ("1250000,50" or "1250000.50"), no thousands separators (since "1.250" would be ambiguous
 * between Dutch and English), a euro sign and spaces ignored. Shown with the locale's separator.
 */
public final class DecimalInput implements Formatter<BigDecimal> {

    /** The number typed, or null for blank input; throws {@link NumberFormatException} for anything else. */
    public static BigDecimal parse(String raw) {
        if (Text.isBlank(raw)) {
            return null;
        }
        String s = Text.removeSpaces(raw.replace("€", ""));
        if (s.chars().filter(ch -> ch == ',' || ch == '.').count() > 1 || !s.matches("-?[0-9]*[.,]?[0-9]*")
                || s.matches("-?[.,]?")) {
            throw new NumberFormatException("not a decimal number: " + raw);
        }
        return new BigDecimal(s.replace(',', '.'));
    }

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        try {
            return parse(text);
        } catch (NumberFormatException e) {
            throw new ParseException(text, 0);
        }
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return value.toPlainString().replace('.', separator);
    }
}
