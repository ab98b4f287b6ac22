package org.regiomonitor.monitor.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regiomonitor.monitor.Period;
import org.regiomonitor.monitor.imports.AreaCodeSystem;
import org.regiomonitor.monitor.imports.ImportProblems;
import org.regiomonitor.monitor.imports.Locator;
import org.regiomonitor.monitor.imports.RawObservation;

/**
 * Matches the figures a reader streams to indicators, areas and periods and sends them to the {@link FigureSink}.
 * What cannot be matched is a problem with its place in the file (the import is then refused), except two things
 * that carry no figure for Regiomonitor and are counted as skipped instead: a measure that no indicator uses (a CBS table
 * has hundreds; the analyst links the ones the monitor follows), and "no figure" for an area Regiomonitor does
 * not know (CBS lists every code a table ever had, mostly empty).
 */
final class ImportRun {

    /** The lookups an import needs, loaded once per import. */
    record Lookups(Map<String, Long> measures, Map<String, IndicatorRef> indicatorsByCode,
            Map<AreaCodeSystem, Map<String, Long>> areas, java.util.Set<Long> withFigures) {
    }

    record IndicatorRef(long id, boolean computed) {
    }

    private final Lookups lookups;
    private final FigureSink sink;
    private final ImportProblems problems;
    private final Map<String, Integer> files = new LinkedHashMap<>();
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Map<String, Optional<Period>> periods = new HashMap<>();
    private final java.util.Set<String> datasets = new java.util.LinkedHashSet<>();
    private final KeyPositions seen = new KeyPositions();
    private final Map<String, Long> wideKeys = new HashMap<>();
    private long read;

    private final Period from;
    private final Period to;

    /** @param from the first period to import, null for all; {@code to} the last */
    ImportRun(Lookups lookups, FigureSink sink, ImportProblems problems, Period from, Period to) {
        this.from = from;
        this.to = to;
        this.lookups = lookups;
        this.sink = sink;
        this.problems = problems;
    }

    void accept(RawObservation raw) {
        read++;
        datasets.add(raw.dataset());
        Locator at = raw.at();
        Long indicatorId = indicator(raw);
        if (indicatorId == null) {
            return;
        }
        Optional<Period> period = periods.computeIfAbsent(raw.period(), Period::parse);
        if (period.isPresent() && (from != null && period.get().start().isBefore(from.start())
                || to != null && period.get().start().isAfter(to.start()))) {
            skipped.merge("outside-period-range", 1L, Long::sum);
            return;
        }
        Long areaId = lookups.areas().getOrDefault(raw.areaSystem(), Map.of()).get(raw.areaCode());
        if (areaId == null) {
            if (raw.value() == null) {
                skipped.merge("no-figure-unknown-area", 1L, Long::sum);
            } else {
                problems.add(at, "unknown-area", "unknown area code \"%s\" (%s)".formatted(raw.areaCode(),
                        raw.areaSystem()), raw.areaCode(), raw.areaSystem().name());
            }
            return;
        }
        if (period.isEmpty()) {
            problems.add(at, "unknown-period", ("unknown period code \"%s\" (expected e.g. 2024JJ00, 2024KW01, "
                    + "2024MM01 or 2024)").formatted(raw.period()), raw.period());
            return;
        }
        java.math.BigDecimal value = raw.value() == null ? null : withoutFloatNoise(raw.value());
        if (value != null && !storable(value)) {
            problems.add(at, "out-of-range", ("value %s cannot be stored: at most %d digits before the decimal point "
                    + "and %d after it").formatted(raw.value().toString(), MAX_INTEGER_DIGITS, MAX_DECIMALS),
                    raw.value().toString());
            return;
        }
        if (raw.value() == null && raw.missing() == null) {
            problems.add(at, "no-value", "neither a figure nor a reason why there is none");
            return;
        }
        Period p = period.get();
        int fileNo = number(files, at.file());
        int columnNo = number(columns, at.column());
        long earlier = firstSeen(indicatorId, areaId, p, fileNo, at.row(), columnNo);
        if (earlier >= 0) {
            String first = List.copyOf(files.keySet()).get((int) (earlier >>> 48)) + ", row " + (earlier & 0xFFFFFFFFL);
            problems.add(at, "duplicate", "duplicate figure: the same indicator, area and period as " + first, first);
            return;
        }
        if (problems.any()) {
            return; // refused anyway: keep reading for problems, stop writing
        }
        sink.add(raw.dataset(), indicatorId, areaId, p.code(), p.start(), value, value == null ? raw.missing() : null,
                raw.provisional(), raw.note());
    }

