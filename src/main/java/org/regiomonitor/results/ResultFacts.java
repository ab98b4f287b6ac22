package org.regiomonitor.results;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.regiomonitor.db.Tables.CATALOGUE_INDICATOR;
import static org.regiomonitor.db.Tables.DIMENSION_VALUE;
import static org.regiomonitor.db.Tables.DISAGGREGATION_DIMENSION;
import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.PERIOD_TARGET;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.UPDATE_DISAGGREGATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.Table;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.shared.ValueQualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of projects with their indicators, baselines, targets and values per reporting period, for features
 * that publish them (open data exports such as IATI). Six queries, however many projects. The values are the
 * counted ones (approved and not superseded), as in every roll-up; the caller passes the projects it may show.
 */
@Service
@Transactional(readOnly = true)
public class ResultFacts {

    /** The results of one project, and the span of the reporting periods of its programmes (null: none). */
    public record ProjectResults(List<ResultFact> results, LocalDate periodsStart, LocalDate periodsEnd) {

        static final ProjectResults NONE = new ProjectResults(List.of(), null, null);
    }

    public record ResultFact(long id, String title, ResultType type, String description,
            List<IndicatorFact> indicators) {
    }

    /**
     * An indicator with its baseline and overall target (each part may be unknown) and its periods: those with a
     * per-period target or a value, in date order.
     *
     * @param catalogueCode       the code of the catalogue indicator it adopts, or null for a project's own
     * @param catalogueDefinition the definition of that catalogue indicator, or null
     */
    public record IndicatorFact(long id, String title, Measure measure, String unitLabel, boolean ascending,
            boolean cumulative, int decimals, String catalogueCode, String catalogueDefinition,
            BigDecimal baselineValue, Integer baselineYear, LocalDate baselineDate, String baselineComment,
            BigDecimal targetValue, LocalDate targetDate, String targetComment, List<PeriodFact> periods) {
    }

    /** A reporting period of an indicator: its own target (null: none) and its value (null: none). */
    public record PeriodFact(long periodId, LocalDate start, LocalDate end, BigDecimal target, ValueFact value) {
    }

    /**
     * A value of a period with how exact it is, its parts and its source. A percentage is numerator and denominator
     * ({@code value} null); a qualitative indicator has only the narrative.
     */
    public record ValueFact(long updateId, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            ValueQualifier qualifier, String narrative, String sourceTitle, String sourceLocator,
            List<PartFact> parts) {
    }

    /** A part of a value: for a municipality (its area code) or for a value of a programme's dimension. */
    public record PartFact(String areaCode, String dimensionNl, String dimensionEn, String valueNl, String valueEn,
            BigDecimal value) {
    }

    private final DSLContext dsl;

    ResultFacts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Per project id; a project without results has none listed. */
    public Map<Long, ProjectResults> ofProjects(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Long[] ids = projectIds.toArray(Long[]::new);
        var resultIds = select(RESULT.ID).from(RESULT).where(RESULT.PROJECT_ID.eq(any(ids)));
        var indicatorIds = select(INDICATOR.ID).from(INDICATOR).where(INDICATOR.RESULT_ID.in(resultIds));

        Map<Long, Map<Long, BigDecimal>> targets = new HashMap<>();
        dsl.selectFrom(PERIOD_TARGET).where(PERIOD_TARGET.INDICATOR_ID.in(indicatorIds)).forEach(t -> targets
                .computeIfAbsent(t.getIndicatorId(), k -> new HashMap<>()).put(t.getPeriodId(), t.getTargetValue()));
        Map<Long, LocalDate[]> periods = new HashMap<>();
        dsl.select(REPORTING_PERIOD.ID, REPORTING_PERIOD.START_DATE, REPORTING_PERIOD.END_DATE).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.PROGRAMME_ID.in(select(PP_PROGRAMME).from(PP).where(PP_PROJECT.eq(any(ids)))))
                .forEach(p -> periods.put(p.value1(), new LocalDate[] {p.value2(), p.value3()}));
        Map<Long, List<PartFact>> parts = parts(indicatorIds);
        Map<Long, Map<Long, ValueFact>> values = new HashMap<>();
        dsl.select(RESULT_UPDATE.ID, RESULT_UPDATE.INDICATOR_ID, RESULT_UPDATE.PERIOD_ID, RESULT_UPDATE.VALUE,
                        RESULT_UPDATE.NUMERATOR, RESULT_UPDATE.DENOMINATOR, RESULT_UPDATE.QUALIFIER,
                        RESULT_UPDATE.NARRATIVE, SOURCE.TITLE, RESULT_UPDATE.SOURCE_LOCATOR)
                .from(RESULT_UPDATE).leftJoin(SOURCE).on(SOURCE.ID.eq(RESULT_UPDATE.SOURCE_ID))
                .where(RESULT_UPDATE.INDICATOR_ID.in(indicatorIds)).and(RollUps.counted(RESULT_UPDATE))
                // at most one counted value per indicator and period (a correction supersedes the value it corrects)
                .forEach(u -> values.computeIfAbsent(u.value2(), k -> new HashMap<>()).put(u.value3(),
                        new ValueFact(u.value1(), u.value4(), u.value5(), u.value6(), u.value7(), u.value8(),
                                u.value9(), u.value10(), parts.getOrDefault(u.value1(), List.of()))));

