package org.regiomonitor.shared;

import java.text.Normalizer;

/**
 * The one set of text rules for everything users send (forms, JSON, query parameters) and for the
 * filters and queries that use it: Unicode NFC, no control characters or lone surrogates, and white
 * space in the Unicode sense (a field of only non-breaking spaces is as empty as an empty one).
 */
public final class Text {

    private Text() {
    }

    /**
     * Text as it arrives in a request, made uniform: NFC, and "" when it holds only white space.
     * Refuse {@link #forbiddenCharacter(String, boolean)} first; this does not.
     */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        if (isBlank(s)) {
            return "";
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * The first character that PostgreSQL or a page cannot hold, or -1 when there is none: NUL and the
     * other C0 controls, DEL, the C1 controls and lone surrogates. Tab, CR and LF are allowed only in
     * multi-line text. Returns the code point (for a lone surrogate, the surrogate itself).
     */
    public static int forbiddenCharacter(String s, boolean multiLine) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c) || isForbiddenControl(c, multiLine)) {
                return c;
            }
        }
        return -1;
    }

    /** True when the text has a character {@link #forbiddenCharacter(String, boolean)} refuses. */
    public static boolean hasForbiddenCharacter(String s, boolean multiLine) {
        return forbiddenCharacter(s, multiLine) >= 0;
    }

    /** The code point as people look it up: "U+0000". */
    public static String codePointName(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    /** Null, empty, or only white space (including no-break and other Unicode spaces, and zero-width ones). */
    public static boolean isBlank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text without surrounding white space (in the sense of {@link #isBlank(String)}); null stays null. */
    public static String strip(String s) {
        if (s == null) {
            return null;
        }
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** The text without any white space (for numbers typed with spaces or no-break spaces between digits). */
    public static String removeSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** The text without surrounding white space, or null when nothing is left (an empty field means "none"). */
    public static String blankToNull(String s) {
        return isBlank(s) ? null : strip(s);
    }

    private static boolean isForbiddenControl(char c, boolean multiLine) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return !multiLine;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    /**
     * Java's {@code isWhitespace} leaves out the no-break spaces (U+00A0, U+2007, U+202F); {@code isSpaceChar}
     * has them. Zero-width space, word joiner and BOM are invisible, so a field of them is empty too.
     */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\u2060'
                || c == '\ufeff';
    }
}