    /**
     * The position (file, column, row packed) where this indicator, area and period was first seen, or -1 when
     * it is new. Keys are packed into a long (indicator 20 bits, area 24, period 15); larger ids take a map.
     */
    private long firstSeen(long indicatorId, long areaId, Period p, int fileNo, long row, int columnNo) {
        long position = ((long) fileNo << 48) | ((long) (columnNo & 0xFFFF) << 32) | (row & 0xFFFFFFFFL);
        int periodKey = (p.year() - 1800) * 64 + p.type().ordinal() * 16 + p.number();
        if (indicatorId < (1L << 20) && areaId < (1L << 24)) {
            return seen.putIfAbsent((indicatorId << 39) | (areaId << 15) | periodKey, position);
        }
        Long earlier = wideKeys.putIfAbsent(indicatorId + "/" + areaId + "/" + periodKey, position);
        return earlier == null ? -1 : earlier;
    }

    private Long indicator(RawObservation raw) {
        if ("template".equals(raw.dataset())) {
            IndicatorRef ref = lookups.indicatorsByCode().get(raw.measure());
            if (ref == null) {
                problems.add(raw.at(), "unknown-indicator", "unknown indicator \"%s\"".formatted(raw.measure()),
                        raw.measure());
                return null;
            }
            if (ref.computed()) {
                problems.add(raw.at(), "computed-indicator", ("indicator \"%s\" is computed from others and "
                        + "takes no figures").formatted(raw.measure()), raw.measure());
                return null;
            }
            return ref.id();
        }
        Long id = lookups.measures().get(key(raw.dataset(), raw.measure()));
        if (id == null) {
            skipped.merge("measure:" + raw.dataset() + "/" + raw.measure(), 1L, Long::sum);
        }
        return id;
    }

    /** What {@code observation.value numeric(24, 6)} holds; a larger figure is refused, never rounded. */
    static final int MAX_INTEGER_DIGITS = 18;
    static final int MAX_DECIMALS = 6;

    /**
     * A figure written from a binary float (the Data Commons extract of Eurostat writes 64,270 as
     * 64269.99999999999) is the figure it stands for: rounded to the stored decimals when that moves it by less
     * than a billionth. Any other figure is taken as it is written.
     */
    static java.math.BigDecimal withoutFloatNoise(java.math.BigDecimal value) {
        if (value.stripTrailingZeros().scale() <= MAX_DECIMALS) {
            return value;
        }
        java.math.BigDecimal rounded = value.setScale(MAX_DECIMALS, java.math.RoundingMode.HALF_UP);
        java.math.BigDecimal noise = value.abs().multiply(new java.math.BigDecimal("1e-12")).max(new java.math.BigDecimal("1e-9"));
        return rounded.subtract(value).abs().compareTo(noise) <= 0 ? rounded.stripTrailingZeros() : value;
    }

    static boolean storable(java.math.BigDecimal value) {
        java.math.BigDecimal v = value.stripTrailingZeros();
        return v.scale() <= MAX_DECIMALS && v.precision() - v.scale() <= MAX_INTEGER_DIGITS;
    }

    static String key(String dataset, String measure) {
        return dataset.toLowerCase(java.util.Locale.ROOT) + "\u0000" + measure;
    }

    private static int number(Map<String, Integer> names, String name) {
        return names.computeIfAbsent(name == null ? "" : name, n -> names.size());
    }

    long read() {
        return read;
    }

    Map<String, Long> skipped() {
        return skipped;
    }

    /** The datasets the figures came from, in the order met. */
    java.util.Set<String> datasets() {
        return datasets;
    }
}
