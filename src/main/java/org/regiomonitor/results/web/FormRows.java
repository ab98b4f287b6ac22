package org.regiomonitor.results.web;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.regiomonitor.shared.InvalidInputException.Violation;

/**
 * The filled rows of a repeated part of a form (dimension values, period targets): the blank rows are left out of
 * the input, so the input's list index differs from the form's row; {@link #toRows} turns a violation of input item
 * 2 back into one of the row it came from, so the error shows beside that row.
 */
record FormRows(List<Integer> filled) {

    private static final Pattern INDEX = Pattern.compile("^(\\w+)\\[(\\d+)\\](.*)$");

    static FormRows of(int size, IntPredicate keep) {
        return new FormRows(IntStream.range(0, size).filter(keep).boxed().toList());
    }

    /** The input items of the filled rows, in order. */
    <T> List<T> map(IntFunction<T> row) {
        return filled.stream().map(row::apply).toList();
    }

    /** The violations, those of items of {@code list} re-indexed to the form rows. */
    List<Violation> toRows(String list, List<Violation> violations) {
        return violations.stream().map(v -> {
            Matcher m = v.field() == null ? null : INDEX.matcher(v.field());
            if (m == null || !m.matches() || !m.group(1).equals(list)) {
                return v;
            }
            int item = Integer.parseInt(m.group(2));
            return item < filled.size()
                    ? new Violation(list + "[" + filled.get(item) + "]" + m.group(3), v.code(), v.args()) : v;
        }).toList();
    }
}
