package org.regiomonitor.shared.export;

/**
 * The one rule against formula injection in downloads (CSV and Excel alike): a text cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so that no
 * spreadsheet treats it as a formula, neither on opening nor when the cell is edited or the file is saved as CSV
 * again (OWASP, "CSV Injection"). The text stays readable: {@code =HYPERLINK(...)} becomes
 * {@code '=HYPERLINK(...)}. Only text is escaped; numbers and dates are written as typed cells and cannot carry a
 * formula. A text that legitimately starts with a minus ("-5 % t.o.v. 2023") gets the apostrophe too: that is the
 * price of a rule without exceptions.
 */
public final class FormulaEscaping {

    private FormulaEscaping() {
    }

    /** Whether a spreadsheet could read the text as a formula. */
    public static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    /** The text as it may go into a cell: unchanged, or with a leading apostrophe when it is {@link #risky}. */
    public static String cell(String text) {
        return risky(text) ? "'" + text : text;
    }

    /**
     * A note as one CSV comment line ({@code # ...}): line breaks become spaces and the field separator a comma,
     * so that a spreadsheet opening the file keeps the whole note in one cell that starts with {@code #} (a
     * separator in it would start a new cell, which could begin with {@code =}).
     */
    static String commentLine(String text, char separator) {
        return text == null ? "" : text.replace('\r', ' ').replace('\n', ' ').replace(separator, ',');
    }
}
