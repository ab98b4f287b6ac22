package org.regiomonitor.monitor.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading an import. Reading goes on after a problem so that one upload reports all
 * of them (up to {@link #LIMIT}; the count goes on beyond it); a single problem refuses the whole import.
 */
public final class ImportProblems {

    public static final int LIMIT = 200;

    private final List<ImportProblem> problems = new ArrayList<>();
    private long count;

    public void add(ImportProblem problem) {
        count++;
        if (problems.size() < LIMIT) {
            problems.add(problem);
        }
    }

    public void add(Locator at, String key, String message, String... arguments) {
        add(ImportProblem.of(at, key, message, arguments));
    }

    public boolean any() {
        return count > 0;
    }

    /** All problems found, counting those beyond the listed ones. */
    public long count() {
        return count;
    }

    /** The first {@link #LIMIT} problems in the order found. */
    public List<ImportProblem> list() {
        return List.copyOf(problems);
    }
}
