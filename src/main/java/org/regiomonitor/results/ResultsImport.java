package org.regiomonitor.results;

import static org.regiomonitor.db.Tables.CATALOGUE_INDICATOR;
import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_THEME;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;
import static org.regiomonitor.db.Tables.UPDATE_TRANSITION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.regiomonitor.shared.ValueQualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of reporting periods, catalogue indicators and project results with their indicators and the values
 * the sources state (the reference-data loader), inside the caller's transaction. A stated value becomes an approved
 * update (it counts in every roll-up) with its source and one transition to APPROVED by {@code recordedBy}: the
 * loader, not a person, approved it, and the trail says so.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ResultsImport {

    /** A reporting period; {@code locked} when the document is final and nobody should report in it any more. */
    public record NewPeriod(long programmeId, PeriodKind kind, LocalDate startDate, LocalDate endDate, boolean locked) {
    }

    public record NewCatalogueIndicator(long programmeId, String code, String nameNl, String nameEn, String nameDe,
            String definition, Measure measure, String unitLabel, boolean cumulative) {
    }

    public record NewResult(long projectId, String title, ResultType type, String description, List<Long> themeIds,
            List<NewIndicator> indicators) {
    }

    /** An indicator with its overall target (may be absent) and the values stated for it. */
    public record NewIndicator(String title, Measure measure, String unitLabel, boolean cumulative,
            Long catalogueIndicatorId, BigDecimal targetValue, String targetComment, Long targetSourceId,
            String targetSourceLocator, List<NewValue> values) {
    }

    /**
     * A stated value for a period, with its qualifier and source; {@code disagreement} (may be null) names the other
     * passage of the source that states a different figure for the same thing.
     */
    public record NewValue(long periodId, BigDecimal value, ValueQualifier qualifier, String comment, Long sourceId,
            String sourceLocator, String disagreement) {
    }

    private final DSLContext dsl;

    ResultsImport(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts the periods in one statement; returns their ids by "programmeId/startDate". */
    public Map<String, Long> periods(List<NewPeriod> periods) {
        if (periods.isEmpty()) {
            return Map.of();
        }
        var insert = dsl.insertInto(REPORTING_PERIOD, REPORTING_PERIOD.PROGRAMME_ID, REPORTING_PERIOD.KIND,
                REPORTING_PERIOD.START_DATE, REPORTING_PERIOD.END_DATE, REPORTING_PERIOD.LOCKED);
        for (NewPeriod p : periods) {
            insert = insert.values(p.programmeId(), p.kind(), p.startDate(), p.endDate(), p.locked());
        }
        Map<String, Long> ids = new HashMap<>();
        for (Record r : insert.returningResult(REPORTING_PERIOD.ID, REPORTING_PERIOD.PROGRAMME_ID,
                REPORTING_PERIOD.START_DATE).fetch()) {
            ids.put(r.get(REPORTING_PERIOD.PROGRAMME_ID) + "/" + r.get(REPORTING_PERIOD.START_DATE),
                    r.get(REPORTING_PERIOD.ID));
        }
        return ids;
    }

    /** Inserts the catalogue indicators in one statement; returns their ids by "programmeId/code". */
    public Map<String, Long> catalogue(List<NewCatalogueIndicator> catalogue) {
        if (catalogue.isEmpty()) {
            return Map.of();
        }
        var insert = dsl.insertInto(CATALOGUE_INDICATOR, CATALOGUE_INDICATOR.PROGRAMME_ID, CATALOGUE_INDICATOR.CODE,
                CATALOGUE_INDICATOR.NAME_NL, CATALOGUE_INDICATOR.NAME_EN, CATALOGUE_INDICATOR.NAME_DE,
                CATALOGUE_INDICATOR.DEFINITION, CATALOGUE_INDICATOR.MEASURE, CATALOGUE_INDICATOR.UNIT_LABEL,
                CATALOGUE_INDICATOR.CUMULATIVE);
        for (NewCatalogueIndicator c : catalogue) {
            insert = insert.values(c.programmeId(), c.code(), c.nameNl(), c.nameEn(), c.nameDe(), c.definition(),
                    c.measure(), c.unitLabel(), c.cumulative());
        }
        Map<String, Long> ids = new HashMap<>();
        for (Record r : insert.returningResult(CATALOGUE_INDICATOR.ID, CATALOGUE_INDICATOR.PROGRAMME_ID,
                CATALOGUE_INDICATOR.CODE).fetch()) {
            ids.put(r.get(CATALOGUE_INDICATOR.PROGRAMME_ID) + "/" + r.get(CATALOGUE_INDICATOR.CODE),
                    r.get(CATALOGUE_INDICATOR.ID));
        }
        return ids;
    }

    /**
     * Inserts the results, their themes, indicators, updates and transitions, one statement per table; returns the
     * number of rows per table.
     */
    public Map<String, Integer> results(List<NewResult> results, String recordedBy) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("result", results.size());
        if (results.isEmpty()) {
            return rows;
        }
        // position = place within the project, so (project, position) finds each result's id again
        Map<Long, Integer> perProject = new HashMap<>();
        List<Integer> positions = new ArrayList<>();
        var insertResults = dsl.insertInto(RESULT, RESULT.PROJECT_ID, RESULT.TITLE, RESULT.TYPE, RESULT.DESCRIPTION,
                RESULT.POSITION);
        for (NewResult r : results) {
            int position = perProject.merge(r.projectId(), 1, Integer::sum) - 1;
            positions.add(position);
            insertResults = insertResults.values(r.projectId(), r.title(), r.type(), r.description(), position);
        }
        Map<String, Long> resultIds = new HashMap<>();
        for (Record r : insertResults.returningResult(RESULT.ID, RESULT.PROJECT_ID, RESULT.POSITION).fetch()) {
            resultIds.put(r.get(RESULT.PROJECT_ID) + "/" + r.get(RESULT.POSITION), r.get(RESULT.ID));
        }
        var themes = dsl.insertInto(RESULT_THEME, RESULT_THEME.RESULT_ID, RESULT_THEME.THEME_ID);
        int themeRows = 0;
        var insertIndicators = dsl.insertInto(INDICATOR, INDICATOR.RESULT_ID, INDICATOR.CATALOGUE_INDICATOR_ID,
                INDICATOR.TITLE, INDICATOR.MEASURE, INDICATOR.UNIT_LABEL, INDICATOR.CUMULATIVE, INDICATOR.TARGET_VALUE,
                INDICATOR.TARGET_COMMENT, INDICATOR.TARGET_SOURCE_ID, INDICATOR.TARGET_SOURCE_LOCATOR,
                INDICATOR.POSITION);
        List<NewIndicator> indicators = new ArrayList<>();
        List<String> indicatorKeys = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            NewResult r = results.get(i);
            long resultId = resultIds.get(r.projectId() + "/" + positions.get(i));
            for (Long themeId : r.themeIds()) {
                themes = themes.values(resultId, themeId);
                themeRows++;
            }
            for (int j = 0; j < r.indicators().size(); j++) {
                NewIndicator in = r.indicators().get(j);
                insertIndicators = insertIndicators.values(resultId, in.catalogueIndicatorId(), in.title(), in.measure(),
                        in.unitLabel(), in.cumulative(), in.targetValue(), in.targetComment(), in.targetSourceId(),
                        in.targetSourceLocator(), j);
                indicators.add(in);
                indicatorKeys.add(resultId + "/" + j);
            }
        }
        if (themeRows > 0) {
            themes.execute();
        }
        rows.put("result_theme", themeRows);
        rows.put("indicator", indicators.size());
        if (indicators.isEmpty()) {
            return rows;
        }
        Map<String, Long> indicatorIds = new HashMap<>();
        for (Record r : insertIndicators.returningResult(INDICATOR.ID, INDICATOR.RESULT_ID, INDICATOR.POSITION).fetch()) {
            indicatorIds.put(r.get(INDICATOR.RESULT_ID) + "/" + r.get(INDICATOR.POSITION), r.get(INDICATOR.ID));
        }
        var insertUpdates = dsl.insertInto(RESULT_UPDATE, RESULT_UPDATE.INDICATOR_ID, RESULT_UPDATE.PERIOD_ID,
                RESULT_UPDATE.VALUE, RESULT_UPDATE.QUALIFIER, RESULT_UPDATE.COMMENT, RESULT_UPDATE.STATUS,
                RESULT_UPDATE.CREATED_BY, RESULT_UPDATE.SOURCE_ID, RESULT_UPDATE.SOURCE_LOCATOR,
                RESULT_UPDATE.SOURCE_DISAGREEMENT);
        int updates = 0;
        for (int k = 0; k < indicators.size(); k++) {
            long indicatorId = indicatorIds.get(indicatorKeys.get(k));
            for (NewValue v : indicators.get(k).values()) {
                insertUpdates = insertUpdates.values(indicatorId, v.periodId(), v.value(), v.qualifier(), v.comment(),
                        UpdateStatus.APPROVED, recordedBy, v.sourceId(), v.sourceLocator(), v.disagreement());
                updates++;
            }
        }
        rows.put("result_update", updates);
        rows.put("update_transition", updates);
        if (updates == 0) {
            return rows;
        }
        List<Long> updateIds = insertUpdates.returningResult(RESULT_UPDATE.ID).fetch(RESULT_UPDATE.ID);
        var transitions = dsl.insertInto(UPDATE_TRANSITION, UPDATE_TRANSITION.UPDATE_ID, UPDATE_TRANSITION.FROM_STATUS,
                UPDATE_TRANSITION.TO_STATUS, UPDATE_TRANSITION.ACTOR, UPDATE_TRANSITION.COMMENT);
        for (Long updateId : updateIds) {
            transitions = transitions.values(updateId, null, UpdateStatus.APPROVED, recordedBy,
                    "Waarde uit de referentiedata, zoals de bron haar noemt");
        }
        transitions.execute();
        return rows;
    }

    /** Whether any update was written by {@code recordedBy} (the reference data's results are loaded). */
    public boolean anyRecordedBy(String recordedBy) {
        return dsl.fetchExists(RESULT_UPDATE, RESULT_UPDATE.CREATED_BY.eq(recordedBy));
    }

    /**
     * What in the database the periods and catalogue indicators would collide with (at most a few, for a refusal's
     * message): an existing period of the programme that overlaps (a programme's periods never overlap), or a
     * catalogue code the programme has already.
     */
    public List<String> conflicts(List<NewPeriod> periods, List<NewCatalogueIndicator> catalogue) {
        List<String> found = new ArrayList<>();
        for (NewPeriod p : periods) {
            dsl.select(REPORTING_PERIOD.START_DATE, REPORTING_PERIOD.END_DATE).from(REPORTING_PERIOD)
                    .where(REPORTING_PERIOD.PROGRAMME_ID.eq(p.programmeId()))
                    .and(REPORTING_PERIOD.START_DATE.le(p.endDate())).and(REPORTING_PERIOD.END_DATE.ge(p.startDate()))
                    .orderBy(REPORTING_PERIOD.START_DATE).limit(3)
                    .forEach(r -> found.add("reporting period " + r.value1() + ".." + r.value2() + " of programme "
                            + p.programmeId() + " overlaps " + p.startDate() + ".." + p.endDate()));
        }
        for (NewCatalogueIndicator c : catalogue) {
            if (dsl.fetchExists(CATALOGUE_INDICATOR, CATALOGUE_INDICATOR.PROGRAMME_ID.eq(c.programmeId())
                    .and(CATALOGUE_INDICATOR.CODE.equalIgnoreCase(c.code())))) {
                found.add("catalogue indicator \"" + c.code() + "\" of programme " + c.programmeId());
            }
        }
        return found.stream().limit(5).toList();
    }
}
