package org.regiomonitor.finance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.InvalidInputException.Violation;

/**
 * Collects the violations of one write (its input's constraints, then the domain rules), so all of them are
 * reported at once and nothing is written; see {@link org.regiomonitor.shared.InputRules} for the convention.
 */
final class Violations {

    /** numeric(15, 2): at most 13 digits before the decimal point. */
    private static final int MAX_INTEGER_DIGITS = 13;

    private final List<Violation> list = new ArrayList<>();

    void add(String field, String code, Object... args) {
        if (list.stream().noneMatch(v -> v.field() != null && v.field().equals(field))) {
            list.add(new Violation(field, code, args));
        }
    }

    /** The input's constraint violations ({@link org.regiomonitor.shared.InputRules}), before the domain rules. */
    void addAll(List<Violation> violations) {
        violations.forEach(v -> add(v.field(), v.code(), v.args()));
    }

    boolean has(String field) {
        return list.stream().anyMatch(v -> field.equals(v.field()));
    }

    /** An amount: 0 or more, at most 2 decimals, fits numeric(15, 2). Null (unknown) is fine here. */
    void amount(String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            add(field, "finance.error.negative");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            add(field, "finance.error.decimals");
        } else if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            add(field, "finance.error.tooLarge");
        }
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
