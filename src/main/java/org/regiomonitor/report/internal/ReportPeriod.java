package org.regiomonitor.report.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A report's period: a calendar year ({@code 2024}) or a half of one ({@code 2024-H1}). */
public record ReportPeriod(int year, Integer half) {

    static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-H([12]))?");

    public static ReportPeriod parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a report period: " + text);
        }
        return new ReportPeriod(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2)));
    }

    public static boolean valid(String text) {
        return text != null && FORMAT.matcher(text.strip()).matches();
    }

    public LocalDate start() {
        return LocalDate.of(year, half == null || half == 1 ? 1 : 7, 1);
    }

    public LocalDate end() {
        return half != null && half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** The message key of its name: {@code report.period.year}, {@code report.period.H1}, {@code report.period.H2}. */
    public String messageKey() {
        return half == null ? "report.period.year" : "report.period.H" + half;
    }

    /** The year as text (a message argument would get a thousands separator). */
    public String yearText() {
        return Integer.toString(year);
    }

    public String code() {
        return half == null ? Integer.toString(year) : year + "-H" + half;
    }
}
