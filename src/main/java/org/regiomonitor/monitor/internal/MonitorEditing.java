package org.regiomonitor.monitor.internal;

import static org.regiomonitor.db.Tables.INDICATOR_SET;
import static org.regiomonitor.db.Tables.INDICATOR_SET_ITEM;
import static org.regiomonitor.db.Tables.MONITOR_BASELINE;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR_MEASURE;
import static org.regiomonitor.db.Tables.MONITOR_TARGET;
import static org.regiomonitor.db.Tables.OBSERVATION;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.STATED_OBSERVATION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.monitor.Aggregation;
import org.regiomonitor.monitor.Formula;
import org.regiomonitor.monitor.MonitorIndicator;
import org.regiomonitor.monitor.Period;
import org.regiomonitor.monitor.TargetView;
import org.regiomonitor.npvr.NpvrIndicatorLinks;
import org.regiomonitor.shared.InputRules;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.ValueQualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Analysts' edits of the monitor's definitions: indicators (with their measures and formulas), indicator sets,
 * baselines, targets and stated figures. Every write checks everything first and writes nothing when anything is
 * wrong (one list of field errors), refuses a stale version, and runs in one read-write transaction so that the
 * audit triggers record the user. Rights are checked by the callers ({@code AccessPolicy.canMaintainMonitor}).
 * Computed figures follow on the next read: {@code MonitorFigures} computes them from the stored definitions.
 */
@Service
public class MonitorEditing {

    /** Codes of indicators and sets: letters, digits, dot, dash, underscore (they appear in URLs and files). */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** The address of the "new" forms ({@code /monitor/indicators/new}), so no code. */
    static final String RESERVED = "new";
    /** Target years accepted: from the oldest series to a long-term ambition. */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    /** A stated figure as its form edits it. */
    public record StatedEdit(long id, String area, String areaName, String period, BigDecimal value,
            ValueQualifier qualifier, String source, String sourceTitle, String sourceLocator, String note,
            int version) {
    }

    /** A baseline as its form edits it. */
    public record BaselineEdit(String area, String areaName, String period, int version) {
    }

    /** A target as its form edits it. */
    public record TargetEdit(long id, String area, String areaName, int year, TargetView.Kind kind, BigDecimal value,
            ValueQualifier qualifier, String referenceArea, String source, String sourceTitle, String sourceLocator,
            int version) {
    }

    /** A set as its form edits it: the indicator codes in order. */
    public record SetEdit(long id, String code, String nameNl, String nameEn, String nameDe, String description,
            String source, String sourceLocator, List<String> indicators, int version) {
    }

    private final DSLContext dsl;
    private final InputRules rules;
    private final IndicatorQueries indicators;
    private final ObservationQueries observations;
    private final Areas areas;
    private final NpvrIndicatorLinks npvr;

    MonitorEditing(DSLContext dsl, InputRules rules, IndicatorQueries indicators, ObservationQueries observations,
            Areas areas, NpvrIndicatorLinks npvr) {
        this.dsl = dsl;
        this.rules = rules;
        this.indicators = indicators;
        this.observations = observations;
        this.areas = areas;
        this.npvr = npvr;
    }

    // ---------------------------------------------------------------- reads for the forms

    @Transactional(readOnly = true)
    public MonitorIndicator indicator(String code) {
        return indicators.byCode(code).orElseThrow(() -> new NotFoundException("indicator", code));
    }

    @Transactional(readOnly = true)
    public List<ObservationQueries.MeasureRow> measures(long indicatorId) {
        return observations.measures(List.of(indicatorId)).getOrDefault(indicatorId, List.of());
    }

