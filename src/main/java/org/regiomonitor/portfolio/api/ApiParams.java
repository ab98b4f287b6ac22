package org.regiomonitor.portfolio.api;

import java.util.Arrays;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.Text;

/** Enum parameters of the portfolio API. */
final class ApiParams {

    private ApiParams() {
    }

    /** A filter value must be one of the enum's names; anything else is a 400 naming the parameter. */
    static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (Text.isBlank(value)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(Text.strip(value)))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(name, "portfolio.error.oneOf",
                        Arrays.toString(type.getEnumConstants())));
    }
}
