package org.regiomonitor.monitor.internal;

import static org.regiomonitor.db.Tables.INDICATOR_SET;
import static org.regiomonitor.db.Tables.INDICATOR_SET_ITEM;
import static org.regiomonitor.db.Tables.MONITOR_BASELINE;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR_MEASURE;
import static org.regiomonitor.db.Tables.MONITOR_TARGET;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.STATED_OBSERVATION;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.monitor.Aggregation;
import org.regiomonitor.monitor.Direction;
import org.regiomonitor.monitor.Formula;
import org.regiomonitor.monitor.Period;
import org.regiomonitor.monitor.TargetView;
import org.regiomonitor.shared.ValueQualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitor's shipped catalogue ({@code referencedata/monitor/catalogue.json}): indicators with the dataset
 * measures that feed them, indicator sets, the figures the documents state, baselines and targets, each with its
 * source. Loaded once into an empty monitor, in the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class MonitorCatalogue {

    public static final String FILE = "referencedata/monitor/catalogue.json";

    record Catalogue(String description, List<IndicatorRow> indicators, List<SetRow> sets, List<StatedRow> stated,
            List<BaselineRow> baselines, List<TargetRow> targets) {
    }

    record IndicatorRow(String code, String nameNl, String nameEn, String nameDe, String definition, String unit,
            int decimals, String direction, String aggregation, String weight, BigDecimal tolerancePercent,
            String source, String sourceLocator, List<List<String>> measures, String formula, String numerator,
            String denominator, BigDecimal factor, String basePeriod) {
    }

    record SetRow(String code, String nameNl, String nameEn, String nameDe, String description, String source,
            String sourceLocator, List<String> indicators) {
    }

    record StatedRow(String indicator, String area, String period, BigDecimal value, String qualifier, String source,
            String sourceLocator) {
    }

    record BaselineRow(String indicator, String area, String period) {
    }

    record TargetRow(String indicator, String area, int year, String kind, BigDecimal value, String qualifier,
            String referenceArea, String source, String sourceLocator) {
    }

    private final DSLContext dsl;
    private final DatasetSources datasetSources;
    private final Areas areas;

    MonitorCatalogue(DSLContext dsl, DatasetSources datasetSources, Areas areas) {
        this.dsl = dsl;
        this.datasetSources = datasetSources;
        this.areas = areas;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean isLoaded() {
        return dsl.fetchExists(MONITOR_INDICATOR);
    }

    /** Loads the catalogue; returns the number of indicators. */
    public int load() {
        Catalogue c = read();
        Map<String, Long> ids = new HashMap<>();
        for (IndicatorRow i : c.indicators()) {
            ids.put(i.code(), dsl.insertInto(MONITOR_INDICATOR)
                    .set(MONITOR_INDICATOR.CODE, i.code())
                    .set(MONITOR_INDICATOR.NAME_NL, i.nameNl())
                    .set(MONITOR_INDICATOR.NAME_EN, i.nameEn())
                    .set(MONITOR_INDICATOR.NAME_DE, i.nameDe())
                    .set(MONITOR_INDICATOR.DEFINITION, i.definition())
                    .set(MONITOR_INDICATOR.UNIT, i.unit())
                    .set(MONITOR_INDICATOR.DECIMALS, i.decimals())
                    .set(MONITOR_INDICATOR.DIRECTION, Direction.valueOf(i.direction()))
                    .set(MONITOR_INDICATOR.AGGREGATION, Aggregation.valueOf(i.aggregation()))
                    .set(MONITOR_INDICATOR.WEIGHT_INDICATOR_ID, i.weight() == null ? null : ids.get(i.weight()))
                    .set(MONITOR_INDICATOR.FORMULA, i.formula() == null ? null : Formula.valueOf(i.formula()))
                    .set(MONITOR_INDICATOR.NUMERATOR_ID, i.numerator() == null ? null : ids.get(i.numerator()))
                    .set(MONITOR_INDICATOR.DENOMINATOR_ID, i.denominator() == null ? null : ids.get(i.denominator()))
                    .set(MONITOR_INDICATOR.FACTOR, i.factor())
                    .set(MONITOR_INDICATOR.BASE_PERIOD, i.basePeriod())
                    .set(MONITOR_INDICATOR.TOLERANCE_PERCENT, i.tolerancePercent())
                    .set(MONITOR_INDICATOR.SOURCE_ID, i.source() == null ? null : source(i.source()))
                    .set(MONITOR_INDICATOR.SOURCE_LOCATOR, i.sourceLocator())
                    .returning(MONITOR_INDICATOR.ID)
                    .fetchOne(MONITOR_INDICATOR.ID));
            for (List<String> m : i.measures() == null ? List.<List<String>>of() : i.measures()) {
                dsl.insertInto(MONITOR_INDICATOR_MEASURE)
                        .set(MONITOR_INDICATOR_MEASURE.INDICATOR_ID, ids.get(i.code()))
                        .set(MONITOR_INDICATOR_MEASURE.DATASET, m.get(0).toLowerCase(java.util.Locale.ROOT))
                        .set(MONITOR_INDICATOR_MEASURE.MEASURE, m.get(1))
                        .execute();
            }
        }
        for (SetRow s : c.sets()) {
            long setId = dsl.insertInto(INDICATOR_SET)
                    .set(INDICATOR_SET.CODE, s.code())
                    .set(INDICATOR_SET.NAME_NL, s.nameNl())
                    .set(INDICATOR_SET.NAME_EN, s.nameEn())
                    .set(INDICATOR_SET.NAME_DE, s.nameDe())
                    .set(INDICATOR_SET.DESCRIPTION, s.description())
                    .set(INDICATOR_SET.SOURCE_ID, s.source() == null ? null : source(s.source()))
                    .set(INDICATOR_SET.SOURCE_LOCATOR, s.sourceLocator())
                    .returning(INDICATOR_SET.ID)
                    .fetchOne(INDICATOR_SET.ID);
            int position = 0;
            for (String code : s.indicators()) {
                dsl.insertInto(INDICATOR_SET_ITEM)
                        .set(INDICATOR_SET_ITEM.SET_ID, setId)
                        .set(INDICATOR_SET_ITEM.INDICATOR_ID, required(ids, code))
                        .set(INDICATOR_SET_ITEM.POSITION, position++)
                        .execute();
            }
        }
        for (StatedRow s : c.stated()) {
            dsl.insertInto(STATED_OBSERVATION)
                    .set(STATED_OBSERVATION.INDICATOR_ID, required(ids, s.indicator()))
                    .set(STATED_OBSERVATION.AREA_ID, area(s.area()))
                    .set(STATED_OBSERVATION.PERIOD, period(s.period()))
                    .set(STATED_OBSERVATION.VALUE, s.value())
                    .set(STATED_OBSERVATION.QUALIFIER, ValueQualifier.valueOf(s.qualifier()))
                    .set(STATED_OBSERVATION.SOURCE_ID, source(s.source()))
                    .set(STATED_OBSERVATION.SOURCE_LOCATOR, s.sourceLocator())
                    .execute();
        }
        for (BaselineRow b : c.baselines()) {
            dsl.insertInto(MONITOR_BASELINE)
                    .set(MONITOR_BASELINE.INDICATOR_ID, required(ids, b.indicator()))
                    .set(MONITOR_BASELINE.AREA_ID, area(b.area()))
                    .set(MONITOR_BASELINE.PERIOD, period(b.period()))
                    .execute();
        }
        for (TargetRow t : c.targets()) {
            dsl.insertInto(MONITOR_TARGET)
                    .set(MONITOR_TARGET.INDICATOR_ID, required(ids, t.indicator()))
                    .set(MONITOR_TARGET.AREA_ID, area(t.area()))
                    .set(MONITOR_TARGET.TARGET_YEAR, t.year())
                    .set(MONITOR_TARGET.KIND, TargetView.Kind.valueOf(t.kind()))
                    .set(MONITOR_TARGET.VALUE, t.value())
                    .set(MONITOR_TARGET.QUALIFIER, ValueQualifier.valueOf(t.qualifier()))
                    .set(MONITOR_TARGET.REFERENCE_AREA_ID, t.referenceArea() == null ? null : area(t.referenceArea()))
                    .set(MONITOR_TARGET.SOURCE_ID, source(t.source()))
                    .set(MONITOR_TARGET.SOURCE_LOCATOR, t.sourceLocator())
                    .execute();
        }
        return ids.size();
    }

    private static long required(Map<String, Long> ids, String code) {
        Long id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException(FILE + ": unknown indicator " + code);
        }
        return id;
    }

    private long area(String code) {
        return areas.find(code).map(AreaSummary::id)
                .orElseThrow(() -> new IllegalStateException(FILE + ": unknown area " + code));
    }

    private static String period(String code) {
        return Period.parse(code).orElseThrow(() -> new IllegalStateException(FILE + ": bad period " + code)).code();
    }

    /** A source by code: a document of the reference data, or a statistics office's dataset (made when missing). */
    private long source(String code) {
        Long id = dsl.select(SOURCE.ID).from(SOURCE).where(SOURCE.CODE.eq(code)).fetchOne(SOURCE.ID);
        return id != null ? id : datasetSources.idOfCode(code);
    }

    static Catalogue read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