    @Transactional(readOnly = true)
    public List<TargetEdit> targets(long indicatorId) {
        return dsl.select(MONITOR_TARGET.ID, AreaSql.code(MONITOR_TARGET.AREA_ID), AreaSql.name(MONITOR_TARGET.AREA_ID),
                        MONITOR_TARGET.TARGET_YEAR, MONITOR_TARGET.KIND, MONITOR_TARGET.VALUE, MONITOR_TARGET.QUALIFIER,
                        AreaSql.code(MONITOR_TARGET.REFERENCE_AREA_ID), SOURCE.CODE, SOURCE.TITLE,
                        MONITOR_TARGET.SOURCE_LOCATOR, MONITOR_TARGET.VERSION)
                .from(MONITOR_TARGET)
                .leftJoin(SOURCE).on(SOURCE.ID.eq(MONITOR_TARGET.SOURCE_ID))
                .where(MONITOR_TARGET.INDICATOR_ID.eq(indicatorId))
                .orderBy(MONITOR_TARGET.TARGET_YEAR, MONITOR_TARGET.ID)
                .fetch(r -> new TargetEdit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
    }

    @Transactional(readOnly = true)
    public TargetEdit target(long indicatorId, long targetId) {
        return targets(indicatorId).stream().filter(t -> t.id() == targetId).findFirst()
                .orElseThrow(() -> new NotFoundException("monitor_target", String.valueOf(targetId)));
    }

    @Transactional(readOnly = true)
    public List<StatedEdit> stated(long indicatorId) {
        return dsl.select(STATED_OBSERVATION.ID, AreaSql.code(STATED_OBSERVATION.AREA_ID),
                        AreaSql.name(STATED_OBSERVATION.AREA_ID), STATED_OBSERVATION.PERIOD, STATED_OBSERVATION.VALUE,
                        STATED_OBSERVATION.QUALIFIER, SOURCE.CODE, SOURCE.TITLE, STATED_OBSERVATION.SOURCE_LOCATOR,
                        STATED_OBSERVATION.NOTE, STATED_OBSERVATION.VERSION)
                .from(STATED_OBSERVATION)
                .join(SOURCE).on(SOURCE.ID.eq(STATED_OBSERVATION.SOURCE_ID))
                .where(STATED_OBSERVATION.INDICATOR_ID.eq(indicatorId))
                .orderBy(STATED_OBSERVATION.PERIOD, STATED_OBSERVATION.ID)
                .fetch(r -> new StatedEdit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    @Transactional(readOnly = true)
    public StatedEdit statedFigure(long indicatorId, long statedId) {
        return stated(indicatorId).stream().filter(s -> s.id() == statedId).findFirst()
                .orElseThrow(() -> new NotFoundException("stated_observation", String.valueOf(statedId)));
    }

    @Transactional(readOnly = true)
    public List<BaselineEdit> baselines(long indicatorId) {
        return dsl.select(AreaSql.code(MONITOR_BASELINE.AREA_ID), AreaSql.name(MONITOR_BASELINE.AREA_ID),
                        MONITOR_BASELINE.PERIOD, MONITOR_BASELINE.VERSION)
                .from(MONITOR_BASELINE)
                .where(MONITOR_BASELINE.INDICATOR_ID.eq(indicatorId))
                .orderBy(AreaSql.name(MONITOR_BASELINE.AREA_ID))
                .fetch(r -> new BaselineEdit(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Every set with its indicator codes in order: two queries. */
    @Transactional(readOnly = true)
    public List<SetEdit> sets() {
        Map<Long, List<String>> items = new HashMap<>();
        dsl.select(INDICATOR_SET_ITEM.SET_ID, MONITOR_INDICATOR.CODE).from(INDICATOR_SET_ITEM)
                .join(MONITOR_INDICATOR).on(MONITOR_INDICATOR.ID.eq(INDICATOR_SET_ITEM.INDICATOR_ID))
                .orderBy(INDICATOR_SET_ITEM.SET_ID, INDICATOR_SET_ITEM.POSITION)
                .forEach(r -> items.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return dsl.select(INDICATOR_SET.ID, INDICATOR_SET.CODE, INDICATOR_SET.NAME_NL, INDICATOR_SET.NAME_EN,
                        INDICATOR_SET.NAME_DE, INDICATOR_SET.DESCRIPTION, SOURCE.CODE, INDICATOR_SET.SOURCE_LOCATOR,
                        INDICATOR_SET.VERSION)
                .from(INDICATOR_SET)
                .leftJoin(SOURCE).on(SOURCE.ID.eq(INDICATOR_SET.SOURCE_ID))
                .orderBy(INDICATOR_SET.ID)
                .fetch(r -> new SetEdit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), items.getOrDefault(r.value1(), List.of()), r.value9()));
    }

    @Transactional(readOnly = true)
    public Optional<SetEdit> set(String code) {
        return dsl.select(INDICATOR_SET.ID, INDICATOR_SET.CODE, INDICATOR_SET.NAME_NL, INDICATOR_SET.NAME_EN,
                        INDICATOR_SET.NAME_DE, INDICATOR_SET.DESCRIPTION, SOURCE.CODE, INDICATOR_SET.SOURCE_LOCATOR,
                        INDICATOR_SET.VERSION)
                .from(INDICATOR_SET)
                .leftJoin(SOURCE).on(SOURCE.ID.eq(INDICATOR_SET.SOURCE_ID))
                .where(INDICATOR_SET.CODE.eq(code))
                .fetchOptional(r -> new SetEdit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), dsl.select(MONITOR_INDICATOR.CODE).from(INDICATOR_SET_ITEM)
                                .join(MONITOR_INDICATOR).on(MONITOR_INDICATOR.ID.eq(INDICATOR_SET_ITEM.INDICATOR_ID))
                                .where(INDICATOR_SET_ITEM.SET_ID.eq(r.value1()))
                                .orderBy(INDICATOR_SET_ITEM.POSITION).fetch(MONITOR_INDICATOR.CODE),
                        r.value9()));
    }

    // ---------------------------------------------------------------- indicators

    /** The violations of an indicator (existing: its id; new: null), field by field. */
    @Transactional(readOnly = true)
    public List<Violation> checkIndicator(MonitorIndicator existing, IndicatorInput in) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        String code = Text.strip(in.code());
        if (existing == null) {
            if (!Text.isBlank(code) && !InputRules.hasViolation(out, "code")) {
                if (!CODE.matcher(code).matches() || RESERVED.equalsIgnoreCase(code)) {
                    out.add(new Violation("code", "monitor.edit.codeFormat"));
                } else if (dsl.fetchExists(MONITOR_INDICATOR, MONITOR_INDICATOR.CODE.equalIgnoreCase(code))) {
                    out.add(new Violation("code", "monitor.edit.codeTaken", code));
                }
            }
        } else if (code != null && !code.equals(existing.code())) {
            // tasks, files and links name an indicator by its code: it stays what it was created with
            out.add(new Violation("code", "monitor.edit.codeFixed", existing.code()));
        }
        Map<String, MonitorIndicator> byCode = new HashMap<>();
        indicators.all().forEach(i -> byCode.put(i.code(), i));
        String self = existing != null ? existing.code() : code;
        String weight = Text.blankToNull(Text.strip(in.weight()));
        if (in.aggregation() == Aggregation.WEIGHTED_MEAN) {
            if (weight == null) {
                out.add(new Violation("weight", "monitor.edit.weightRequired"));
            } else if (weight.equals(self)) {
                out.add(new Violation("weight", "monitor.edit.weightSelf"));
            } else if (!byCode.containsKey(weight)) {
                out.add(new Violation("weight", "monitor.edit.unknownIndicator", weight));
            } else if (byCode.get(weight).aggregation() == Aggregation.NONE || byCode.get(weight).computed()) {
                out.add(new Violation("weight", "monitor.edit.weightNotAggregable", weight));
            }
        } else if (weight != null) {
            out.add(new Violation("weight", "monitor.edit.weightOnlyForWeightedMean"));
        }
        String numerator = Text.blankToNull(Text.strip(in.numerator()));
        String denominator = Text.blankToNull(Text.strip(in.denominator()));
        String basePeriod = Text.blankToNull(Text.strip(in.basePeriod()));
        if (in.formula() == null) {
            if (numerator != null) {
                out.add(new Violation("numerator", "monitor.edit.onlyForFormula"));
            }
            if (denominator != null) {
                out.add(new Violation("denominator", "monitor.edit.onlyForFormula"));
            }
            if (in.factor() != null) {
                out.add(new Violation("factor", "monitor.edit.onlyForFormula"));
            }
            if (basePeriod != null) {
                out.add(new Violation("basePeriod", "monitor.edit.onlyForFormula"));
            }
        } else {
            inputOf("numerator", numerator, byCode, out);
            if (in.formula() == Formula.RATIO) {
                inputOf("denominator", denominator, byCode, out);
                if (basePeriod != null) {
                    out.add(new Violation("basePeriod", "monitor.edit.onlyForChangeSince"));
                }
            } else {
                if (denominator != null) {
                    out.add(new Violation("denominator", "monitor.edit.onlyForRatio"));
                }
                if (basePeriod == null) {
                    out.add(new Violation("basePeriod", "monitor.edit.required"));
                } else if (!InputRules.hasViolation(out, "basePeriod") && Period.parse(basePeriod).isEmpty()) {
                    out.add(new Violation("basePeriod", "monitor.edit.periodFormat", basePeriod));
                }
            }
            if (in.factor() == null) {
                out.add(new Violation("factor", "monitor.edit.required"));
            } else if (in.factor().signum() == 0) {
                out.add(new Violation("factor", "monitor.edit.factorZero"));
            } else if (in.factor().abs().compareTo(new BigDecimal("999999999999")) > 0 || in.factor().scale() > 6) {
                out.add(new Violation("factor", "monitor.edit.factorRange"));
            }
        }
        // a cycle through formulas and weights would make its figures undefined
        if (self != null && !InputRules.hasViolation(out, "numerator") && !InputRules.hasViolation(out, "denominator")
                && !InputRules.hasViolation(out, "weight")) {
            List<String> edges = new ArrayList<>();
            for (String s : new String[] {numerator, denominator, weight}) {
                if (s != null) {
                    edges.add(s);
                }
            }
            if (cycle(self, edges, byCode)) {
                out.add(new Violation(in.formula() != null ? "numerator" : "weight", "monitor.edit.cycle", self));
            }
        }
        List<IndicatorInput.Measure> measures = in.measures() == null ? List.of() : in.measures();
        if (in.formula() != null && !measures.isEmpty()) {
            out.add(new Violation("measures", "monitor.edit.measuresOnlyObserved"));
        }
        if (!InputRules.hasViolation(out, "measures")) {
            Set<String> seen = new HashSet<>();
            for (IndicatorInput.Measure m : measures) {
                String dataset = dataset(m.dataset());
                String measure = Text.strip(m.measure());
                if (dataset == null || measure == null) {
                    continue; // bean validation said it
                }
                if (!seen.add(dataset + "\u0000" + measure)) {
                    out.add(new Violation("measures", "monitor.edit.measureTwice", dataset, measure));
                    break;
                }
                String owner = dsl.select(MONITOR_INDICATOR.CODE).from(MONITOR_INDICATOR_MEASURE)
                        .join(MONITOR_INDICATOR).on(MONITOR_INDICATOR.ID.eq(MONITOR_INDICATOR_MEASURE.INDICATOR_ID))
                        .where(MONITOR_INDICATOR_MEASURE.DATASET.eq(dataset),
                                MONITOR_INDICATOR_MEASURE.MEASURE.eq(measure))
                        .fetchOne(MONITOR_INDICATOR.CODE);
                if (owner != null && !owner.equals(self)) {
                    out.add(new Violation("measures", "monitor.edit.measureTaken", dataset, measure, owner));
                    break;
                }
            }
        }
        checkSource(in.source(), out);
        if (existing != null) {
            if (in.version() == null) {
                out.add(new Violation("version", "monitor.edit.required"));
            }
            if (in.formula() != null && !existing.computed()
                    && dsl.fetchExists(OBSERVATION, OBSERVATION.INDICATOR_ID.eq(existing.id()))) {
                out.add(new Violation("formula", "monitor.edit.observedHasFigures"));
            }
            if (in.aggregation() == Aggregation.NONE || in.formula() != null) {
                List<String> weighted = byCode.values().stream().filter(i -> existing.code().equals(i.weightCode()))
                        .map(MonitorIndicator::code).sorted().toList();
                if (!weighted.isEmpty()) {
                    out.add(new Violation(in.formula() != null ? "formula" : "aggregation", "monitor.edit.usedAsWeight",
                            String.join(", ", weighted)));
                }
            }
        } else if (in.version() != null) {
            out.add(new Violation("version", "error.input.notChangeable", "version"));
        }
        return out;
    }

    private static void inputOf(String field, String code, Map<String, MonitorIndicator> byCode, List<Violation> out) {
        if (code == null) {
            out.add(new Violation(field, "monitor.edit.required"));
        } else if (!byCode.containsKey(code)) {
            out.add(new Violation(field, "monitor.edit.unknownIndicator", code));
        }
    }

    /** Whether following the new inputs of {@code self} and the stored inputs of the others leads back to it. */
    static boolean cycle(String self, List<String> inputs, Map<String, MonitorIndicator> byCode) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(inputs);
        while (!todo.isEmpty()) {
            String c = todo.removeLast();
            if (c.equals(self)) {
                return true;
            }
            MonitorIndicator i = byCode.get(c);
            if (i == null || !seen.add(c)) {
                continue;
            }
            for (String next : new String[] {i.numeratorCode(), i.denominatorCode(), i.weightCode()}) {
                if (next != null) {
                    todo.add(next);
                }
            }
        }
        return false;
    }

    @Transactional
    public MonitorIndicator createIndicator(IndicatorInput in) {
        InputRules.throwIfAny(checkIndicator(null, in));
        String code = Text.strip(in.code());
        long id = dsl.insertInto(MONITOR_INDICATOR)
                .set(MONITOR_INDICATOR.CODE, code)
                .set(indicatorFields(in))
                .returning(MONITOR_INDICATOR.ID).fetchOne(MONITOR_INDICATOR.ID);
        writeMeasures(id, in);
        return indicator(code);
    }

    @Transactional
    public MonitorIndicator updateIndicator(String code, IndicatorInput in) {
        MonitorIndicator existing = indicator(code);
        InputRules.throwIfAny(checkIndicator(existing, in));
        StaleEditException.unlessChanged(dsl.update(MONITOR_INDICATOR)
                .set(indicatorFields(in))
                .set(MONITOR_INDICATOR.VERSION, MONITOR_INDICATOR.VERSION.plus(1))
                .where(MONITOR_INDICATOR.ID.eq(existing.id()), MONITOR_INDICATOR.VERSION.eq(in.version()))
                .execute(), "monitor_indicator", existing.id());
        writeMeasures(existing.id(), in);
        return indicator(code);
    }

    private Map<org.jooq.Field<?>, Object> indicatorFields(IndicatorInput in) {
        Map<org.jooq.Field<?>, Object> f = new HashMap<>();
        f.put(MONITOR_INDICATOR.NAME_NL, Text.strip(in.nameNl()));
        f.put(MONITOR_INDICATOR.NAME_EN, Text.blankToNull(Text.strip(in.nameEn())));
        f.put(MONITOR_INDICATOR.NAME_DE, Text.blankToNull(Text.strip(in.nameDe())));
        f.put(MONITOR_INDICATOR.DEFINITION, Text.blankToNull(Text.strip(in.definition())));
        f.put(MONITOR_INDICATOR.UNIT, Text.strip(in.unit()));
        f.put(MONITOR_INDICATOR.DECIMALS, in.decimals());
        f.put(MONITOR_INDICATOR.DIRECTION, in.direction());
        f.put(MONITOR_INDICATOR.AGGREGATION, in.aggregation());
        f.put(MONITOR_INDICATOR.WEIGHT_INDICATOR_ID, idOf(in.weight()));
        f.put(MONITOR_INDICATOR.FORMULA, in.formula());
        f.put(MONITOR_INDICATOR.NUMERATOR_ID, idOf(in.numerator()));
        f.put(MONITOR_INDICATOR.DENOMINATOR_ID, idOf(in.denominator()));
        f.put(MONITOR_INDICATOR.FACTOR, in.factor());
        String base = Text.blankToNull(Text.strip(in.basePeriod()));
        f.put(MONITOR_INDICATOR.BASE_PERIOD, base == null ? null : Period.parse(base).orElseThrow().code());
        f.put(MONITOR_INDICATOR.TOLERANCE_PERCENT, in.tolerancePercent() == null ? BigDecimal.ZERO : in.tolerancePercent());
        f.put(MONITOR_INDICATOR.SOURCE_ID, sourceId(in.source()));
        f.put(MONITOR_INDICATOR.SOURCE_LOCATOR, Text.blankToNull(Text.strip(in.sourceLocator())));
        return f;
    }

    /** Replaces the measures with those sent; unchanged ones stay (no audit noise). */
    private void writeMeasures(long id, IndicatorInput in) {
        Set<List<String>> wanted = new LinkedHashSet<>();
        for (IndicatorInput.Measure m : in.measures() == null ? List.<IndicatorInput.Measure>of() : in.measures()) {
            wanted.add(List.of(dataset(m.dataset()), Text.strip(m.measure())));
        }
        for (ObservationQueries.MeasureRow m : measures(id)) {
            if (!wanted.remove(List.of(m.dataset(), m.measure()))) {
                dsl.deleteFrom(MONITOR_INDICATOR_MEASURE).where(MONITOR_INDICATOR_MEASURE.INDICATOR_ID.eq(id),
                        MONITOR_INDICATOR_MEASURE.DATASET.eq(m.dataset()),
                        MONITOR_INDICATOR_MEASURE.MEASURE.eq(m.measure())).execute();
            }
        }
        for (List<String> m : wanted) {
            dsl.insertInto(MONITOR_INDICATOR_MEASURE).set(MONITOR_INDICATOR_MEASURE.INDICATOR_ID, id)
                    .set(MONITOR_INDICATOR_MEASURE.DATASET, m.get(0)).set(MONITOR_INDICATOR_MEASURE.MEASURE, m.get(1))
                    .execute();
        }
    }

    /** Why an indicator cannot be removed (empty: it can): figures, other indicators, sets and NPVR tasks use it. */
    @Transactional(readOnly = true)
    public List<Violation> checkDelete(MonitorIndicator i) {
        List<Violation> out = new ArrayList<>();
        if (dsl.fetchExists(OBSERVATION, OBSERVATION.INDICATOR_ID.eq(i.id()))) {
            out.add(new Violation(null, "monitor.edit.deleteHasFigures",
                    dsl.fetchCount(OBSERVATION, OBSERVATION.INDICATOR_ID.eq(i.id()))));
        }
        List<String> users = dsl.select(MONITOR_INDICATOR.CODE).from(MONITOR_INDICATOR)
                .where(MONITOR_INDICATOR.WEIGHT_INDICATOR_ID.eq(i.id())
                        .or(MONITOR_INDICATOR.NUMERATOR_ID.eq(i.id()))
                        .or(MONITOR_INDICATOR.DENOMINATOR_ID.eq(i.id())))
                .and(MONITOR_INDICATOR.ID.ne(i.id()))
                .orderBy(MONITOR_INDICATOR.CODE).fetch(MONITOR_INDICATOR.CODE);
        if (!users.isEmpty()) {
            out.add(new Violation(null, "monitor.edit.deleteUsedByIndicators", String.join(", ", users)));
        }
        List<String> sets = dsl.select(INDICATOR_SET.CODE).from(INDICATOR_SET_ITEM)
                .join(INDICATOR_SET).on(INDICATOR_SET.ID.eq(INDICATOR_SET_ITEM.SET_ID))
                .where(INDICATOR_SET_ITEM.INDICATOR_ID.eq(i.id()))
                .orderBy(INDICATOR_SET.CODE).fetch(INDICATOR_SET.CODE);
        if (!sets.isEmpty()) {
            out.add(new Violation(null, "monitor.edit.deleteInSets", String.join(", ", sets)));
        }
        List<Integer> tasks = npvr.tasksLinking(i.code());
        if (!tasks.isEmpty()) {
            out.add(new Violation(null, "monitor.edit.deleteInTasks",
                    String.join(", ", tasks.stream().map(String::valueOf).toList())));
        }
        return out;
    }

    /**
     * Removes an indicator nothing depends on, with its measures, baseline, targets and stated figures (the audit
     * trail keeps them); refused while it has imported figures or is used.
     */
    @Transactional
    public void deleteIndicator(String code, int version) {
        MonitorIndicator i = indicator(code);
        InputRules.throwIfAny(checkDelete(i));
        StaleEditException.unlessChanged(dsl.deleteFrom(MONITOR_INDICATOR)
                .where(MONITOR_INDICATOR.ID.eq(i.id()), MONITOR_INDICATOR.VERSION.eq(version)).execute(),
                "monitor_indicator", i.id());
    }

    // ---------------------------------------------------------------- sets

    @Transactional(readOnly = true)
    public List<Violation> checkSet(SetEdit existing, SetInput in) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        String code = Text.strip(in.code());
        if (existing == null) {
            if (!Text.isBlank(code) && !InputRules.hasViolation(out, "code")) {
                if (!CODE.matcher(code).matches() || RESERVED.equalsIgnoreCase(code)) {
                    out.add(new Violation("code", "monitor.edit.codeFormat"));
                } else if (dsl.fetchExists(INDICATOR_SET, INDICATOR_SET.CODE.equalIgnoreCase(code))) {
                    out.add(new Violation("code", "monitor.edit.setCodeTaken", code));
                }
            }
            if (in.version() != null) {
                out.add(new Violation("version", "error.input.notChangeable", "version"));
            }
        } else {
            if (code != null && !code.equals(existing.code())) {
                out.add(new Violation("code", "monitor.edit.codeFixed", existing.code()));
            }
            if (in.version() == null) {
                out.add(new Violation("version", "monitor.edit.required"));
            }
        }
        List<String> codes = setItems(in);
        Set<String> known = new HashSet<>(dsl.select(MONITOR_INDICATOR.CODE).from(MONITOR_INDICATOR)
                .where(MONITOR_INDICATOR.CODE.in(codes)).fetch(MONITOR_INDICATOR.CODE));
        codes.stream().filter(c -> !known.contains(c)).findFirst()
                .ifPresent(c -> out.add(new Violation("indicators", "monitor.edit.unknownIndicator", c)));
        Set<String> seen = new HashSet<>();
        codes.stream().filter(c -> !seen.add(c)).findFirst()
                .ifPresent(c -> out.add(new Violation("indicators", "monitor.edit.indicatorTwice", c)));
        checkSource(in.source(), out);
        return out;
    }

