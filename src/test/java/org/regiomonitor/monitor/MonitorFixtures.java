package org.regiomonitor.monitor;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR_MEASURE;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.monitor.imports.AreaCodeSystem;
import org.regiomonitor.monitor.imports.ImportFiles;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.regiomonitor.monitor.imports.ImportProblems;
import org.regiomonitor.monitor.imports.Locator;
import org.regiomonitor.monitor.imports.ObservationReader;
import org.regiomonitor.monitor.imports.RawObservation;

/** Unique test areas and indicators for monitor tests, and a reader that streams a list of figures. */
final class MonitorFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext dsl;

    MonitorFixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "X" + SEQUENCE.incrementAndGet();
    }

    long area(String code, AreaKind kind) {
        return dsl.insertInto(AREA).set(AREA.CODE, code).set(AREA.NAME, "Test " + code).set(AREA.KIND, kind)
                .returning(AREA.ID).fetchOne(AREA.ID);
    }

    void member(long parent, long member) {
        dsl.insertInto(AREA_MEMBERSHIP).set(AREA_MEMBERSHIP.PARENT_ID, parent).set(AREA_MEMBERSHIP.MEMBER_ID, member)
                .execute();
    }

    /** An observed indicator fed by (dataset, code) measure. */
    long indicator(String code, Aggregation aggregation, Direction direction, String unit, Long weight,
            String dataset) {
        long id = dsl.insertInto(MONITOR_INDICATOR)
                .set(MONITOR_INDICATOR.CODE, code)
                .set(MONITOR_INDICATOR.NAME_NL, "Test " + code)
                .set(MONITOR_INDICATOR.UNIT, unit)
                .set(MONITOR_INDICATOR.DIRECTION, direction)
                .set(MONITOR_INDICATOR.AGGREGATION, aggregation)
                .set(MONITOR_INDICATOR.WEIGHT_INDICATOR_ID, weight)
                .set(MONITOR_INDICATOR.TOLERANCE_PERCENT, new BigDecimal("0.5"))
                .returning(MONITOR_INDICATOR.ID).fetchOne(MONITOR_INDICATOR.ID);
        dsl.insertInto(MONITOR_INDICATOR_MEASURE).set(MONITOR_INDICATOR_MEASURE.INDICATOR_ID, id)
                .set(MONITOR_INDICATOR_MEASURE.DATASET, dataset).set(MONITOR_INDICATOR_MEASURE.MEASURE, code)
                .execute();
        return id;
    }

    long ratio(String code, long numerator, long denominator, BigDecimal factor) {
        return dsl.insertInto(MONITOR_INDICATOR)
                .set(MONITOR_INDICATOR.CODE, code)
                .set(MONITOR_INDICATOR.NAME_NL, "Test " + code)
                .set(MONITOR_INDICATOR.UNIT, "per 1.000")
                .set(MONITOR_INDICATOR.DIRECTION, Direction.NEUTRAL)
                .set(MONITOR_INDICATOR.AGGREGATION, Aggregation.NONE)
                .set(MONITOR_INDICATOR.FORMULA, Formula.RATIO)
                .set(MONITOR_INDICATOR.NUMERATOR_ID, numerator)
                .set(MONITOR_INDICATOR.DENOMINATOR_ID, denominator)
                .set(MONITOR_INDICATOR.FACTOR, factor)
                .returning(MONITOR_INDICATOR.ID).fetchOne(MONITOR_INDICATOR.ID);
    }

    /** Figures of a test file: measure, area code, period, value (null: "no figure"). */
    static final class Rows {
        final String dataset;
        final List<RawObservation> rows = new ArrayList<>();

        Rows(String dataset) {
            this.dataset = dataset;
        }

        Rows add(String measure, String area, String period, String value) {
            rows.add(new RawObservation(dataset, measure, AreaCodeSystem.CBS, area, period,
                    value == null ? null : new BigDecimal(value), false, value == null ? "Impossible" : null,
                    new Locator("test.csv", rows.size() + 2, "value")));
            return this;
        }

        ImportRequest request() {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("test.csv", rows.toString().getBytes());
            return new ImportRequest(ImportFormat.CBS_STATLINE_CSV, new ImportFiles() {
                @Override
                public String label() {
                    return "test.csv";
                }

                @Override
                public List<String> names() {
                    return List.copyOf(files.keySet());
                }

                @Override
                public InputStream open(String name) {
                    return new ByteArrayInputStream(files.get(name));
                }
            }, null, Map.of());
        }

        ObservationReader reader() {
            List<RawObservation> copy = List.copyOf(rows);
            return new ObservationReader() {
                @Override
                public ImportFormat format() {
                    return ImportFormat.CBS_STATLINE_CSV;
                }

                @Override
                public void read(ImportFiles files, Consumer<RawObservation> sink, ImportProblems problems) {
                    copy.forEach(sink);
                }
            };
        }
    }
}
