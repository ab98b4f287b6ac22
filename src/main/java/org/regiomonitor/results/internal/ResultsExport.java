package org.regiomonitor.results.internal;

import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.regiomonitor.db.Tables.CATALOGUE_INDICATOR;
import static org.regiomonitor.db.Tables.DIMENSION_VALUE;
import static org.regiomonitor.db.Tables.DISAGGREGATION_DIMENSION;
import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;
import static org.regiomonitor.db.Tables.UPDATE_DISAGGREGATION;
import static org.regiomonitor.db.Tables.UPDATE_TRANSITION;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.results.Aggregation;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.UpdateStatus;
import org.regiomonitor.results.internal.ResultsViews.CatalogueView;
import org.regiomonitor.results.internal.ResultsViews.DisaggregationView;
import org.regiomonitor.results.internal.ResultsViews.FigureView;
import org.regiomonitor.results.internal.ResultsViews.PeriodView;
import org.regiomonitor.results.internal.ResultsViews.RollUpView;
import org.regiomonitor.results.internal.ResultsViews.UpdateView;
import org.regiomonitor.shared.Formats;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.export.TableDownloads;
import org.regiomonitor.shared.export.Column;
import org.regiomonitor.shared.export.Export;
import org.regiomonitor.shared.export.Note;
import org.regiomonitor.shared.export.Table;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A programme's results as a download (issue 7): a table of updates and a table of totals, with notes on what they
 * hold, their sources and rules.
 * <ul>
 * <li><b>Updates</b>: one row per update of an indicator of the programme's projects, counted or not (an analyst sees
 * the history and the corrections; "counted" says which ones the totals use): project, result, indicator (with
 * its catalogue code, empty for a project's own indicator, which never adds into programme totals), period, value,
 * qualifier, the value as the source says it, numerator and denominator, status, counted, the correction it is or
 * is superseded by, who entered and who approved it, comment and the address of the update on the project's page
 * as its source.</li>
 * <li><b>Disaggregations</b>: one column per municipality and per dimension value that occurs (wide, not a long second
 * table): the parts stand next to the total they break down, so that one row can be checked and summed, a CSV stays
 * one table, and a pivot works on the same sheet. Their number is bounded (the region's municipalities and the
 * programmes' dimension values). Parts that do not add up are named in a column, never corrected.</li>
 * <li><b>Totals</b>: the programme's roll-up per catalogue indicator and reporting period with its rule, the same
 * figures as the results page ({@link ResultsReader#programmeRollUp}).</li>
 * </ul>
 * Anonymous callers get published projects and counted values only, as on the pages. A fixed number of queries,
 * however many rows.
 */
@Service
public class ResultsExport {

    /** The tables of the export, in order; a CSV download holds one of them. */
    public enum Part {
        UPDATES, TOTALS;

        /** From a request parameter: updates (also when absent) or totals; anything else is a 404. */
        public static Part of(String name) {
            if (name == null) {
                return UPDATES;
            }
            return java.util.Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new NotFoundException("table", name));
        }
    }

    private final DSLContext dsl;
    private final ResultsReader reader;
    private final MessageSource messages;
    private final TableDownloads downloads;

    ResultsExport(DSLContext dsl, ResultsReader reader, MessageSource messages, TableDownloads downloads) {
        this.dsl = dsl;
        this.reader = reader;
        this.messages = messages;
        this.downloads = downloads;
    }

    /**
     * Sends the programme's results as a download (pages and API alike): Excel with every table, CSV with one
     * ({@code part}), named after the programme's code and today ({@code AVT-2023-resultaten-2026-11-30.xlsx}).
     * A programme the caller may not see is a 404.
     */
    public void send(HttpServletResponse response, TableDownloads.Format format, Part part, long programmeId,
            boolean includeUnpublished, Locale locale, String baseUrl) throws IOException {
        if (!reader.programmeVisible(programmeId, includeUnpublished)) {
            throw new NotFoundException("programme", programmeId);
        }
        var names = dsl.select(PortfolioSql.programmeCode(val(programmeId)), PortfolioSql.programmeName(val(programmeId)))
                .fetchSingle();
        Export export = programme(programmeId, names.value2(), names.value1(), includeUnpublished, locale, baseUrl);
        downloads.send(response, format, names.value1() + "-" + text("results.export.fileName", locale), export,
                part.ordinal(), locale);
    }

    /** The indicators of the programme's projects the caller may see. */
    static Select<Record1<Long>> indicatorIds(long programmeId, boolean includeUnpublished) {
        return select(INDICATOR.ID).from(INDICATOR).join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .where(RESULT.PROJECT_ID.in(PortfolioSql.projectIdsInProgramme(programmeId)))
                .and(RESULT.PROJECT_ID.in(PortfolioSql.visibleProjectIds(includeUnpublished)));
    }

    private record IndicatorRow(long id, long projectId, String projectTitle, String resultTitle, String title,
            String catalogueCode, Measure measure, String unitLabel, boolean cumulative, int decimals, int projectOrder) {
    }

    private record Approval(String actor, Instant at) {
    }

    /** A column of the updates table made of a disaggregation: a municipality (area code) or a dimension value. */
    private record PartColumn(String areaCode, Long dimensionValueId, Long dimensionId, String dimensionName,
            String header) {
    }

    /**
     * The programme's export, for a caller who may see the programme. {@code baseUrl}: the address the product is
     * reached at, for the links to the updates.
     */
    Export programme(long programmeId, String programmeName, String programmeCode, boolean includeUnpublished,
            Locale locale, String baseUrl) {
        List<UpdateView> updates = reader.updatesOfProgramme(programmeId, includeUnpublished);
        Map<Long, IndicatorRow> indicators = indicators(programmeId, includeUnpublished);
        Map<Long, PeriodView> periods = periodsOf(programmeId, includeUnpublished);
        Map<Long, Approval> approvals = approvals(programmeId, includeUnpublished);
        List<PartColumn> parts = partColumns(programmeId, includeUnpublished, locale);
        RollUpView rollUp = reader.programmeRollUp(programmeId, includeUnpublished, locale);
        List<CatalogueView> catalogue = reader.catalogue(programmeId, locale);

        Table updateTable = updateTable(updates, indicators, periods, approvals, parts, locale, baseUrl);
        Table totalTable = totalTable(rollUp, catalogue, reader.catalogueNames(catalogue, locale), periods, locale);
        List<Note> notes = new ArrayList<>();
        notes.add(new Note(text("results.export.note.programme", locale), programmeName + " (" + programmeCode + ")"));
        notes.add(new Note(text("results.export.note.scope", locale),
                text(includeUnpublished ? "results.export.note.scope.all" : "results.export.note.scope.public", locale)));
        notes.add(new Note(text("results.export.note.source", locale), text("results.export.note.source.text", locale)));
        notes.add(new Note(text("results.export.note.disaggregations", locale),
                text("results.export.note.disaggregations.text", locale)));
        notes.add(new Note(text("results.export.note.totals", locale), text("results.export.note.totals.text", locale)));
        for (Aggregation a : Aggregation.values()) {
            notes.add(new Note(text("results.export.note.rule", locale), text("results.rule." + a.name(), locale)));
        }
        rollUp.rules().forEach(r -> notes.add(new Note(text("results.export.note.rule", locale), r)));
        return new Export(List.of(updateTable, totalTable), text("results.export.sheet.notes", locale), notes);
    }

    // ---- the updates table -----------------------------------------------------------------------------

    private Table updateTable(List<UpdateView> updates, Map<Long, IndicatorRow> indicators, Map<Long, PeriodView> periods,
            Map<Long, Approval> approvals, List<PartColumn> parts, Locale locale, String baseUrl) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.text(text("results.export.col.project", locale)),
                Column.number(text("results.export.col.projectId", locale)),
                Column.text(text("results.export.col.result", locale)),
                Column.text(text("results.export.col.indicator", locale)),
                Column.text(text("results.export.col.catalogueCode", locale)),
                Column.text(text("results.export.col.measure", locale)),
                Column.text(text("results.export.col.unit", locale)),
                Column.text(text("results.export.col.cumulative", locale)),
                Column.text(text("results.export.col.period", locale)),
                Column.date(text("results.export.col.periodStart", locale)),
                Column.date(text("results.export.col.periodEnd", locale)),
                Column.number(text("results.export.col.value", locale)),
                Column.text(text("results.export.col.qualifier", locale)),
                Column.text(text("results.export.col.asStated", locale)),
                Column.number(text("results.export.col.numerator", locale)),
                Column.number(text("results.export.col.denominator", locale)),
                Column.text(text("results.export.col.status", locale)),
                Column.text(text("results.export.col.counted", locale)),
                Column.number(text("results.export.col.updateId", locale)),
                Column.number(text("results.export.col.supersedes", locale)),
                Column.number(text("results.export.col.supersededBy", locale)),
                Column.text(text("results.export.col.unbalanced", locale))));
        parts.forEach(p -> columns.add(Column.number(p.header())));
        columns.addAll(List.of(
                Column.text(text("results.export.col.comment", locale)),
                Column.text(text("results.export.col.reportedBy", locale)),
                Column.text(text("results.export.col.approvedBy", locale)),
                Column.date(text("results.export.col.approvedOn", locale)),
                Column.text(text("results.export.col.documentSource", locale)),
                Column.text(text("results.export.col.disagreement", locale)),
                Column.text(text("results.export.col.source", locale))));
        Map<Long, String> dimensionNames = dimensionNames(parts);
        String yes = text("common.yes", locale);
        String no = text("common.no", locale);
        List<List<Object>> rows = updates.stream()
                .filter(u -> indicators.containsKey(u.indicatorId()))
                .sorted(Comparator.<UpdateView, IndicatorRow>comparing(u -> indicators.get(u.indicatorId()),
                                Comparator.comparing(IndicatorRow::projectTitle, Comparator.nullsLast(Comparator.naturalOrder()))
                                        .thenComparingLong(IndicatorRow::projectId)
                                        .thenComparingInt(IndicatorRow::projectOrder))
                        .thenComparing(u -> periods.get(u.periodId()).startDate())
                        .thenComparingLong(UpdateView::id))
                .map(u -> {
                    IndicatorRow i = indicators.get(u.indicatorId());
                    PeriodView p = periods.get(u.periodId());
                    Approval a = approvals.get(u.id());
                    List<Object> row = new ArrayList<>(columns.size());
                    row.addAll(List.of(i.projectTitle(), i.projectId(), i.resultTitle(), i.title()));
                    row.add(i.catalogueCode());
                    row.add(text("results.export.measure." + i.measure().name(), locale));
                    row.add(i.unitLabel());
                    row.add(i.cumulative() ? yes : no);
                    row.add(p.label());
                    row.add(p.startDate());
                    row.add(p.endDate());
                    row.add(u.value());
                    row.add(u.qualifier() == null ? null : u.qualifier().name());
                    row.add(ResultsReader.asStated(u, i.measure(), i.decimals(), locale));
                    row.add(u.numerator());
                    row.add(u.denominator());
                    row.add(text("results.status." + u.status().name(), locale));
                    row.add(u.counted() ? yes : no);
                    row.add(u.id());
                    row.add(u.supersedesId());
                    row.add(u.supersededById());
                    row.add(u.unbalancedDimensions().isEmpty() ? null : u.unbalancedDimensions().stream()
                            .map(d -> d == null ? text("results.export.municipalities", locale)
                                    : dimensionNames.getOrDefault(d, String.valueOf(d)))
                            .collect(Collectors.joining(", ")));
                    for (PartColumn c : parts) {
                        row.add(part(u.disaggregations(), c));
                    }
                    row.add(u.comment());
                    row.add(u.createdBy());
                    row.add(a == null ? null : a.actor());
                    row.add(a == null ? null : LocalDate.ofInstant(a.at(), Formats.ZONE));
                    row.add(u.source() == null ? null : u.source().label());
                    row.add(u.disagreement());
                    row.add(baseUrl + "/projects/" + i.projectId() + "/results#update-" + u.id());
                    return row;
                }).toList();
        return new Table(text("results.export.sheet.updates", locale), columns, rows);
    }

    /** The sum of the update's parts for the column (a municipality may be named once; sum to be safe), or empty. */
    private static BigDecimal part(List<DisaggregationView> parts, PartColumn c) {
        return parts.stream()
                .filter(d -> c.areaCode() != null ? c.areaCode().equals(d.areaCode())
                        : Objects.equals(c.dimensionValueId(), d.dimensionValueId()))
                .map(DisaggregationView::value).reduce(BigDecimal::add).orElse(null);
    }

    private static Map<Long, String> dimensionNames(List<PartColumn> parts) {
        return parts.stream().filter(p -> p.dimensionId() != null)
                .collect(Collectors.toMap(PartColumn::dimensionId, PartColumn::dimensionName, (a, b) -> a));
    }

    // ---- the totals table ------------------------------------------------------------------------------

    private Table totalTable(RollUpView rollUp, List<CatalogueView> catalogue, Map<String, String> names,
            Map<Long, PeriodView> periods, Locale locale) {
        Map<String, CatalogueView> byGroup = catalogue.stream()
                .collect(Collectors.toMap(c -> c.code().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        List<Column> columns = List.of(
                Column.text(text("results.export.col.catalogueCode", locale)),
                Column.text(text("results.export.col.indicator", locale)),
                Column.text(text("results.export.col.period", locale)),
                Column.date(text("results.export.col.periodStart", locale)),
                Column.date(text("results.export.col.periodEnd", locale)),
                Column.number(text("results.export.col.value", locale)),
                Column.text(text("results.export.col.qualifier", locale)),
                Column.text(text("results.export.col.asStated", locale)),
                Column.number(text("results.export.col.numerator", locale)),
                Column.number(text("results.export.col.denominator", locale)),
                Column.number(text("results.export.col.projects", locale)),
                Column.number(text("results.export.col.indicators", locale)),
                Column.number(text("results.export.col.flagged", locale)),
                Column.text(text("results.export.col.rule", locale)));
        List<List<Object>> rows = rollUp.figures().stream()
                .sorted(Comparator.comparing(FigureView::group).thenComparing(f -> rollUp.windows().stream()
                        .filter(w -> w.key().equals(f.window())).findFirst().map(w -> w.start()).orElse(LocalDate.MIN)))
                .map(f -> {
                    CatalogueView c = byGroup.get(f.group());
                    var w = rollUp.windows().stream().filter(x -> x.key().equals(f.window())).findFirst().orElseThrow();
                    PeriodView p = periods.get(Long.valueOf(f.window()));
                    List<Object> row = new ArrayList<>();
                    row.add(c == null ? f.group() : c.code());
                    row.add(names.getOrDefault(f.group(), f.name()));
                    row.add(p == null ? f.window() : p.label());
                    row.add(w.start());
                    row.add(w.end());
                    row.add(f.value());
                    row.add(f.qualifier() == null ? null : f.qualifier().name());
                    row.add(f.display());
                    row.add(f.numerator());
                    row.add(f.denominator());
                    row.add(f.projects());
                    row.add(f.indicators());
                    row.add(f.flagged());
                    row.add(f.rule());
                    return row;
                }).toList();
        return new Table(text("results.export.sheet.totals", locale), columns, rows);
    }

    // ---- reads (each one query) ------------------------------------------------------------------------

    private Map<Long, IndicatorRow> indicators(long programmeId, boolean includeUnpublished) {
        var projectTitle = PortfolioSql.projectTitle(RESULT.PROJECT_ID, includeUnpublished).as("project_title");
        Map<Long, IndicatorRow> rows = new HashMap<>();
        int[] order = {0};
        dsl.select(INDICATOR.ID, RESULT.PROJECT_ID, projectTitle, RESULT.TITLE, INDICATOR.TITLE, CATALOGUE_INDICATOR.CODE,
                        INDICATOR.MEASURE, INDICATOR.UNIT_LABEL, INDICATOR.CUMULATIVE, INDICATOR.DECIMALS)
                .from(INDICATOR).join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .leftJoin(CATALOGUE_INDICATOR).on(CATALOGUE_INDICATOR.ID.eq(INDICATOR.CATALOGUE_INDICATOR_ID))
                .where(INDICATOR.ID.in(indicatorIds(programmeId, includeUnpublished)))
                .orderBy(RESULT.PROJECT_ID, RESULT.POSITION, RESULT.ID, INDICATOR.POSITION, INDICATOR.ID)
                .forEach(r -> rows.put(r.value1(), new IndicatorRow(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), order[0]++)));
        return rows;
    }

    /** The periods the programme's updates are for (a joint project's update may be for another programme's period). */
    private Map<Long, PeriodView> periodsOf(long programmeId, boolean includeUnpublished) {
        return dsl.selectFrom(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.PROGRAMME_ID.eq(programmeId)
                        .or(REPORTING_PERIOD.ID.in(select(RESULT_UPDATE.PERIOD_ID).from(RESULT_UPDATE)
                                .where(RESULT_UPDATE.INDICATOR_ID.in(indicatorIds(programmeId, includeUnpublished))))))
                .fetchMap(REPORTING_PERIOD.ID, r -> new PeriodView(r.getId(), r.getProgrammeId(), r.getKind(),
                        r.getStartDate(), r.getEndDate(), r.getLocked(), r.getVersion()));
    }

    /** Who approved each approved update of the programme, and when (the last approval). */
    private Map<Long, Approval> approvals(long programmeId, boolean includeUnpublished) {
        return dsl.select(UPDATE_TRANSITION.UPDATE_ID, UPDATE_TRANSITION.ACTOR, UPDATE_TRANSITION.OCCURRED_AT)
                .distinctOn(UPDATE_TRANSITION.UPDATE_ID)
                .from(UPDATE_TRANSITION).join(RESULT_UPDATE).on(RESULT_UPDATE.ID.eq(UPDATE_TRANSITION.UPDATE_ID))
                .where(UPDATE_TRANSITION.TO_STATUS.eq(UpdateStatus.APPROVED))
                .and(RESULT_UPDATE.STATUS.eq(UpdateStatus.APPROVED))
                .and(RESULT_UPDATE.INDICATOR_ID.in(indicatorIds(programmeId, includeUnpublished)))
                .orderBy(UPDATE_TRANSITION.UPDATE_ID, UPDATE_TRANSITION.ID.desc())
                .fetchMap(UPDATE_TRANSITION.UPDATE_ID, r -> new Approval(r.value2(), r.value3()));
    }

    /**
     * The disaggregation columns: the municipalities and the dimension values the programme's updates are broken
     * down by, municipalities first (by code), then dimension values by dimension and position.
     */
    private List<PartColumn> partColumns(long programmeId, boolean includeUnpublished, Locale locale) {
        var updateIds = select(RESULT_UPDATE.ID).from(RESULT_UPDATE)
                .where(RESULT_UPDATE.INDICATOR_ID.in(indicatorIds(programmeId, includeUnpublished)));
        var areaCode = AreaSql.code(UPDATE_DISAGGREGATION.AREA_ID).as("area_code");
        var areaName = AreaSql.name(UPDATE_DISAGGREGATION.AREA_ID).as("area_name");
        List<PartColumn> columns = new ArrayList<>();
        String municipality = text("results.export.col.municipality", locale);
        dsl.selectDistinct(areaCode, areaName).from(UPDATE_DISAGGREGATION)
                .where(UPDATE_DISAGGREGATION.AREA_ID.isNotNull()).and(UPDATE_DISAGGREGATION.UPDATE_ID.in(updateIds))
                .orderBy(areaCode)
                .forEach(r -> columns.add(new PartColumn(r.value1(), null, null, null,
                        municipality + ": " + r.value2() + " (" + r.value1() + ")")));
        dsl.select(DIMENSION_VALUE.ID, DIMENSION_VALUE.NAME_NL, DIMENSION_VALUE.NAME_EN, DIMENSION_VALUE.NAME_DE,
                        DISAGGREGATION_DIMENSION.NAME_NL, DISAGGREGATION_DIMENSION.NAME_EN, DISAGGREGATION_DIMENSION.NAME_DE,
                        DISAGGREGATION_DIMENSION.ID)
                .from(DIMENSION_VALUE)
                .join(DISAGGREGATION_DIMENSION).on(DISAGGREGATION_DIMENSION.ID.eq(DIMENSION_VALUE.DIMENSION_ID))
                .where(DIMENSION_VALUE.ID.in(select(UPDATE_DISAGGREGATION.DIMENSION_VALUE_ID).from(UPDATE_DISAGGREGATION)
                        .where(UPDATE_DISAGGREGATION.UPDATE_ID.in(updateIds))))
                .orderBy(DISAGGREGATION_DIMENSION.CODE, DISAGGREGATION_DIMENSION.ID, DIMENSION_VALUE.POSITION)
                .forEach(r -> {
                    String dimension = named(r.value5(), r.value6(), r.value7(), locale);
                    columns.add(new PartColumn(null, r.value1(), r.value8(), dimension,
                            dimension + ": " + named(r.value2(), r.value3(), r.value4(), locale)));
                });
        return columns;
    }

    private static String named(String nl, String en, String de, Locale locale) {
        return Objects.requireNonNullElse(switch (locale.getLanguage()) {
            case "en" -> en;
            case "de" -> de;
            default -> nl;
        }, nl);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