    private static List<String> setItems(SetInput in) {
        List<String> out = new ArrayList<>();
        for (String c : in.indicators() == null ? List.<String>of() : in.indicators()) {
            String s = Text.blankToNull(Text.strip(c));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    @Transactional
    public String createSet(SetInput in) {
        InputRules.throwIfAny(checkSet(null, in));
        String code = Text.strip(in.code());
        long id = dsl.insertInto(INDICATOR_SET).set(INDICATOR_SET.CODE, code).set(setFields(in))
                .returning(INDICATOR_SET.ID).fetchOne(INDICATOR_SET.ID);
        writeItems(id, setItems(in));
        return code;
    }

    @Transactional
    public void updateSet(String code, SetInput in) {
        SetEdit existing = set(code).orElseThrow(() -> new NotFoundException("indicator set", code));
        InputRules.throwIfAny(checkSet(existing, in));
        StaleEditException.unlessChanged(dsl.update(INDICATOR_SET).set(setFields(in))
                .set(INDICATOR_SET.VERSION, INDICATOR_SET.VERSION.plus(1))
                .where(INDICATOR_SET.ID.eq(existing.id()), INDICATOR_SET.VERSION.eq(in.version())).execute(),
                "indicator_set", existing.id());
        List<String> items = setItems(in);
        if (!items.equals(existing.indicators())) {
            dsl.deleteFrom(INDICATOR_SET_ITEM).where(INDICATOR_SET_ITEM.SET_ID.eq(existing.id())).execute();
            writeItems(existing.id(), items);
        }
    }

    @Transactional
    public void deleteSet(String code, int version) {
        SetEdit existing = set(code).orElseThrow(() -> new NotFoundException("indicator set", code));
        StaleEditException.unlessChanged(dsl.deleteFrom(INDICATOR_SET)
                .where(INDICATOR_SET.ID.eq(existing.id()), INDICATOR_SET.VERSION.eq(version)).execute(),
                "indicator_set", existing.id());
    }

    private Map<org.jooq.Field<?>, Object> setFields(SetInput in) {
        Map<org.jooq.Field<?>, Object> f = new HashMap<>();
        f.put(INDICATOR_SET.NAME_NL, Text.strip(in.nameNl()));
        f.put(INDICATOR_SET.NAME_EN, Text.blankToNull(Text.strip(in.nameEn())));
        f.put(INDICATOR_SET.NAME_DE, Text.blankToNull(Text.strip(in.nameDe())));
        f.put(INDICATOR_SET.DESCRIPTION, Text.blankToNull(Text.strip(in.description())));
        f.put(INDICATOR_SET.SOURCE_ID, sourceId(in.source()));
        f.put(INDICATOR_SET.SOURCE_LOCATOR, Text.blankToNull(Text.strip(in.sourceLocator())));
        return f;
    }

    private void writeItems(long setId, List<String> codes) {
        int position = 0;
        for (String c : codes) {
            dsl.insertInto(INDICATOR_SET_ITEM).set(INDICATOR_SET_ITEM.SET_ID, setId)
                    .set(INDICATOR_SET_ITEM.INDICATOR_ID, idOf(c)).set(INDICATOR_SET_ITEM.POSITION, position++)
                    .execute();
        }
    }

    // ---------------------------------------------------------------- baselines

    @Transactional(readOnly = true)
    public List<Violation> checkBaseline(BaselineInput in) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        checkArea("area", in.area(), out);
        checkPeriod("period", in.period(), out);
        return out;
    }

    /** Sets the baseline of the indicator in the area: new (version null) or changed at the version read. */
    @Transactional
    public void setBaseline(String indicatorCode, BaselineInput in) {
        MonitorIndicator i = indicator(indicatorCode);
        InputRules.throwIfAny(checkBaseline(in));
        long area = areas.get(Text.strip(in.area())).id();
        String period = Period.parse(Text.strip(in.period())).orElseThrow().code();
        if (in.version() == null) {
            int rows = dsl.insertInto(MONITOR_BASELINE).set(MONITOR_BASELINE.INDICATOR_ID, i.id())
                    .set(MONITOR_BASELINE.AREA_ID, area).set(MONITOR_BASELINE.PERIOD, period)
                    .onConflictDoNothing().execute();
            StaleEditException.unlessChanged(rows, "monitor_baseline", i.id()); // someone set it meanwhile
        } else {
            StaleEditException.unlessChanged(dsl.update(MONITOR_BASELINE).set(MONITOR_BASELINE.PERIOD, period)
                    .set(MONITOR_BASELINE.VERSION, MONITOR_BASELINE.VERSION.plus(1))
                    .where(MONITOR_BASELINE.INDICATOR_ID.eq(i.id()), MONITOR_BASELINE.AREA_ID.eq(area),
                            MONITOR_BASELINE.VERSION.eq(in.version())).execute(), "monitor_baseline", i.id());
        }
    }

    @Transactional
    public void deleteBaseline(String indicatorCode, String areaCode, int version) {
        MonitorIndicator i = indicator(indicatorCode);
        AreaSummary area = areas.get(areaCode);
        StaleEditException.unlessChanged(dsl.deleteFrom(MONITOR_BASELINE)
                .where(MONITOR_BASELINE.INDICATOR_ID.eq(i.id()), MONITOR_BASELINE.AREA_ID.eq(area.id()),
                        MONITOR_BASELINE.VERSION.eq(version)).execute(), "monitor_baseline", i.id());
    }

    // ---------------------------------------------------------------- targets

    @Transactional(readOnly = true)
    public List<Violation> checkTarget(MonitorIndicator i, Long targetId, TargetInput in) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        Optional<AreaSummary> area = checkArea("area", in.area(), out);
        if (in.kind() == TargetView.Kind.MATCH_AREA) {
            if (in.value() != null) {
                out.add(new Violation("value", "monitor.edit.valueNotForMatch"));
            }
            if (Text.isBlank(in.referenceArea())) {
                out.add(new Violation("referenceArea", "monitor.edit.required"));
            } else {
                checkArea("referenceArea", in.referenceArea(), out).ifPresent(r -> {
                    if (area.isPresent() && area.get().id() == r.id()) {
                        out.add(new Violation("referenceArea", "monitor.edit.referenceSelf"));
                    }
                });
            }
        } else if (in.kind() != null) {
            if (in.value() == null) {
                out.add(new Violation("value", "monitor.edit.required"));
            } else {
                checkValue("value", in.value(), out);
            }
            if (!Text.isBlank(in.referenceArea())) {
                out.add(new Violation("referenceArea", "monitor.edit.referenceOnlyForMatch"));
            }
        }
        checkSource(in.source(), out);
        if (area.isPresent() && in.year() != null && !InputRules.hasViolation(out, "year")) {
            Long other = dsl.select(MONITOR_TARGET.ID).from(MONITOR_TARGET)
                    .where(MONITOR_TARGET.INDICATOR_ID.eq(i.id()), MONITOR_TARGET.AREA_ID.eq(area.get().id()),
                            MONITOR_TARGET.TARGET_YEAR.eq(in.year())).fetchOne(MONITOR_TARGET.ID);
            if (other != null && !other.equals(targetId)) {
                out.add(new Violation("year", "monitor.edit.targetExists", area.get().name(), String.valueOf(in.year())));
            }
        }
        // a target lies after the baseline it starts from
        if (area.isPresent() && in.year() != null && !InputRules.hasViolation(out, "year")) {
            String baseline = dsl.select(MONITOR_BASELINE.PERIOD).from(MONITOR_BASELINE)
                    .where(MONITOR_BASELINE.INDICATOR_ID.eq(i.id()), MONITOR_BASELINE.AREA_ID.eq(area.get().id()))
                    .fetchOne(MONITOR_BASELINE.PERIOD);
            Optional<Period> base = baseline == null ? Optional.empty() : Period.parse(baseline);
            if (base.isPresent() && in.year() <= base.get().year()) {
                out.add(new Violation("year", "monitor.edit.yearBeforeBaseline", base.get().label()));
            }
        }
        versionRule(targetId != null, in.version(), out);
        return out;
    }

