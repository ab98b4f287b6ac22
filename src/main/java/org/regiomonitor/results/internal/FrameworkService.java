package org.regiomonitor.results.internal;

import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.regiomonitor.db.Tables.CATALOGUE_INDICATOR;
import static org.regiomonitor.db.Tables.DIMENSION_VALUE;
import static org.regiomonitor.db.Tables.DISAGGREGATION_DIMENSION;
import static org.regiomonitor.db.Tables.UPDATE_DISAGGREGATION;
import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.PERIOD_TARGET;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_THEME;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.shared.Text.blankToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.PeriodKind;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InputRules;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The frame the values are reported in: a programme's catalogue, periods and dimensions (programme managers
 * and administrators), a project's results and indicators (whoever may edit the project).
 */
@Service
public class FrameworkService {

    private final DSLContext dsl;
    private final AccessPolicy policy;
    private final InputRules rules;

    FrameworkService(DSLContext dsl, AccessPolicy policy, InputRules rules) {
        this.dsl = dsl;
        this.policy = policy;
        this.rules = rules;
    }

    // ---- catalogue -------------------------------------------------------------------------------------

    @Transactional
    public long createCatalogueIndicator(long programmeId, CatalogueIndicatorInput in, Authentication auth) {
        requireProgramme(programmeId, auth);
        InvalidInputException.refuseIfSet(in.version(), "version");
        InputRules.throwIfAny(catalogueViolations(programmeId, in, null));
        return dsl.insertInto(CATALOGUE_INDICATOR).set(CATALOGUE_INDICATOR.PROGRAMME_ID, programmeId)
                .set(catalogueValues(in)).returning(CATALOGUE_INDICATOR.ID).fetchSingle(CATALOGUE_INDICATOR.ID);
    }

    /**
     * Changes a catalogue indicator. Measure and cumulative cannot change once projects adopted it: their values
     * were reported under that rule.
     */
    @Transactional
    public void updateCatalogueIndicator(long id, CatalogueIndicatorInput in, Authentication auth) {
        Record current = dsl.select(CATALOGUE_INDICATOR.PROGRAMME_ID, CATALOGUE_INDICATOR.MEASURE,
                        CATALOGUE_INDICATOR.CUMULATIVE).from(CATALOGUE_INDICATOR)
                .where(CATALOGUE_INDICATOR.ID.eq(id)).fetchOptional()
                .orElseThrow(() -> new NotFoundException("catalogue indicator", id));
        long programmeId = current.get(CATALOGUE_INDICATOR.PROGRAMME_ID);
        requireProgramme(programmeId, auth);
        List<Violation> out = catalogueViolations(programmeId, in, id);
        requireVersion(out, in.version());
        boolean ruleChanged = in.measure() != null && (in.measure() != current.get(CATALOGUE_INDICATOR.MEASURE)
                || Boolean.TRUE.equals(in.cumulative()) != current.get(CATALOGUE_INDICATOR.CUMULATIVE));
        if (ruleChanged && dsl.fetchExists(INDICATOR, INDICATOR.CATALOGUE_INDICATOR_ID.eq(id))) {
            out.add(new Violation("measure", "results.catalogue.inUse"));
        }
        InputRules.throwIfAny(out);
        int rows = dsl.update(CATALOGUE_INDICATOR).set(catalogueValues(in))
                .set(CATALOGUE_INDICATOR.VERSION, CATALOGUE_INDICATOR.VERSION.plus(1))
                .where(CATALOGUE_INDICATOR.ID.eq(id)).and(CATALOGUE_INDICATOR.VERSION.eq(in.version())).execute();
        StaleEditException.unlessChanged(rows, "catalogue indicator", id);
    }

