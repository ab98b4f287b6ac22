package org.regiomonitor.portfolio.api;

import java.util.Arrays;
import org.regiomonitor.shared.InvalidInputException;

/** Paging and enum parameters of the portfolio API. */
final class ApiParams {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    private ApiParams() {
    }

    static int size(int size) {
        return Math.clamp(size, 1, MAX_SIZE);
    }

    static int page(int page) {
        return Math.max(page, 0);
    }

    /** A filter value must be one of the enum's names; anything else is a 400 naming the parameter. */
    static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(name, "portfolio.error.oneOf",
                        Arrays.toString(type.getEnumConstants())));
    }
}
