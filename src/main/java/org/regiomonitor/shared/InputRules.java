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
 * Runs the bean-validation constraints of an input inside the service, so the web forms and the
 * API share one set of rules and both report them per field with message codes (used by every feature).
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
