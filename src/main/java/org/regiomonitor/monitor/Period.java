package org.regiomonitor.monitor;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistical period: a year, half-year, quarter or month. Stored and shown with CBS's period codes
 * ({@code 2024JJ00}, {@code 2024HJ01}, {@code 2024KW01}, {@code 2024MM01}); {@link #parse} also understands the
 * forms other sources use ({@code 2024}, {@code 2024-H1}, {@code 2024-Q1}, {@code 2024Q1}, {@code 2024-01}).
 */
public record Period(Type type, int year, int number) implements Comparable<Period> {

    public enum Type {
        YEAR("JJ", 1), HALF_YEAR("HJ", 2), QUARTER("KW", 4), MONTH("MM", 12);

        private final String cbs;
        private final int perYear;

        Type(String cbs, int perYear) {
            this.cbs = cbs;
            this.perYear = perYear;
        }

        public int perYear() {
            return perYear;
        }
    }

    private static final Pattern CBS = Pattern.compile("(\\d{4})(JJ|HJ|KW|MM)(\\d{2})");
    private static final Pattern PLAIN_YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern OTHER = Pattern.compile("(\\d{4})-?([HQhq])([1-4])|(\\d{4})-(\\d{2})");

    public Period {
        if (year < 1800 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int expected = type == Type.YEAR ? 0 : 1;
        if (type == Type.YEAR ? number != 0 : number < expected || number > type.perYear) {
            throw new IllegalArgumentException("no " + type + " number " + number);
        }
    }

    public static Period year(int year) {
        return new Period(Type.YEAR, year, 0);
    }

    /** The period a code names, or empty when the code is not a period code Regiomonitor understands. */
    public static Optional<Period> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        try {
            Matcher m = CBS.matcher(c);
            if (m.matches()) {
                Type type = switch (m.group(2)) {
                    case "JJ" -> Type.YEAR;
                    case "HJ" -> Type.HALF_YEAR;
                    case "KW" -> Type.QUARTER;
                    default -> Type.MONTH;
                };
                return Optional.of(new Period(type, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))));
            }
            m = PLAIN_YEAR.matcher(c);
            if (m.matches()) {
                return Optional.of(year(Integer.parseInt(c)));
            }
            m = OTHER.matcher(c);
            if (m.matches()) {
                if (m.group(1) != null) {
                    Type type = Character.toUpperCase(m.group(2).charAt(0)) == 'H' ? Type.HALF_YEAR : Type.QUARTER;
                    return Optional.of(new Period(type, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))));
                }
                return Optional.of(new Period(Type.MONTH, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The CBS code: {@code 2024JJ00}, {@code 2024HJ02}, {@code 2024KW03}, {@code 2024MM11}. */
    public String code() {
        return "%d%s%02d".formatted(year, type.cbs, number);
    }

    /** A short label for axes and tables, the same in every language: 2024, 2024-H1, 2024-Q3, 2024-11. */
    public String label() {
        return switch (type) {
            case YEAR -> Integer.toString(year);
            case HALF_YEAR -> year + "-H" + number;
            case QUARTER -> year + "-Q" + number;
            case MONTH -> "%d-%02d".formatted(year, number);
        };
    }

    /** The first day of the period. */
    public LocalDate start() {
        int months = type == Type.YEAR ? 0 : (number - 1) * (12 / type.perYear);
        return LocalDate.of(year, 1 + months, 1);
    }

    /** The day after the period. */
    public LocalDate end() {
        return switch (type) {
            case YEAR -> start().plusYears(1);
            case HALF_YEAR -> start().plusMonths(6);
            case QUARTER -> start().plusMonths(3);
            case MONTH -> start().plusMonths(1);
        };
    }

    /** Years as decimal numbers (mid-period), for trends over periods of one type. */
    public double midYear() {
        return year + (type == Type.YEAR ? 0.5 : (number - 0.5) / type.perYear);
    }

    @Override
    public int compareTo(Period o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : Integer.compare(type.perYear, o.type.perYear);
    }

    @Override
    public String toString() {
        return code();
    }
}
