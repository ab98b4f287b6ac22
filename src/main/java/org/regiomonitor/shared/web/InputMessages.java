package org.regiomonitor.shared.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The wording of refused input that both the pages and the API use: what a field expected, said in
 * the user's terms ("a date like 2026-01-31"), never with a Java type name.
 */
final class InputMessages {

    static final String EXPECTED = "error.input.expected";
    static final String UNKNOWN_FIELD = "error.input.unknownField";
    static final String READ_ONLY_FIELD = "error.input.readOnlyField";
    static final String NOT_OFFERED = "error.input.notOffered";
    static final String REQUIRED_PARAMETER = "error.input.requiredParameter";
    static final String INVALID_VALUE = "error.input.invalidValue";

    /** Properties every record has and only the server sets. */
    private static final java.util.Set<String> READ_ONLY = java.util.Set.of("id", "createdAt", "updatedAt",
            "createdBy", "updatedBy", "changedBy", "history");

    private InputMessages() {
    }

    static boolean isReadOnly(String property) {
        return READ_ONLY.contains(property);
    }

    /** What a value of the type looks like, as a message the MessageSource resolves inside another one. */
    static MessageSourceResolvable expected(Class<?> type) {
        if (type == null) {
            return code("error.expected.value");
        }
        if (type.isEnum()) {
            return new DefaultMessageSourceResolvable(new String[] {"error.expected.oneOf"},
                    new Object[] {Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                            .collect(Collectors.joining(", "))});
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class || type == Byte.class
                || type == byte.class) {
            return code("error.expected.wholeNumber");
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class) {
            return code("error.expected.number");
        }
        if (type == LocalDate.class) {
            return code("error.expected.date");
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return code("error.expected.dateTime");
        }
        if (type == Boolean.class || type == boolean.class) {
            return code("error.expected.boolean");
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return code("error.expected.text");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return code("error.expected.list");
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return code("error.expected.object");
        }
        return code("error.expected.value");
    }

    static MessageSourceResolvable code(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }
}
