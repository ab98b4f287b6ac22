package org.regiomonitor.shared;

/** Small text rules shared by forms, filters and services. */
public final class Text {

    private Text() {
    }

    /** The text without surrounding white space, or null when nothing is left (an empty field means "none"). */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
