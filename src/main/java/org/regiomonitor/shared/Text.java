package org.regiomonitor.shared;

/** Small text rules shared by forms, filters and queries. */
public final class Text {

    /** The escape character of {@link #likeContaining(String)} patterns, for jOOQ's {@code like(pattern, escape)}. */
    public static final char LIKE_ESCAPE = '\\';

    private Text() {
    }

    /** The text without surrounding white space, or null when nothing is left (an empty field means "none"). */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A LIKE pattern for text containing {@code s} literally: its {@code %} and {@code _} are no wildcards. */
    public static String likeContaining(String s) {
        return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
