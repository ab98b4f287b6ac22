package org.regiomonitor.monitor.imports;

/**
 * One reason an import is refused, with where it is and a message that names what was found and what was
 * expected. The message is English and stable (tests and the API read it); pages translate by {@code key}.
 *
 * @param key message key suffix ({@code import.problem.<key>}) for the pages
 * @param arguments the values the message names (the offending text, the expected form)
 */
public record ImportProblem(Locator at, String key, String message, java.util.List<String> arguments) {

    public ImportProblem {
        arguments = java.util.List.copyOf(arguments);
    }

    public static ImportProblem of(Locator at, String key, String message, String... arguments) {
        return new ImportProblem(at, key, message, java.util.List.of(arguments));
    }

    @Override
    public String toString() {
        return at + ": " + message;
    }
}
