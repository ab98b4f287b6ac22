package org.regiomonitor.shared;

import java.util.List;

/**
 * Input that breaks a domain rule (beyond bean validation), with one message per field.
 * Message texts are message-bundle codes, so the web and the API can show them in any language.
 */
public class InvalidInputException extends RuntimeException {

    /** @param field the field name ({@code null} for the whole record), @param code message code */
    public record Violation(String field, String code, Object... args) {
    }

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("invalid input: " + violations.stream().map(v -> v.field() + "=" + v.code()).toList());
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String code, Object... args) {
        return new InvalidInputException(List.of(new Violation(field, code, args)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
