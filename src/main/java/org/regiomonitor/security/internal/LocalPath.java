package org.regiomonitor.security.internal;

/**
 * A place in this application to return to after log-in: a path starting with one slash. Anything else
 * (another site, {@code //host}, a backslash trick, a scheme) is dropped, so the way back can never be
 * turned into a redirect to another site.
 */
final class LocalPath {

    private LocalPath() {
    }

    static String orNull(String path) {
        if (path == null || path.length() > 2000 || !path.startsWith("/") || path.startsWith("//")
                || path.contains("\\") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || path.startsWith("/login") || path.startsWith("/logout") || path.startsWith("/session-expired")) {
            return null;
        }
        return path;
    }
}
