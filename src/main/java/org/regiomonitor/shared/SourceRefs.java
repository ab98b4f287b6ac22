package org.regiomonitor.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sources of a figure made of several rows (a sum): one reference per source with the rows' locators. */
public final class SourceRefs {

    private SourceRefs() {
    }

    /** Distinct sources of the rows in first-seen order, each with its rows' distinct locators joined by "; ". */
    public static <T> List<SourceRef> joined(List<T> rows, Function<T, SourceRef> ref) {
        Map<String, List<SourceRef>> bySource = new LinkedHashMap<>();
        for (T row : rows) {
            SourceRef s = ref.apply(row);
            if (s != null) {
                bySource.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(s);
            }
        }
        List<SourceRef> result = new ArrayList<>();
        bySource.forEach((code, refs) -> {
            String locators = refs.stream().map(SourceRef::locator).filter(l -> !Text.isBlank(l))
                    .distinct().collect(Collectors.joining("; "));
            SourceRef first = refs.getFirst();
            result.add(new SourceRef(code, first.title(), locators.isEmpty() ? null : locators, first.url()));
        });
        return result;
    }
}