    /** Removes a catalogue indicator no project adopted; one in use stays (projects' values are counted under it). */
    @Transactional
    public void deleteCatalogueIndicator(long id, int version, Authentication auth) {
        long programmeId = dsl.select(CATALOGUE_INDICATOR.PROGRAMME_ID).from(CATALOGUE_INDICATOR)
                .where(CATALOGUE_INDICATOR.ID.eq(id)).fetchOptional(CATALOGUE_INDICATOR.PROGRAMME_ID)
                .orElseThrow(() -> new NotFoundException("catalogue indicator", id));
        requireProgramme(programmeId, auth);
        if (dsl.fetchExists(INDICATOR, INDICATOR.CATALOGUE_INDICATOR_ID.eq(id))) {
            throw InvalidInputException.of(null, "results.catalogue.inUseDelete");
        }
        int rows = dsl.deleteFrom(CATALOGUE_INDICATOR).where(CATALOGUE_INDICATOR.ID.eq(id))
                .and(CATALOGUE_INDICATOR.VERSION.eq(version)).execute();
        StaleEditException.unlessChanged(rows, "catalogue indicator", id);
    }

    /** What is wrong with a catalogue indicator (id: the one changed, null for a new one); forms show it beside type errors. */
    public List<Violation> catalogueViolations(long programmeId, CatalogueIndicatorInput in, Long id) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        if (!Text.isBlank(in.code()) && dsl.fetchExists(CATALOGUE_INDICATOR,
                CATALOGUE_INDICATOR.PROGRAMME_ID.eq(programmeId)
                        .and(CATALOGUE_INDICATOR.CODE.equalIgnoreCase(Text.strip(in.code())))
                        .and(id == null ? CATALOGUE_INDICATOR.ID.isNotNull() : CATALOGUE_INDICATOR.ID.ne(id)))) {
            out.add(new Violation("code", "results.error.codeTaken"));
        }
        if (in.measure() == Measure.QUALITATIVE && Boolean.TRUE.equals(in.cumulative())) {
            out.add(new Violation("cumulative", "results.error.qualitativeCumulative"));
        }
        return out;
    }

    private static Map<Field<?>, Object> catalogueValues(CatalogueIndicatorInput in) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(CATALOGUE_INDICATOR.CODE, Text.strip(in.code()));
        v.put(CATALOGUE_INDICATOR.NAME_NL, Text.strip(in.nameNl()));
        v.put(CATALOGUE_INDICATOR.NAME_EN, blankToNull(in.nameEn()));
        v.put(CATALOGUE_INDICATOR.NAME_DE, blankToNull(in.nameDe()));
        v.put(CATALOGUE_INDICATOR.DEFINITION, blankToNull(in.definition()));
        v.put(CATALOGUE_INDICATOR.MEASURE, in.measure());
        v.put(CATALOGUE_INDICATOR.UNIT_LABEL, blankToNull(in.unitLabel()));
        v.put(CATALOGUE_INDICATOR.CUMULATIVE, Boolean.TRUE.equals(in.cumulative()));
        v.put(CATALOGUE_INDICATOR.ASCENDING, !Boolean.FALSE.equals(in.ascending()));
        v.put(CATALOGUE_INDICATOR.DECIMALS, in.decimals() == null ? 0 : in.decimals());
        return v;
    }

    // ---- periods ---------------------------------------------------------------------------------------

    /**
     * Adds every period of the kind (half-years unless said otherwise) from the first to the last year; a
     * period that overlaps one the programme has is refused, so the periods of a programme never overlap.
     */
    @Transactional
    public List<Long> addPeriods(long programmeId, PeriodPlanInput in, Authentication auth) {
        requireProgramme(programmeId, auth);
        List<Violation> out = new ArrayList<>(rules.check(in));
        if (out.isEmpty() && in.toYear() < in.fromYear()) {
            out.add(new Violation("toYear", "results.error.yearOrder"));
        }
        if (out.isEmpty() && in.toYear() - in.fromYear() > 30) {
            out.add(new Violation("toYear", "results.error.tooMany"));
        }
        InputRules.throwIfAny(out);
        PeriodKind kind = in.kind() == null ? PeriodKind.HALF_YEAR : in.kind();
        LocalDate first = LocalDate.of(in.fromYear(), 1, 1);
        LocalDate end = LocalDate.of(in.toYear(), 12, 31);
        if (dsl.fetchExists(REPORTING_PERIOD, REPORTING_PERIOD.PROGRAMME_ID.eq(programmeId)
                .and(REPORTING_PERIOD.START_DATE.le(end)).and(REPORTING_PERIOD.END_DATE.ge(first)))) {
            throw InvalidInputException.of("fromYear", "results.period.overlap");
        }
        List<Long> ids = new ArrayList<>();
        for (LocalDate start = first; start.isBefore(end); start = start.plusMonths(kind.months())) {
            ids.add(dsl.insertInto(REPORTING_PERIOD)
                    .set(REPORTING_PERIOD.PROGRAMME_ID, programmeId)
                    .set(REPORTING_PERIOD.KIND, kind)
                    .set(REPORTING_PERIOD.START_DATE, start)
                    .set(REPORTING_PERIOD.END_DATE, start.plusMonths(kind.months()).minusDays(1))
                    .returning(REPORTING_PERIOD.ID).fetchSingle(REPORTING_PERIOD.ID));
        }
        return ids;
    }

    @Transactional
    public void lockPeriod(long periodId, PeriodLockInput in, Authentication auth) {
        Long programmeId = dsl.select(REPORTING_PERIOD.PROGRAMME_ID).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.ID.eq(periodId)).fetchOne(REPORTING_PERIOD.PROGRAMME_ID);
        if (programmeId == null) {
            throw new NotFoundException("period", periodId);
        }
        requireProgramme(programmeId, auth);
        InputRules.throwIfAny(rules.check(in));
        int rows = dsl.update(REPORTING_PERIOD).set(REPORTING_PERIOD.LOCKED, in.locked())
                .set(REPORTING_PERIOD.VERSION, REPORTING_PERIOD.VERSION.plus(1))
                .where(REPORTING_PERIOD.ID.eq(periodId)).and(REPORTING_PERIOD.VERSION.eq(in.version())).execute();
        StaleEditException.unlessChanged(rows, "period", periodId);
    }

    // ---- dimensions ------------------------------------------------------------------------------------

    /** Removes a dimension (with its values) that no update's disaggregation uses; one in use stays. */
    @Transactional
    public void deleteDimension(long id, int version, Authentication auth) {
        long programmeId = dsl.select(DISAGGREGATION_DIMENSION.PROGRAMME_ID).from(DISAGGREGATION_DIMENSION)
                .where(DISAGGREGATION_DIMENSION.ID.eq(id)).fetchOptional(DISAGGREGATION_DIMENSION.PROGRAMME_ID)
                .orElseThrow(() -> new NotFoundException("dimension", id));
        requireProgramme(programmeId, auth);
        if (dsl.fetchExists(UPDATE_DISAGGREGATION, UPDATE_DISAGGREGATION.DIMENSION_VALUE_ID.in(
                dsl.select(DIMENSION_VALUE.ID).from(DIMENSION_VALUE).where(DIMENSION_VALUE.DIMENSION_ID.eq(id))))) {
            throw InvalidInputException.of(null, "results.dimension.inUse");
        }
        int rows = dsl.deleteFrom(DISAGGREGATION_DIMENSION).where(DISAGGREGATION_DIMENSION.ID.eq(id))
                .and(DISAGGREGATION_DIMENSION.VERSION.eq(version)).execute();
        StaleEditException.unlessChanged(rows, "dimension", id);
    }

    @Transactional
    public long createDimension(long programmeId, DimensionInput in, Authentication auth) {
        requireProgramme(programmeId, auth);
        InvalidInputException.refuseIfSet(in.version(), "version");
        List<Violation> out = new ArrayList<>(rules.check(in));
        if (!Text.isBlank(in.code()) && dsl.fetchExists(DISAGGREGATION_DIMENSION,
                DISAGGREGATION_DIMENSION.PROGRAMME_ID.eq(programmeId)
                        .and(DISAGGREGATION_DIMENSION.CODE.equalIgnoreCase(Text.strip(in.code()))))) {
            out.add(new Violation("code", "results.error.codeTaken"));
        }
        if (in.values() != null) {
            var seen = new HashSet<String>();
            for (int i = 0; i < in.values().size(); i++) {
                var value = in.values().get(i);
                if (value != null && !Text.isBlank(value.code()) && !seen.add(Text.strip(value.code()).toLowerCase())) {
                    out.add(new Violation("values[" + i + "].code", "results.error.codeTaken"));
                }
            }
        }
        InputRules.throwIfAny(out);
        long id = dsl.insertInto(DISAGGREGATION_DIMENSION)
                .set(DISAGGREGATION_DIMENSION.PROGRAMME_ID, programmeId)
                .set(DISAGGREGATION_DIMENSION.CODE, Text.strip(in.code()))
                .set(DISAGGREGATION_DIMENSION.NAME_NL, Text.strip(in.nameNl()))
                .set(DISAGGREGATION_DIMENSION.NAME_EN, blankToNull(in.nameEn()))
                .set(DISAGGREGATION_DIMENSION.NAME_DE, blankToNull(in.nameDe()))
                .returning(DISAGGREGATION_DIMENSION.ID).fetchSingle(DISAGGREGATION_DIMENSION.ID);
        for (int i = 0; i < in.values().size(); i++) {
            var value = in.values().get(i);
            dsl.insertInto(DIMENSION_VALUE)
                    .set(DIMENSION_VALUE.DIMENSION_ID, id)
                    .set(DIMENSION_VALUE.CODE, Text.strip(value.code()))
                    .set(DIMENSION_VALUE.NAME_NL, Text.strip(value.nameNl()))
                    .set(DIMENSION_VALUE.NAME_EN, blankToNull(value.nameEn()))
                    .set(DIMENSION_VALUE.NAME_DE, blankToNull(value.nameDe()))
                    .set(DIMENSION_VALUE.POSITION, i)
                    .execute();
        }
        return id;
    }

    // ---- results ---------------------------------------------------------------------------------------

    @Transactional
    public long createResult(long projectId, ResultInput in, Authentication auth) {
        requireProject(projectId, auth);
        InvalidInputException.refuseIfSet(in.version(), "version");
        InputRules.throwIfAny(resultViolations(projectId, in));
        long id = dsl.insertInto(RESULT).set(RESULT.PROJECT_ID, projectId).set(resultValues(in))
                .returning(RESULT.ID).fetchSingle(RESULT.ID);
        writeThemes(id, in);
        return id;
    }

    @Transactional
    public void updateResult(long resultId, ResultInput in, Authentication auth) {
        long projectId = projectOfResult(resultId);
        requireProject(projectId, auth);
        List<Violation> out = resultViolations(projectId, in);
        requireVersion(out, in.version());
        InputRules.throwIfAny(out);
        int rows = dsl.update(RESULT).set(resultValues(in)).set(RESULT.VERSION, RESULT.VERSION.plus(1))
                .where(RESULT.ID.eq(resultId)).and(RESULT.VERSION.eq(in.version())).execute();
        StaleEditException.unlessChanged(rows, "result", resultId);
        dsl.deleteFrom(RESULT_THEME).where(RESULT_THEME.RESULT_ID.eq(resultId)).execute();
        writeThemes(resultId, in);
    }

    /** Removes a result whose indicators have no updates; reported values are history and stay. */
    @Transactional
    public void deleteResult(long resultId, int version, Authentication auth) {
        requireProject(projectOfResult(resultId), auth);
        if (dsl.fetchExists(RESULT_UPDATE, RESULT_UPDATE.INDICATOR_ID.in(
                dsl.select(INDICATOR.ID).from(INDICATOR).where(INDICATOR.RESULT_ID.eq(resultId))))) {
            throw InvalidInputException.of(null, "results.result.hasUpdates");
        }
        int rows = dsl.deleteFrom(RESULT).where(RESULT.ID.eq(resultId)).and(RESULT.VERSION.eq(version)).execute();
        StaleEditException.unlessChanged(rows, "result", resultId);
    }

    /** What is wrong with a result of the project (forms show it beside type errors). */
    public List<Violation> resultViolations(long projectId, ResultInput in) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        List<Long> themeIds = in.themeIds() == null ? List.of() : in.themeIds();
        if (themeIds.stream().anyMatch(Objects::isNull)) {
            out.add(new Violation("themeIds", "results.error.required"));
        } else if (!themeIds.isEmpty()) {
            var distinct = new HashSet<>(themeIds);
            var themes = PortfolioSql.themeIdsOfProject(projectId).asTable("t");
            int known = dsl.fetchCount(themes, themes.field(0, Long.class).in(distinct));
            if (known != distinct.size()) {
                out.add(new Violation("themeIds", "results.error.themeNotOfProject"));
            }
        }
        return out;
    }

    private void writeThemes(long resultId, ResultInput in) {
        if (in.themeIds() != null) {
            for (Long themeId : new java.util.LinkedHashSet<>(in.themeIds())) {
                dsl.insertInto(RESULT_THEME, RESULT_THEME.RESULT_ID, RESULT_THEME.THEME_ID).values(resultId, themeId)
                        .execute();
            }
        }
    }

    private static Map<Field<?>, Object> resultValues(ResultInput in) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(RESULT.TITLE, Text.strip(in.title()));
        v.put(RESULT.TYPE, in.type());
        v.put(RESULT.DESCRIPTION, blankToNull(in.description()));
        v.put(RESULT.POSITION, in.position() == null ? 0 : in.position());
        return v;
    }

    // ---- indicators ------------------------------------------------------------------------------------

    @Transactional
    public long createIndicator(long resultId, IndicatorInput in, Authentication auth) {
        long projectId = projectOfResult(resultId);
        requireProject(projectId, auth);
        InvalidInputException.refuseIfSet(in.version(), "version");
        InputRules.throwIfAny(indicatorViolations(projectId, in));
        long id = dsl.insertInto(INDICATOR).set(INDICATOR.RESULT_ID, resultId).set(indicatorValues(in))
                .returning(INDICATOR.ID).fetchSingle(INDICATOR.ID);
        writePeriodTargets(id, in);
        return id;
    }

    /** Changes an indicator; its measure and cumulative rule are fixed once values were reported under them. */
    @Transactional
    public void updateIndicator(long indicatorId, IndicatorInput in, Authentication auth) {
        Record current = dsl.select(INDICATOR.RESULT_ID, INDICATOR.MEASURE, INDICATOR.CUMULATIVE).from(INDICATOR)
                .where(INDICATOR.ID.eq(indicatorId)).fetchOptional()
                .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
        long projectId = projectOfResult(current.get(INDICATOR.RESULT_ID));
        requireProject(projectId, auth);
        List<Violation> out = indicatorViolations(projectId, in);
        requireVersion(out, in.version());
        boolean ruleChanged = in.measure() != null && (in.measure() != current.get(INDICATOR.MEASURE)
                || Boolean.TRUE.equals(in.cumulative()) != current.get(INDICATOR.CUMULATIVE));
        if (ruleChanged && dsl.fetchExists(RESULT_UPDATE, RESULT_UPDATE.INDICATOR_ID.eq(indicatorId))) {
            out.add(new Violation("measure", "results.indicator.hasUpdates"));
        }
        InputRules.throwIfAny(out);
        int rows = dsl.update(INDICATOR).set(indicatorValues(in)).set(INDICATOR.VERSION, INDICATOR.VERSION.plus(1))
                .where(INDICATOR.ID.eq(indicatorId)).and(INDICATOR.VERSION.eq(in.version())).execute();
        StaleEditException.unlessChanged(rows, "indicator", indicatorId);
        dsl.deleteFrom(PERIOD_TARGET).where(PERIOD_TARGET.INDICATOR_ID.eq(indicatorId)).execute();
        writePeriodTargets(indicatorId, in);
    }

    /**
     * Removes an indicator nothing was reported for (its period targets go with it); one with reported values stays,
     * since the updates are the history of what the project delivered.
     */
    @Transactional
    public void deleteIndicator(long indicatorId, int version, Authentication auth) {
        long resultId = dsl.select(INDICATOR.RESULT_ID).from(INDICATOR).where(INDICATOR.ID.eq(indicatorId))
                .fetchOptional(INDICATOR.RESULT_ID).orElseThrow(() -> new NotFoundException("indicator", indicatorId));
        requireProject(projectOfResult(resultId), auth);
        if (dsl.fetchExists(RESULT_UPDATE, RESULT_UPDATE.INDICATOR_ID.eq(indicatorId))) {
            throw InvalidInputException.of(null, "results.indicator.hasUpdatesDelete");
        }
        int rows = dsl.deleteFrom(INDICATOR).where(INDICATOR.ID.eq(indicatorId)).and(INDICATOR.VERSION.eq(version))
                .execute();
        StaleEditException.unlessChanged(rows, "indicator", indicatorId);
    }

    /** What is wrong with an indicator of the project (forms show it beside type errors). */
    public List<Violation> indicatorViolations(long projectId, IndicatorInput in) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        if (in.measure() == Measure.QUALITATIVE && Boolean.TRUE.equals(in.cumulative())) {
            out.add(new Violation("cumulative", "results.error.qualitativeCumulative"));
        }
        if (in.catalogueIndicatorId() != null) {
            Record catalogue = dsl.select(CATALOGUE_INDICATOR.MEASURE, CATALOGUE_INDICATOR.CUMULATIVE)
                    .from(CATALOGUE_INDICATOR)
                    .where(CATALOGUE_INDICATOR.ID.eq(in.catalogueIndicatorId()))
                    .and(CATALOGUE_INDICATOR.PROGRAMME_ID.in(PortfolioSql.programmeIdsOfProject(projectId)))
                    .fetchOne();
            if (catalogue == null) {
                out.add(new Violation("catalogueIndicatorId", "results.error.catalogueNotOfProject"));
            } else {
                if (in.measure() != null && in.measure() != catalogue.get(CATALOGUE_INDICATOR.MEASURE)) {
                    out.add(new Violation("measure", "results.error.catalogueMeasure"));
                }
                if (Boolean.TRUE.equals(in.cumulative()) != catalogue.get(CATALOGUE_INDICATOR.CUMULATIVE)) {
                    out.add(new Violation("cumulative", "results.error.catalogueCumulative"));
                }
            }
        }
        if (in.measure() == Measure.PERCENTAGE) {
            percentage(out, "baselineValue", in.baselineValue());
            percentage(out, "targetValue", in.targetValue());
        }
        if (in.baselineYear() != null && in.baselineDate() != null
                && in.baselineDate().getYear() != in.baselineYear()) {
            out.add(new Violation("baselineYear", "results.error.baselineYear"));
        }
        source(out, "baselineSourceId", in.baselineSourceId());
        source(out, "targetSourceId", in.targetSourceId());
        if (in.periodTargets() != null) {
            var seen = new HashSet<Long>();
            for (int i = 0; i < in.periodTargets().size(); i++) {
                var target = in.periodTargets().get(i);
                if (target == null || target.periodId() == null) {
                    continue;
                }
                String field = "periodTargets[" + i + "].periodId";
                if (!seen.add(target.periodId())) {
                    out.add(new Violation(field, "results.error.duplicate"));
                } else if (!dsl.fetchExists(REPORTING_PERIOD, REPORTING_PERIOD.ID.eq(target.periodId())
                        .and(REPORTING_PERIOD.PROGRAMME_ID.in(PortfolioSql.programmeIdsOfProject(projectId))))) {
                    out.add(new Violation(field, "results.error.periodNotOfProject"));
                }
            }
        }
        return out;
    }

    private static void percentage(List<Violation> out, String field, java.math.BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
            out.add(new Violation(field, "results.error.percentage"));
        }
    }

    private void source(List<Violation> out, String field, Long sourceId) {
        if (sourceId != null && !dsl.fetchExists(SOURCE, SOURCE.ID.eq(sourceId))) {
            out.add(new Violation(field, "results.error.unknownSource"));
        }
    }

    private void writePeriodTargets(long indicatorId, IndicatorInput in) {
        if (in.periodTargets() != null) {
            for (var target : in.periodTargets()) {
                dsl.insertInto(PERIOD_TARGET, PERIOD_TARGET.INDICATOR_ID, PERIOD_TARGET.PERIOD_ID,
                        PERIOD_TARGET.TARGET_VALUE).values(indicatorId, target.periodId(), target.value()).execute();
            }
        }
    }

    private static Map<Field<?>, Object> indicatorValues(IndicatorInput in) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(INDICATOR.CATALOGUE_INDICATOR_ID, in.catalogueIndicatorId());
        v.put(INDICATOR.TITLE, Text.strip(in.title()));
        v.put(INDICATOR.MEASURE, in.measure());
        v.put(INDICATOR.UNIT_LABEL, blankToNull(in.unitLabel()));
        v.put(INDICATOR.ASCENDING, !Boolean.FALSE.equals(in.ascending()));
        v.put(INDICATOR.CUMULATIVE, Boolean.TRUE.equals(in.cumulative()));
        v.put(INDICATOR.DECIMALS, in.decimals() == null ? 0 : in.decimals());
        v.put(INDICATOR.BASELINE_VALUE, in.baselineValue());
        v.put(INDICATOR.BASELINE_YEAR, in.baselineYear());
        v.put(INDICATOR.BASELINE_DATE, in.baselineDate());
        v.put(INDICATOR.BASELINE_COMMENT, blankToNull(in.baselineComment()));
        v.put(INDICATOR.BASELINE_SOURCE_ID, in.baselineSourceId());
        v.put(INDICATOR.BASELINE_SOURCE_LOCATOR, blankToNull(in.baselineSourceLocator()));
        v.put(INDICATOR.TARGET_VALUE, in.targetValue());
        v.put(INDICATOR.TARGET_DATE, in.targetDate());
        v.put(INDICATOR.TARGET_COMMENT, blankToNull(in.targetComment()));
        v.put(INDICATOR.TARGET_SOURCE_ID, in.targetSourceId());
        v.put(INDICATOR.TARGET_SOURCE_LOCATOR, blankToNull(in.targetSourceLocator()));
        v.put(INDICATOR.POSITION, in.position() == null ? 0 : in.position());
        return v;
    }

    // ---- shared checks ---------------------------------------------------------------------------------

    /** The project of a result; 404 when the result does not exist. */
    long projectOfResult(long resultId) {
        Long projectId = dsl.select(RESULT.PROJECT_ID).from(RESULT).where(RESULT.ID.eq(resultId))
                .fetchOne(RESULT.PROJECT_ID);
        if (projectId == null) {
            throw new NotFoundException("result", resultId);
        }
        return projectId;
    }

    private void requireProgramme(long programmeId, Authentication auth) {
        if (!dsl.fetchExists(selectOne().where(val(programmeId).in(PortfolioSql.visibleProgrammeIds(true))))) {
            throw new NotFoundException("programme", programmeId);
        }
        policy.require(policy.canEditProgramme(auth, programmeId));
    }

    private void requireProject(long projectId, Authentication auth) {
        if (!dsl.fetchExists(selectOne().where(val(projectId).in(PortfolioSql.visibleProjectIds(true))))) {
            throw new NotFoundException("project", projectId);
        }
        policy.require(policy.canEditProject(auth, projectId));
    }

    static void requireVersion(List<Violation> out, Integer version) {
        if (version == null) {
            out.add(new Violation("version", "results.error.required"));
        }
    }
}