    @Transactional
    public long createTarget(String indicatorCode, TargetInput in) {
        MonitorIndicator i = indicator(indicatorCode);
        InputRules.throwIfAny(checkTarget(i, null, in));
        return dsl.insertInto(MONITOR_TARGET).set(MONITOR_TARGET.INDICATOR_ID, i.id()).set(targetFields(in))
                .returning(MONITOR_TARGET.ID).fetchOne(MONITOR_TARGET.ID);
    }

    @Transactional
    public void updateTarget(String indicatorCode, long targetId, TargetInput in) {
        MonitorIndicator i = indicator(indicatorCode);
        target(i.id(), targetId);
        InputRules.throwIfAny(checkTarget(i, targetId, in));
        StaleEditException.unlessChanged(dsl.update(MONITOR_TARGET).set(targetFields(in))
                .set(MONITOR_TARGET.VERSION, MONITOR_TARGET.VERSION.plus(1))
                .where(MONITOR_TARGET.ID.eq(targetId), MONITOR_TARGET.VERSION.eq(in.version())).execute(),
                "monitor_target", targetId);
    }

    @Transactional
    public void deleteTarget(String indicatorCode, long targetId, int version) {
        MonitorIndicator i = indicator(indicatorCode);
        target(i.id(), targetId);
        StaleEditException.unlessChanged(dsl.deleteFrom(MONITOR_TARGET)
                .where(MONITOR_TARGET.ID.eq(targetId), MONITOR_TARGET.VERSION.eq(version)).execute(),
                "monitor_target", targetId);
    }

