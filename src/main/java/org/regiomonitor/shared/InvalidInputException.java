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

    /**
     * Refuses a value the request may not set here instead of ignoring it, so the caller learns that it has
     * no effect: a version when creating (a new record starts at version 0), the programme of an existing
     * record, ...
     */
    public static void refuseIfSet(Object value, String field) {
        if (value != null) {
            throw of(field, "error.input.notChangeable", field);
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