        Map<Long, List<IndicatorFact>> indicators = new HashMap<>();
        dsl.select(INDICATOR.fields()).select(CATALOGUE_INDICATOR.CODE, CATALOGUE_INDICATOR.DEFINITION)
                .from(INDICATOR).leftJoin(CATALOGUE_INDICATOR)
                .on(CATALOGUE_INDICATOR.ID.eq(INDICATOR.CATALOGUE_INDICATOR_ID))
                .where(INDICATOR.RESULT_ID.in(resultIds))
                .orderBy(INDICATOR.POSITION, INDICATOR.ID)
                .forEach(r -> {
                    var i = r.into(INDICATOR);
                    List<PeriodFact> own = periodsOf(i.getId(), periods, targets.getOrDefault(i.getId(), Map.of()),
                            values.getOrDefault(i.getId(), Map.of()));
                    indicators.computeIfAbsent(i.getResultId(), k -> new ArrayList<>()).add(new IndicatorFact(
                            i.getId(), i.getTitle(), i.getMeasure(), i.getUnitLabel(), i.getAscending(),
                            i.getCumulative(), i.getDecimals(), r.get(CATALOGUE_INDICATOR.CODE),
                            r.get(CATALOGUE_INDICATOR.DEFINITION), i.getBaselineValue(), i.getBaselineYear(),
                            i.getBaselineDate(), i.getBaselineComment(), i.getTargetValue(), i.getTargetDate(),
                            i.getTargetComment(), own));
                });

        Map<Long, List<ResultFact>> results = new LinkedHashMap<>();
        dsl.selectFrom(RESULT).where(RESULT.PROJECT_ID.eq(any(ids))).orderBy(RESULT.POSITION, RESULT.ID)
                .forEach(r -> results.computeIfAbsent(r.getProjectId(), k -> new ArrayList<>()).add(new ResultFact(
                        r.getId(), r.getTitle(), r.getType(), r.getDescription(),
                        indicators.getOrDefault(r.getId(), List.of()))));

        Map<Long, ProjectResults> out = new HashMap<>();
        dsl.select(PP_PROJECT, min(REPORTING_PERIOD.START_DATE), max(REPORTING_PERIOD.END_DATE))
                .from(PP).join(REPORTING_PERIOD).on(REPORTING_PERIOD.PROGRAMME_ID.eq(PP_PROGRAMME))
                .where(PP_PROJECT.eq(any(ids)))
                .groupBy(PP_PROJECT)
                .forEach(s -> out.put(s.value1(), new ProjectResults(results.getOrDefault(s.value1(), List.of()),
                        s.value2(), s.value3())));
        results.forEach((project, list) -> out.putIfAbsent(project, new ProjectResults(list, null, null)));
        return out;
    }

    private static final Table<Record2<Long, Long>> PP = PortfolioSql.projectProgrammes("pp");
    private static final Field<Long> PP_PROJECT = PP.field("project_id", Long.class);
    private static final Field<Long> PP_PROGRAMME = PP.field("programme_id", Long.class);

    /** The periods with a target or a value, in date order. */
    private static List<PeriodFact> periodsOf(long indicatorId, Map<Long, LocalDate[]> periods,
            Map<Long, BigDecimal> targets, Map<Long, ValueFact> values) {
        Map<LocalDate, PeriodFact> byStart = new TreeMap<>();
        for (Long periodId : union(targets.keySet(), values.keySet())) {
            LocalDate[] dates = periods.get(periodId);
            if (dates != null) {
                byStart.put(dates[0], new PeriodFact(periodId, dates[0], dates[1], targets.get(periodId),
                        values.get(periodId)));
            }
        }
        return List.copyOf(byStart.values());
    }

    private static List<Long> union(Collection<Long> a, Collection<Long> b) {
        List<Long> all = new ArrayList<>(a);
        b.stream().filter(x -> !a.contains(x)).forEach(all::add);
        return all;
    }

    /** The parts of the updates of these indicators, by update, municipalities first (by code), then dimensions. */
    private Map<Long, List<PartFact>> parts(Select<? extends Record1<Long>> indicatorIds) {
        Field<String> areaCode = AreaSql.code(UPDATE_DISAGGREGATION.AREA_ID);
        Map<Long, List<PartFact>> parts = new HashMap<>();
        dsl.select(UPDATE_DISAGGREGATION.UPDATE_ID, areaCode, DISAGGREGATION_DIMENSION.NAME_NL,
                        DISAGGREGATION_DIMENSION.NAME_EN, DIMENSION_VALUE.NAME_NL, DIMENSION_VALUE.NAME_EN,
                        UPDATE_DISAGGREGATION.VALUE)
                .from(UPDATE_DISAGGREGATION)
                .join(RESULT_UPDATE).on(RESULT_UPDATE.ID.eq(UPDATE_DISAGGREGATION.UPDATE_ID))
                .leftJoin(DIMENSION_VALUE).on(DIMENSION_VALUE.ID.eq(UPDATE_DISAGGREGATION.DIMENSION_VALUE_ID))
                .leftJoin(DISAGGREGATION_DIMENSION).on(DISAGGREGATION_DIMENSION.ID.eq(DIMENSION_VALUE.DIMENSION_ID))
                .where(RESULT_UPDATE.INDICATOR_ID.in(indicatorIds))
                .and(RollUps.counted(RESULT_UPDATE))
                .orderBy(UPDATE_DISAGGREGATION.UPDATE_ID, areaCode.asc().nullsLast(), DISAGGREGATION_DIMENSION.CODE,
                        DIMENSION_VALUE.POSITION)
                .forEach(p -> parts.computeIfAbsent(p.value1(), k -> new ArrayList<>())
                        .add(new PartFact(p.value2(), p.value3(), p.value4(), p.value5(), p.value6(), p.value7())));
        return parts;
    }
}