    private Map<org.jooq.Field<?>, Object> targetFields(TargetInput in) {
        Map<org.jooq.Field<?>, Object> f = new HashMap<>();
        f.put(MONITOR_TARGET.AREA_ID, areas.get(Text.strip(in.area())).id());
        f.put(MONITOR_TARGET.TARGET_YEAR, in.year());
        f.put(MONITOR_TARGET.KIND, in.kind());
        f.put(MONITOR_TARGET.VALUE, in.value());
        f.put(MONITOR_TARGET.QUALIFIER, in.qualifier() == null ? ValueQualifier.EXACT : in.qualifier());
        f.put(MONITOR_TARGET.REFERENCE_AREA_ID, Text.isBlank(in.referenceArea()) ? null
                : areas.get(Text.strip(in.referenceArea())).id());
        f.put(MONITOR_TARGET.SOURCE_ID, sourceId(in.source()));
        f.put(MONITOR_TARGET.SOURCE_LOCATOR, Text.blankToNull(Text.strip(in.sourceLocator())));
        return f;
    }

    // ---------------------------------------------------------------- stated figures

    @Transactional(readOnly = true)
    public List<Violation> checkStated(MonitorIndicator i, Long statedId, StatedInput in) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        Optional<AreaSummary> area = checkArea("area", in.area(), out);
        Optional<Period> period = checkPeriod("period", in.period(), out);
        if (in.value() != null) {
            checkValue("value", in.value(), out);
        }
        Long source = checkSource(in.source(), out);
        if (area.isPresent() && period.isPresent() && source != null) {
            Long other = dsl.select(STATED_OBSERVATION.ID).from(STATED_OBSERVATION)
                    .where(STATED_OBSERVATION.INDICATOR_ID.eq(i.id()), STATED_OBSERVATION.AREA_ID.eq(area.get().id()),
                            STATED_OBSERVATION.PERIOD.eq(period.get().code()), STATED_OBSERVATION.SOURCE_ID.eq(source))
                    .fetchOne(STATED_OBSERVATION.ID);
            if (other != null && !other.equals(statedId)) {
                out.add(new Violation("period", "monitor.edit.statedExists", area.get().name(), period.get().label()));
            }
        }
        versionRule(statedId != null, in.version(), out);
        return out;
    }

    @Transactional
    public long createStated(String indicatorCode, StatedInput in) {
        MonitorIndicator i = indicator(indicatorCode);
        InputRules.throwIfAny(checkStated(i, null, in));
        return dsl.insertInto(STATED_OBSERVATION).set(STATED_OBSERVATION.INDICATOR_ID, i.id()).set(statedFields(in))
                .returning(STATED_OBSERVATION.ID).fetchOne(STATED_OBSERVATION.ID);
    }

    @Transactional
    public void updateStated(String indicatorCode, long statedId, StatedInput in) {
        MonitorIndicator i = indicator(indicatorCode);
        statedFigure(i.id(), statedId);
        InputRules.throwIfAny(checkStated(i, statedId, in));
        StaleEditException.unlessChanged(dsl.update(STATED_OBSERVATION).set(statedFields(in))
                .set(STATED_OBSERVATION.VERSION, STATED_OBSERVATION.VERSION.plus(1))
                .where(STATED_OBSERVATION.ID.eq(statedId), STATED_OBSERVATION.VERSION.eq(in.version())).execute(),
                "stated_observation", statedId);
    }

    @Transactional
    public void deleteStated(String indicatorCode, long statedId, int version) {
        MonitorIndicator i = indicator(indicatorCode);
        statedFigure(i.id(), statedId);
        StaleEditException.unlessChanged(dsl.deleteFrom(STATED_OBSERVATION)
                .where(STATED_OBSERVATION.ID.eq(statedId), STATED_OBSERVATION.VERSION.eq(version)).execute(),
                "stated_observation", statedId);
    }

    private Map<org.jooq.Field<?>, Object> statedFields(StatedInput in) {
        Map<org.jooq.Field<?>, Object> f = new HashMap<>();
        f.put(STATED_OBSERVATION.AREA_ID, areas.get(Text.strip(in.area())).id());
        f.put(STATED_OBSERVATION.PERIOD, Period.parse(Text.strip(in.period())).orElseThrow().code());
        f.put(STATED_OBSERVATION.VALUE, in.value());
        f.put(STATED_OBSERVATION.QUALIFIER, in.qualifier() == null ? ValueQualifier.EXACT : in.qualifier());
        f.put(STATED_OBSERVATION.SOURCE_ID, sourceId(in.source()));
        f.put(STATED_OBSERVATION.SOURCE_LOCATOR, Text.blankToNull(Text.strip(in.sourceLocator())));
        f.put(STATED_OBSERVATION.NOTE, Text.blankToNull(Text.strip(in.note())));
        return f;
    }

    // ---------------------------------------------------------------- shared rules

    private Optional<AreaSummary> checkArea(String field, String code, List<Violation> out) {
        if (Text.isBlank(code) || InputRules.hasViolation(out, field)) {
            return Optional.empty();
        }
        Optional<AreaSummary> area = areas.find(Text.strip(code));
        if (area.isEmpty()) {
            out.add(new Violation(field, "monitor.edit.unknownArea", Text.strip(code)));
        }
        return area;
    }

    private static Optional<Period> checkPeriod(String field, String code, List<Violation> out) {
        if (Text.isBlank(code) || InputRules.hasViolation(out, field)) {
            return Optional.empty();
        }
        Optional<Period> p = Period.parse(Text.strip(code));
        if (p.isEmpty()) {
            out.add(new Violation(field, "monitor.edit.periodFormat", Text.strip(code)));
        }
        return p;
    }

    /** Figures are stored as numeric(24, 6): more is refused, never rounded. */
    private static void checkValue(String field, BigDecimal value, List<Violation> out) {
        if (value.scale() > 6 || value.precision() - value.scale() > 18) {
            out.add(new Violation(field, "monitor.edit.valueRange"));
        }
    }

    /** The id of the source with this code; null (and a violation) when there is none. */
    private Long checkSource(String code, List<Violation> out) {
        if (Text.isBlank(code) || InputRules.hasViolation(out, "source")) {
            return null;
        }
        Long id = sourceId(code);
        if (id == null) {
            out.add(new Violation("source", "monitor.edit.unknownSource", Text.strip(code)));
        }
        return id;
    }

    private static void versionRule(boolean existing, Integer version, List<Violation> out) {
        if (existing && version == null) {
            out.add(new Violation("version", "monitor.edit.required"));
        } else if (!existing && version != null) {
            out.add(new Violation("version", "error.input.notChangeable", "version"));
        }
    }

    private Long sourceId(String code) {
        return Text.isBlank(code) ? null
                : dsl.select(SOURCE.ID).from(SOURCE).where(SOURCE.CODE.eq(Text.strip(code))).fetchOne(SOURCE.ID);
    }

    private Long idOf(String indicatorCode) {
        String c = Text.blankToNull(Text.strip(indicatorCode));
        return c == null ? null : dsl.select(MONITOR_INDICATOR.ID).from(MONITOR_INDICATOR)
                .where(MONITOR_INDICATOR.CODE.eq(c)).fetchOne(MONITOR_INDICATOR.ID);
    }

    /** Dataset codes are stored in lower case, as imports look them up (CBS writes 03759NED and 03759ned). */
    static String dataset(String dataset) {
        String s = Text.blankToNull(Text.strip(dataset));
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
