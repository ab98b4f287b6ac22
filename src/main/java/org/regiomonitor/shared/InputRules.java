package org.regiomonitor.shared;

import static org.regiomonitor.shared.Text.blankToNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.springframework.stereotype.Component;

/**
 * The one validation convention of Regiomonitor. A write takes an <em>input record</em> (or form object)
 * whose simple field rules are bean-validation constraints with message codes ({@code @NotBlank},
 * {@code @Size}, {@code @SingleLine}, ...). The <em>service</em> checks it: first {@link #check} of those
 * constraints, then its domain rules in code (references exist, a name is free, the end is after the start),
 * all into one list of {@link Violation}s (field + message code), thrown at once as
 * {@link InvalidInputException} before anything is written.
 *
 * <p>Why this one of the three the code had (input records with rules checked in the service; forms
 * validated with {@code @Valid} at the web edge; command records with a hand-written collector): the
 * rules live once, beside the data they guard, and every way in - HTML form, JSON API, import - passes
 * the same service, so none can skip or duplicate them (the {@code @Valid} forms had their constraints
 * copied onto the API's request records, and drifted apart). The violations carry message codes, so the
 * pages put each one beside its field ({@code shared.web.FormErrors}) and the API lists them in RFC 9457
 * {@code errors[]} ({@code ApiProblemHandler}) in the user's language. Controllers only add what the
 * request itself got wrong (a value that is not a number) from Spring's binding.
 */
@Component
public class InputRules {

    private final Validator validator;

    public InputRules(Validator validator) {
        this.validator = validator;
    }

    /** The constraint violations of the input, as message codes with their arguments. */
    public List<Violation> check(Object input) {
        List<Violation> out = new ArrayList<>();
        validator.validate(input).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> out.add(new Violation(v.getPropertyPath().toString(), code(v.getMessageTemplate()),
                        args(v.getConstraintDescriptor().getAttributes()))));
        return out;
    }

    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public static boolean hasViolation(List<Violation> violations, String field) {
        return violations.stream().anyMatch(v -> field.equals(v.field()));
    }

    /** http(s) URLs with a host only: anything else (javascript:, mailto:, relative) is refused. */
    public static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(Text.strip(url));
            return uri.getScheme() != null
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                    && !Text.isBlank(uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String code(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }

    private static Object[] args(Map<String, Object> attributes) {
        for (String name : List.of("max", "value", "integer")) {
            if (attributes.containsKey(name)) {
                return new Object[] {attributes.get(name)};
            }
        }
        return new Object[0];
    }
}
