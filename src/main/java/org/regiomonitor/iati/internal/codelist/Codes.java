package org.regiomonitor.iati.internal.codelist;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Looking up a code of a code list, for settings that name one. */
public final class Codes {

    private Codes() {
    }

    /** The constant with this code (exactly as the list spells it), if the list has it. */
    public static <E extends Enum<E> & IatiCode> Optional<E> find(Class<E> list, String code) {
        return Arrays.stream(list.getEnumConstants()).filter(c -> c.code().equals(code)).findFirst();
    }

    /** The codes of the list with their names, for messages: "10 (GOVERNMENT), 11 (LOCAL_GOVERNMENT), ...". */
    public static <E extends Enum<E> & IatiCode> String describe(Class<E> list) {
        return Arrays.stream(list.getEnumConstants()).map(c -> c.code() + " (" + c.name() + ")")
                .collect(Collectors.joining(", "));
    }
}
