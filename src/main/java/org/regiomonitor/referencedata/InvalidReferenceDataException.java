package org.regiomonitor.referencedata;

import java.util.List;

/**
 * The dataset file (or the open data it refers to) is invalid; nothing was written. Each problem
 * names the record it is about, e.g. {@code project "Kampus" (projects[53]): unknown programme "RDT-9"}.
 */
public class InvalidReferenceDataException extends RuntimeException {

    private final List<String> problems;

    public InvalidReferenceDataException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidReferenceDataException(String problem, Throwable cause) {
        super("Invalid reference data: " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        int shown = Math.min(problems.size(), 20);
        String head = "Invalid reference data (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "; nothing was written):\n  - " + String.join("\n  - ", problems.subList(0, shown));
        return shown < problems.size() ? head + "\n  - … and " + (problems.size() - shown) + " more" : head;
    }
}
