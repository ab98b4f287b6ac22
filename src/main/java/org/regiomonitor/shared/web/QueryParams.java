package org.regiomonitor.shared.web;

import java.util.Arrays;
import org.regiomonitor.shared.Text;

/** Lenient parsing of the filter parameters of list pages: a value that does not fit means "no filter". */
public final class QueryParams {

    private QueryParams() {
    }

    /** The constant named {@code value} (case ignored), or null when blank or unknown. */
    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (Text.isBlank(value)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(Text.strip(value)))
                .findFirst().orElse(null);
    }
}
