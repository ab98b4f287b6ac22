package org.regiomonitor.opendata;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A text of the catalogue: a message (in every language of the bundles) or a literal as the data gives it (a report's
 * title, in the report's language; a programme's name is an argument of a message).
 *
 * @param language the language of a literal ({@code nl}, {@code en}, {@code de}), null when not known
 */
public record Label(String code, List<Object> args, String text, String language) {

    public static Label message(String code, Object... args) {
        return new Label(code, List.of(args), null, null);
    }

    public static Label literal(String text, String language) {
        return new Label(null, List.of(), text, language);
    }

    public boolean isLiteral() {
        return code == null;
    }

    /** The text in the locale's language (a literal is the same in every language); arguments may be labels too. */
    public String in(MessageSource messages, Locale locale) {
        if (isLiteral()) {
            return text;
        }
        Object[] resolved = args.stream().map(a -> a instanceof Label l ? l.in(messages, locale) : a).toArray();
        return messages.getMessage(code, resolved, locale);
    }
}
