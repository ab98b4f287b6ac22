package org.regiomonitor.results.internal;

import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.regiomonitor.db.Tables.CATALOGUE_INDICATOR;
import static org.regiomonitor.db.Tables.DIMENSION_VALUE;
import static org.regiomonitor.db.Tables.DISAGGREGATION_DIMENSION;
import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.PERIOD_TARGET;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_THEME;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;
import static org.regiomonitor.db.Tables.UPDATE_ATTACHMENT;
import static org.regiomonitor.db.Tables.UPDATE_DISAGGREGATION;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.UPDATE_TRANSITION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.results.Aggregation;
import org.regiomonitor.results.Progress;
import org.regiomonitor.results.RollUps;
import org.regiomonitor.results.UpdateStatus;
import org.regiomonitor.results.internal.ResultsViews.AttachmentView;
import org.regiomonitor.results.internal.ResultsViews.CatalogueView;
import org.regiomonitor.results.internal.ResultsViews.DimensionValueView;
import org.regiomonitor.results.internal.ResultsViews.DimensionView;
import org.regiomonitor.results.internal.ResultsViews.DisaggregationView;
import org.regiomonitor.results.internal.ResultsViews.FigureView;
import org.regiomonitor.results.internal.ResultsViews.IndicatorView;
import org.regiomonitor.results.internal.ResultsViews.MunicipalityFigureView;
import org.regiomonitor.results.internal.ResultsViews.PeriodTargetView;
import org.regiomonitor.results.internal.ResultsViews.PeriodView;
import org.regiomonitor.results.internal.ResultsViews.ResultView;
import org.regiomonitor.results.internal.ResultsViews.RollUpView;
import org.regiomonitor.results.internal.ResultsViews.TransitionView;
import org.regiomonitor.results.internal.ResultsViews.UpdateView;
import org.regiomonitor.results.internal.ResultsViews.WindowView;
import org.regiomonitor.shared.SourceColumns;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reads the results framework for the pages and the API, each list in a fixed number of queries. Anonymous
 * visitors see the results of published projects only, and of their updates only the counted ones.
 */
@Service
public class ResultsReader {

    private final DSLContext dsl;
    private final RollUps rollUps;
    private final ProgrammeTotals programmeTotals;
    private final RegionTotals regionTotals;
    private final ThemeTotals themeTotals;
    private final MessageSource messages;

    ResultsReader(DSLContext dsl, RollUps rollUps, ProgrammeTotals programmeTotals, RegionTotals regionTotals,
            ThemeTotals themeTotals, MessageSource messages) {
        this.dsl = dsl;
        this.rollUps = rollUps;
        this.programmeTotals = programmeTotals;
        this.regionTotals = regionTotals;
        this.themeTotals = themeTotals;
        this.messages = messages;
    }

    // ---- visibility ------------------------------------------------------------------------------------

    public boolean programmeVisible(long programmeId, boolean includeUnpublished) {
        return dsl.fetchExists(selectOne().where(val(programmeId).in(PortfolioSql.visibleProgrammeIds(includeUnpublished))));
    }

    public boolean projectVisible(long projectId, boolean includeUnpublished) {
        return dsl.fetchExists(selectOne().where(val(projectId).in(PortfolioSql.visibleProjectIds(includeUnpublished))));
    }

    public Optional<Long> projectOfResult(long resultId) {
        return dsl.select(RESULT.PROJECT_ID).from(RESULT).where(RESULT.ID.eq(resultId)).fetchOptional(RESULT.PROJECT_ID);
    }

    public Optional<Long> projectOfIndicator(long indicatorId) {
        return dsl.select(RESULT.PROJECT_ID).from(INDICATOR).join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .where(INDICATOR.ID.eq(indicatorId)).fetchOptional(RESULT.PROJECT_ID);
    }

    public Optional<Long> projectOfUpdate(long updateId) {
        return dsl.select(RESULT.PROJECT_ID).from(RESULT_UPDATE)
                .join(INDICATOR).on(INDICATOR.ID.eq(RESULT_UPDATE.INDICATOR_ID))
                .join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .where(RESULT_UPDATE.ID.eq(updateId)).fetchOptional(RESULT.PROJECT_ID);
    }

    public Optional<Long> programmeOfPeriod(long periodId) {
        return dsl.select(REPORTING_PERIOD.PROGRAMME_ID).from(REPORTING_PERIOD).where(REPORTING_PERIOD.ID.eq(periodId))
                .fetchOptional(REPORTING_PERIOD.PROGRAMME_ID);
    }

    public Optional<Long> programmeOfCatalogueIndicator(long id) {
        return dsl.select(CATALOGUE_INDICATOR.PROGRAMME_ID).from(CATALOGUE_INDICATOR).where(CATALOGUE_INDICATOR.ID.eq(id))
                .fetchOptional(CATALOGUE_INDICATOR.PROGRAMME_ID);
    }

    // ---- programme frame -------------------------------------------------------------------------------

    public List<CatalogueView> catalogue(long programmeId, Locale locale) {
        return catalogue(CATALOGUE_INDICATOR.PROGRAMME_ID.eq(programmeId), locale);
    }

    /** The catalogue indicators of every programme (for region-wide totals, which group them by code). */
    public List<CatalogueView> allCatalogues(Locale locale) {
        return catalogue(org.jooq.impl.DSL.noCondition(), locale);
    }

    List<CatalogueView> catalogue(Condition which, Locale locale) {
        return dsl.selectFrom(CATALOGUE_INDICATOR).where(which)
                .orderBy(CATALOGUE_INDICATOR.CODE, CATALOGUE_INDICATOR.ID).fetch(r -> {
                    Aggregation a = Aggregation.of(r.getMeasure(), r.getCumulative());
                    return new CatalogueView(r.getId(), r.getProgrammeId(), r.getCode(), r.getNameNl(), r.getNameEn(),
                            r.getNameDe(), r.getDefinition(), r.getMeasure(), r.getUnitLabel(), r.getCumulative(),
                            r.getAscending(), r.getDecimals(), a, rule(a, locale), r.getVersion());
                });
    }

    public Optional<CatalogueView> catalogueIndicator(long id, Locale locale) {
        return programmeOfCatalogueIndicator(id).flatMap(p -> catalogue(p, locale).stream()
                .filter(c -> c.id() == id).findFirst());
    }

    public List<PeriodView> periods(long programmeId) {
        return dsl.selectFrom(REPORTING_PERIOD).where(REPORTING_PERIOD.PROGRAMME_ID.eq(programmeId))
                .orderBy(REPORTING_PERIOD.START_DATE).fetch(ResultsReader::periodView);
    }

    static PeriodView periodView(org.regiomonitor.db.tables.records.ReportingPeriodRecord r) {
        return new PeriodView(r.getId(), r.getProgrammeId(), r.getKind(), r.getStartDate(), r.getEndDate(), r.getLocked(),
                r.getVersion());
    }

    public Optional<PeriodView> period(long periodId) {
        return programmeOfPeriod(periodId).flatMap(p -> periods(p).stream().filter(x -> x.id() == periodId).findFirst());
    }

    /** The reporting periods of every programme the project belongs to, in order. */
    public List<PeriodView> periodsOfProject(long projectId) {
        return dsl.selectFrom(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.PROGRAMME_ID.in(PortfolioSql.programmeIdsOfProject(projectId)))
                .orderBy(REPORTING_PERIOD.START_DATE, REPORTING_PERIOD.PROGRAMME_ID).fetch(ResultsReader::periodView);
    }

    public boolean themeOfProgramme(long themeId, long programmeId) {
        return dsl.fetchExists(selectOne().where(val(themeId).in(PortfolioSql.themeIdsOfProgramme(programmeId))));
    }

    public List<DimensionView> dimensions(long programmeId) {
        return dimensions(DISAGGREGATION_DIMENSION.PROGRAMME_ID.eq(programmeId));
    }

    /** The programme a dimension belongs to (empty: no such dimension). */
    public Optional<Long> programmeOfDimension(long dimensionId) {
        return dsl.select(DISAGGREGATION_DIMENSION.PROGRAMME_ID).from(DISAGGREGATION_DIMENSION)
                .where(DISAGGREGATION_DIMENSION.ID.eq(dimensionId)).fetchOptional(DISAGGREGATION_DIMENSION.PROGRAMME_ID);
    }

    /** The dimensions of every programme the project belongs to (what its updates may be disaggregated by). */
    public List<DimensionView> dimensionsOfProject(long projectId) {
        return dimensions(DISAGGREGATION_DIMENSION.PROGRAMME_ID.in(PortfolioSql.programmeIdsOfProject(projectId)));
    }

    /** The dimensions that match, with their values (two queries). */
    List<DimensionView> dimensions(Condition which) {
        Map<Long, List<DimensionValueView>> values = dsl.select(DIMENSION_VALUE.fields()).from(DIMENSION_VALUE)
                .join(DISAGGREGATION_DIMENSION).on(DISAGGREGATION_DIMENSION.ID.eq(DIMENSION_VALUE.DIMENSION_ID))
                .where(which)
                .orderBy(DIMENSION_VALUE.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.get(DIMENSION_VALUE.DIMENSION_ID),
                        Collectors.mapping(r -> new DimensionValueView(r.get(DIMENSION_VALUE.ID), r.get(DIMENSION_VALUE.CODE),
                                r.get(DIMENSION_VALUE.NAME_NL), r.get(DIMENSION_VALUE.NAME_EN),
                                r.get(DIMENSION_VALUE.NAME_DE)), Collectors.toList())));
        return dsl.selectFrom(DISAGGREGATION_DIMENSION).where(which)
                .orderBy(DISAGGREGATION_DIMENSION.PROGRAMME_ID, DISAGGREGATION_DIMENSION.CODE)
                .fetch(r -> new DimensionView(r.getId(), r.getProgrammeId(), r.getCode(), r.getNameNl(), r.getNameEn(),
                        r.getNameDe(), values.getOrDefault(r.getId(), List.of()), r.getVersion()));
    }

    // ---- project results -------------------------------------------------------------------------------

    /** The results of a project with their indicators and progress (five queries, however many results). */
    public List<ResultView> results(long projectId) {
        return results(RESULT.PROJECT_ID.eq(projectId), List.of(projectId));
    }

    /** The results of several projects by project (five queries, however many projects). */
    public Map<Long, List<ResultView>> resultsOfProjects(java.util.Collection<Long> projectIds) {
        return results(RESULT.PROJECT_ID.in(projectIds), projectIds).stream()
                .collect(Collectors.groupingBy(ResultView::projectId, HashMap::new, Collectors.toList()));
    }

    public Optional<ResultView> result(long resultId) {
        return projectOfResult(resultId).flatMap(p -> results(RESULT.ID.eq(resultId), List.of(p)).stream().findFirst());
    }

    public Optional<IndicatorView> indicator(long indicatorId) {
        return projectOfIndicator(indicatorId).flatMap(p -> results(p).stream()
                .flatMap(r -> r.indicators().stream()).filter(i -> i.id() == indicatorId).findFirst());
    }

    private List<ResultView> results(Condition which, java.util.Collection<Long> projectIds) {
        var resultIds = org.jooq.impl.DSL.select(RESULT.ID).from(RESULT).where(which);
        Map<Long, List<Long>> themes = dsl.selectFrom(RESULT_THEME).where(RESULT_THEME.RESULT_ID.in(resultIds))
                .orderBy(RESULT_THEME.THEME_ID)
                .fetchGroups(RESULT_THEME.RESULT_ID, RESULT_THEME.THEME_ID);
        Map<Long, List<PeriodTargetView>> targets = dsl.selectFrom(PERIOD_TARGET)
                .where(PERIOD_TARGET.INDICATOR_ID.in(org.jooq.impl.DSL.select(INDICATOR.ID).from(INDICATOR)
                        .where(INDICATOR.RESULT_ID.in(resultIds))))
                .orderBy(PERIOD_TARGET.PERIOD_ID).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getIndicatorId(),
                        Collectors.mapping(r -> new PeriodTargetView(r.getPeriodId(), r.getTargetValue()), Collectors.toList())));
        Map<Long, Progress> progress = rollUps.progress(projectIds).stream()
                .collect(Collectors.toMap(Progress::indicatorId, p -> p));
        Map<Long, List<IndicatorView>> indicators = dsl.select(INDICATOR.fields()).select(CATALOGUE_INDICATOR.CODE)
                .select(BASELINE_SOURCE.fields()).select(TARGET_SOURCE.fields())
                .from(INDICATOR).leftJoin(CATALOGUE_INDICATOR).on(CATALOGUE_INDICATOR.ID.eq(INDICATOR.CATALOGUE_INDICATOR_ID))
                .leftJoin(BASELINE_SOURCE_TABLE).on(BASELINE_SOURCE_TABLE.ID.eq(INDICATOR.BASELINE_SOURCE_ID))
                .leftJoin(TARGET_SOURCE_TABLE).on(TARGET_SOURCE_TABLE.ID.eq(INDICATOR.TARGET_SOURCE_ID))
                .where(INDICATOR.RESULT_ID.in(resultIds))
                .orderBy(INDICATOR.POSITION, INDICATOR.ID).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.get(INDICATOR.RESULT_ID), HashMap::new,
                        Collectors.mapping(r -> indicatorView(r, targets, progress), Collectors.toList())));
        return dsl.selectFrom(RESULT).where(which).orderBy(RESULT.POSITION, RESULT.ID)
                .fetch(r -> new ResultView(r.getId(), r.getProjectId(), r.getTitle(), r.getType(), r.getDescription(),
                        themes.getOrDefault(r.getId(), List.of()), r.getPosition(), r.getVersion(),
                        indicators.getOrDefault(r.getId(), List.of())));
    }

    /** The source rows of an indicator's baseline and target (the source table joined twice). */
    private static final org.regiomonitor.db.tables.Source BASELINE_SOURCE_TABLE = SOURCE.as("baseline_source");
    private static final org.regiomonitor.db.tables.Source TARGET_SOURCE_TABLE = SOURCE.as("target_source");
    private static final SourceColumns BASELINE_SOURCE = SourceColumns.aliased(BASELINE_SOURCE_TABLE);
    private static final SourceColumns TARGET_SOURCE = SourceColumns.aliased(TARGET_SOURCE_TABLE);

    private static IndicatorView indicatorView(Record r, Map<Long, List<PeriodTargetView>> targets,
            Map<Long, Progress> progress) {
        var i = r.into(INDICATOR);
        return new IndicatorView(i.getId(), i.getResultId(), i.getCatalogueIndicatorId(), r.get(CATALOGUE_INDICATOR.CODE),
                i.getTitle(), i.getMeasure(), i.getUnitLabel(), i.getAscending(), i.getCumulative(), i.getDecimals(),
                Aggregation.of(i.getMeasure(), i.getCumulative()), i.getBaselineValue(), i.getBaselineYear(),
                i.getBaselineDate(), i.getBaselineComment(), i.getBaselineSourceId(), i.getBaselineSourceLocator(),
                i.getTargetValue(), i.getTargetDate(), i.getTargetComment(), i.getTargetSourceId(),
                i.getTargetSourceLocator(), targets.getOrDefault(i.getId(), List.of()), i.getPosition(), i.getVersion(),
                progress.get(i.getId()), BASELINE_SOURCE.ref(r, INDICATOR.BASELINE_SOURCE_LOCATOR),
                TARGET_SOURCE.ref(r, INDICATOR.TARGET_SOURCE_LOCATOR));
    }

    // ---- updates ---------------------------------------------------------------------------------------

    /** The updates of an indicator, newest period first, the history of corrections included. */
    public List<UpdateView> updates(long indicatorId, boolean includeUncounted) {
        return updates(RESULT_UPDATE.INDICATOR_ID.eq(indicatorId), includeUncounted);
    }

    /** The updates of every indicator of a project, by indicator (three queries). */
    public Map<Long, List<UpdateView>> updatesOfProject(long projectId, boolean includeUncounted) {
        return updates(RESULT_UPDATE.INDICATOR_ID.in(org.jooq.impl.DSL.select(INDICATOR.ID).from(INDICATOR)
                .join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID)).where(RESULT.PROJECT_ID.eq(projectId))),
                includeUncounted).stream().collect(Collectors.groupingBy(UpdateView::indicatorId));
    }

    /**
     * The updates of every indicator of the programme's projects the caller may see (published ones only unless
     * {@code includeUnpublished}, which also includes the uncounted updates, as on the project pages), three queries.
     */
    public List<UpdateView> updatesOfProgramme(long programmeId, boolean includeUnpublished) {
        return updates(RESULT_UPDATE.INDICATOR_ID.in(ResultsExport.indicatorIds(programmeId, includeUnpublished)),
                includeUnpublished);
    }

    /** The title of a project the caller may see (empty: none). */
    public Optional<String> projectTitle(long projectId, boolean includeUnpublished) {
        return Optional.ofNullable(dsl.select(PortfolioSql.projectTitle(val(projectId), includeUnpublished)).fetchOne().value1());
    }

    /** The name of a programme the caller may see (empty: none). */
    public Optional<String> programmeName(long programmeId, boolean includeUnpublished) {
        return programmeVisible(programmeId, includeUnpublished)
                ? Optional.ofNullable(dsl.select(PortfolioSql.programmeName(val(programmeId))).fetchOne().value1())
                : Optional.empty();
    }

    public Optional<UpdateView> update(long updateId, boolean includeUncounted) {
        return updates(RESULT_UPDATE.ID.eq(updateId), includeUncounted).stream().findFirst();
    }

    /** The updates that match (three queries); {@code includeUncounted} false: only the counted ones. */
    List<UpdateView> updates(Condition which, boolean includeUncounted) {
        Condition visible = includeUncounted ? which : which.and(RollUps.counted(RESULT_UPDATE));
        var ids = org.jooq.impl.DSL.select(RESULT_UPDATE.ID).from(RESULT_UPDATE).where(visible);
        Map<Long, List<DisaggregationView>> parts = dsl.select(UPDATE_DISAGGREGATION.UPDATE_ID,
                        AreaSql.code(UPDATE_DISAGGREGATION.AREA_ID).as("area_code"),
                        UPDATE_DISAGGREGATION.DIMENSION_VALUE_ID, DIMENSION_VALUE.DIMENSION_ID, UPDATE_DISAGGREGATION.VALUE)
                .from(UPDATE_DISAGGREGATION)
                .leftJoin(DIMENSION_VALUE).on(DIMENSION_VALUE.ID.eq(UPDATE_DISAGGREGATION.DIMENSION_VALUE_ID))
                .where(UPDATE_DISAGGREGATION.UPDATE_ID.in(ids))
                .orderBy(UPDATE_DISAGGREGATION.ID).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.get(UPDATE_DISAGGREGATION.UPDATE_ID),
                        Collectors.mapping(r -> new DisaggregationView(r.get("area_code", String.class),
                                r.get(UPDATE_DISAGGREGATION.DIMENSION_VALUE_ID), r.get(DIMENSION_VALUE.DIMENSION_ID),
                                r.get(UPDATE_DISAGGREGATION.VALUE)), Collectors.toList())));
        Map<Long, List<AttachmentView>> attachments = dsl.select(UPDATE_ATTACHMENT.ID, UPDATE_ATTACHMENT.UPDATE_ID,
                        UPDATE_ATTACHMENT.FILE_NAME, UPDATE_ATTACHMENT.CONTENT_TYPE, UPDATE_ATTACHMENT.SIZE_BYTES,
                        UPDATE_ATTACHMENT.CREATED_BY, UPDATE_ATTACHMENT.CREATED_AT)
                .from(UPDATE_ATTACHMENT).where(UPDATE_ATTACHMENT.UPDATE_ID.in(ids)).orderBy(UPDATE_ATTACHMENT.ID)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.get(UPDATE_ATTACHMENT.UPDATE_ID),
                        Collectors.mapping(r -> new AttachmentView(r.get(UPDATE_ATTACHMENT.ID),
                                r.get(UPDATE_ATTACHMENT.FILE_NAME), r.get(UPDATE_ATTACHMENT.CONTENT_TYPE),
                                r.get(UPDATE_ATTACHMENT.SIZE_BYTES), r.get(UPDATE_ATTACHMENT.CREATED_BY),
                                r.get(UPDATE_ATTACHMENT.CREATED_AT)), Collectors.toList())));
        var correction = RESULT_UPDATE.as("correction");
        var supersededBy = org.jooq.impl.DSL.field(org.jooq.impl.DSL.select(correction.ID).from(correction)
                .where(correction.SUPERSEDES_ID.eq(RESULT_UPDATE.ID)).and(correction.STATUS.eq(UpdateStatus.APPROVED)))
                .as("superseded_by");
        SourceColumns source = SourceColumns.of(SOURCE);
        return dsl.select(RESULT_UPDATE.fields()).select(supersededBy).select(source.fields()).from(RESULT_UPDATE)
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(RESULT_UPDATE.PERIOD_ID))
                .leftJoin(SOURCE).on(SOURCE.ID.eq(RESULT_UPDATE.SOURCE_ID))
                .where(visible)
                .orderBy(REPORTING_PERIOD.END_DATE.desc(), RESULT_UPDATE.ID.desc())
                .fetch(r -> {
                    var u = r.into(RESULT_UPDATE);
                    Long by = r.get("superseded_by", Long.class);
                    List<DisaggregationView> own = parts.getOrDefault(u.getId(), List.of());
                    return new UpdateView(u.getId(), u.getIndicatorId(), u.getPeriodId(), u.getValue(), u.getNumerator(),
                            u.getDenominator(), r.get(RESULT_UPDATE.QUALIFIER), u.getComment(), u.getNarrative(), u.getStatus(),
                            u.getSupersedesId(), by, u.getStatus() == UpdateStatus.APPROVED && by == null,
                            u.getCreatedBy(), u.getCreatedAt(), u.getVersion(), own, unbalanced(u.getValue(), own),
                            attachments.getOrDefault(u.getId(), List.of()),
                            source.ref(r, RESULT_UPDATE.SOURCE_LOCATOR), u.getSourceDisagreement());
                });
    }

    /** The dimensions whose parts do not add up to the value (municipalities, null: whose parts exceed it). */
    static List<Long> unbalanced(BigDecimal value, List<DisaggregationView> parts) {
        if (value == null || parts.isEmpty()) {
            return List.of();
        }
        Map<Long, BigDecimal> sums = new HashMap<>();
        parts.forEach(p -> sums.merge(p.dimensionId(), p.value(), BigDecimal::add));
        return sums.entrySet().stream()
                .filter(e -> e.getKey() == null ? e.getValue().compareTo(value) > 0 : e.getValue().compareTo(value) != 0)
                .map(Map.Entry::getKey).sorted(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .toList();
    }

    /**
     * The manager's comment of every returned update of a project (the latest return), by update id, so that the
     * lead sees why it came back next to the update (one query).
     */
    public Map<Long, String> returnComments(long projectId) {
        return dsl.select(UPDATE_TRANSITION.UPDATE_ID, UPDATE_TRANSITION.COMMENT).distinctOn(UPDATE_TRANSITION.UPDATE_ID)
                .from(UPDATE_TRANSITION).join(RESULT_UPDATE).on(RESULT_UPDATE.ID.eq(UPDATE_TRANSITION.UPDATE_ID))
                .where(RESULT_UPDATE.STATUS.eq(UpdateStatus.RETURNED))
                .and(UPDATE_TRANSITION.TO_STATUS.eq(UpdateStatus.RETURNED))
                .and(RESULT_UPDATE.INDICATOR_ID.in(org.jooq.impl.DSL.select(INDICATOR.ID).from(INDICATOR)
                        .join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID)).where(RESULT.PROJECT_ID.eq(projectId))))
                .orderBy(UPDATE_TRANSITION.UPDATE_ID, UPDATE_TRANSITION.ID.desc())
                .fetchMap(UPDATE_TRANSITION.UPDATE_ID, UPDATE_TRANSITION.COMMENT);
    }

    public List<TransitionView> transitions(long updateId) {
        return dsl.selectFrom(UPDATE_TRANSITION).where(UPDATE_TRANSITION.UPDATE_ID.eq(updateId))
                .orderBy(UPDATE_TRANSITION.ID)
                .fetch(r -> new TransitionView(r.getFromStatus(), r.getToStatus(), r.getActor(), r.getComment(),
                        r.getOccurredAt()));
    }

    /** An attachment's file: name, content type and bytes, with the update it belongs to. */
    public record AttachmentFile(long updateId, String fileName, String contentType, byte[] content) {

        /**
         * The file as a download (for the page and the API alike): its own content type, never sniffed, and saved
         * under its name rather than opened in the page.
         */
        public org.springframework.http.ResponseEntity<byte[]> asDownload() {
            return org.springframework.http.ResponseEntity.ok()
                    .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                            org.springframework.http.ContentDisposition.attachment()
                                    .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .contentType(org.springframework.http.MediaType.parseMediaType(contentType)).body(content);
        }
    }

    public Optional<AttachmentFile> attachment(long attachmentId) {
        return dsl.select(UPDATE_ATTACHMENT.UPDATE_ID, UPDATE_ATTACHMENT.FILE_NAME, UPDATE_ATTACHMENT.CONTENT_TYPE,
                        UPDATE_ATTACHMENT.CONTENT)
                .from(UPDATE_ATTACHMENT).where(UPDATE_ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(r -> new AttachmentFile(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    // ---- roll-ups --------------------------------------------------------------------------------------

    /** The windows of a programme's reporting periods, keyed by period id. */
    public List<RollUps.Window> windows(List<PeriodView> periods) {
        return windowsOf(periods);
    }

    static List<RollUps.Window> windowsOf(List<PeriodView> periods) {
        return periods.stream().map(p -> new RollUps.Window(String.valueOf(p.id()), p.startDate(), p.endDate())).toList();
    }

    /**
     * The totals of the scope with their rules in words, values as the sources say them, and names of the groups
     * ({@code names}: group to name; absent groups keep their key).
     */
    public RollUpView rollUp(RollUps.Scope scope, List<RollUps.Window> windows, Map<String, String> names,
            Map<String, Integer> decimals, Locale locale) {
        return rollUp(windows, rollUps.figures(scope, windows), rollUps.byMunicipality(scope, windows), names, decimals,
                locale);
    }

    private RollUpView rollUp(List<RollUps.Window> windows, List<RollUps.Figure> totals,
            List<RollUps.MunicipalityFigure> split, Map<String, String> names, Map<String, Integer> decimals,
            Locale locale) {
        List<FigureView> figures = figureViews(totals, names, decimals, locale);
        List<MunicipalityFigureView> municipalities = split.stream()
                .map(m -> new MunicipalityFigureView(m.group(), m.window(), m.areaCode(), m.value(), m.qualifier()))
                .toList();
        return new RollUpView(windows.stream().map(w -> new WindowView(w.key(), w.start(), w.end())).toList(), figures,
                municipalities, rules(locale));
    }

    /** The rules that hold for every total and for progress, in words (shown next to the totals). */
    public List<String> rules(Locale locale) {
        return java.util.stream.Stream.concat(rollUpRules(locale).stream(),
                java.util.stream.Stream.of(text("results.rule.progress", locale))).toList();
    }

    /** The rules that hold for every total, in words (sections without progress). */
    public List<String> rollUpRules(Locale locale) {
        return List.of(text("results.rule.counted", locale), text("results.rule.municipality", locale));
    }

    public List<FigureView> figureViews(List<RollUps.Figure> totals, Map<String, String> names,
            Map<String, Integer> decimals, Locale locale) {
        return totals.stream().map(f -> {
            int places = ratio(f.aggregation()) ? 1 : decimals.getOrDefault(f.group(), 0);
            return new FigureView(f.group(), names.getOrDefault(f.group(), f.group()), f.window(), f.aggregation(),
                    rule(f.aggregation(), locale), f.value(), f.numerator(), f.denominator(), f.qualifier(),
                    display(f.value(), places, f.qualifier(), ratio(f.aggregation()), locale), f.indicators(), f.projects(),
                    f.flagged());
        }).toList();
    }

    /** The area and every area within it (a region's municipalities), as ids (one query). */
    public java.util.Set<Long> areaIdsWithin(long areaId) {
        return new java.util.HashSet<>(dsl.fetch(AreaSql.selfAndDescendantIds(areaId)).getValues(0, Long.class));
    }

    /** The programme's totals per catalogue indicator and period (its catalogue and periods as read by the caller). */
    public List<FigureView> programmeFigures(long programmeId, boolean includeUnpublished, List<CatalogueView> catalogue,
            List<PeriodView> periods, Locale locale) {
        List<RollUps.Figure> totals = programmeTotals.figures(programmeId, includeUnpublished)
                .orElseGet(() -> rollUps.figures(rollUps.programme(programmeId, includeUnpublished), windows(periods)));
        return figureViews(totals, catalogueNames(catalogue, locale), catalogueDecimals(catalogue), locale);
    }

    /**
     * The totals of a programme per catalogue indicator and reporting period, with the municipality split (the API):
     * the stored ones while current ({@link ProgrammeTotals}), else computed on request.
     */
    public RollUpView programmeRollUp(long programmeId, boolean includeUnpublished, Locale locale) {
        var stored = programmeTotals.figures(programmeId, includeUnpublished);
        if (stored.isEmpty()) {
            return catalogueRollUp(programmeId, rollUps.programme(programmeId, includeUnpublished), locale);
        }
        var split = programmeTotals.byMunicipality(programmeId, includeUnpublished);
        RollUps.Scope scope = rollUps.programme(programmeId, includeUnpublished);
        List<CatalogueView> catalogue = catalogue(programmeId, locale);
        List<RollUps.Window> windows = windows(periods(programmeId));
        return rollUp(windows, stored.get(), split.orElseGet(() -> rollUps.byMunicipality(scope, windows)),
                catalogueNames(catalogue, locale), catalogueDecimals(catalogue), locale);
    }

    /**
     * The totals of the results serving a theme of the programme per catalogue indicator and period, with the
     * municipality split (the API): the stored ones while current ({@link ThemeTotals}), else computed on request.
     */
    public RollUpView themeRollUp(long programmeId, long themeId, boolean includeUnpublished, Locale locale) {
        var stored = themeTotals.figures(themeId, includeUnpublished);
        var split = stored.isEmpty() ? Optional.<List<RollUps.MunicipalityFigure>>empty()
                : themeTotals.byMunicipality(themeId, includeUnpublished);
        if (split.isEmpty()) {
            return catalogueRollUp(programmeId, rollUps.theme(themeId, includeUnpublished), locale);
        }
        List<CatalogueView> catalogue = catalogue(programmeId, locale);
        return rollUp(windows(periods(programmeId)), stored.get(), split.get(), catalogueNames(catalogue, locale),
                catalogueDecimals(catalogue), locale);
    }

    /**
     * The region's totals ({@code programmeIds} empty) or those of the programmes' projects, a joint project once, over
     * a window of dates, with the municipality split. When the region's or the one programme's stored totals over all
     * periods are current and the window holds every value they count ({@link RollUps#holdsAll}), they are its
     * totals; otherwise computed on request.
     */
    public RollUpView windowRollUp(Collection<Long> programmeIds, boolean includeUnpublished, RollUps.Window window,
            Locale locale) {
        boolean region = programmeIds.isEmpty();
        Long programme = programmeIds.size() == 1 ? programmeIds.iterator().next() : null;
        var stored = region ? regionTotals.figures(includeUnpublished)
                : programme != null ? programmeTotals.figuresOfAllPeriods(programme, includeUnpublished)
                : Optional.<List<RollUps.Figure>>empty();
        if (stored.isPresent() && stored.get().stream().allMatch(f -> RollUps.holdsAll(window, f))) {
            var split = region ? regionTotals.byMunicipality(includeUnpublished)
                    : programmeTotals.byMunicipalityOfAllPeriods(programme, includeUnpublished);
            if (split.isPresent()) {
                return rollUp(List.of(window), stored.get().stream().map(f -> f.in(window.key())).toList(),
                        split.get().stream().map(m -> m.in(window.key())).toList(), Map.of(), Map.of(), locale);
            }
        }
        RollUps.Scope scope = region ? rollUps.region(includeUnpublished)
                : rollUps.programmes(programmeIds, includeUnpublished);
        return rollUp(scope, List.of(window), Map.of(), Map.of(), locale);
    }

    /** The totals of a scope over the programme's periods, named after the programme's catalogue. */
    public RollUpView catalogueRollUp(long programmeId, RollUps.Scope scope, Locale locale) {
        List<CatalogueView> catalogue = catalogue(programmeId, locale);
        return rollUp(scope, windows(periods(programmeId)), catalogueNames(catalogue, locale),
                catalogueDecimals(catalogue), locale);
    }

    /** Catalogue names (in the language, Dutch when missing) and decimals by lower-case code, for roll-up groups. */
    public Map<String, String> catalogueNames(List<CatalogueView> catalogue, Locale locale) {
        return catalogue.stream().collect(Collectors.toMap(c -> c.code().toLowerCase(Locale.ROOT),
                c -> localName(locale, c.nameNl(), c.nameEn(), c.nameDe()), (a, b) -> a));
    }

    /** A name given in Dutch and perhaps English and German, in the language (Dutch when missing). */
    public static String localName(Locale locale, String nl, String en, String de) {
        return Objects.requireNonNullElse(switch (locale.getLanguage()) {
            case "en" -> en;
            case "de" -> de;
            default -> nl;
        }, nl);
    }

    public Map<String, Integer> catalogueDecimals(List<CatalogueView> catalogue) {
        return catalogue.stream().collect(Collectors.toMap(c -> c.code().toLowerCase(Locale.ROOT), CatalogueView::decimals,
                (a, b) -> a));
    }

    /** A value as the sources say it, in the language: "meer dan 2.050", "ruim 82,7 %". */
    /** An update's value as the source says it ("meer dan 50", "82,5 %": a percentage from its ratio). */
    public static String asStated(UpdateView u, org.regiomonitor.results.Measure measure, int decimals, Locale locale) {
        if (measure == org.regiomonitor.results.Measure.PERCENTAGE && u.numerator() != null && u.denominator() != null
                && u.denominator().signum() != 0) {
            BigDecimal share = u.numerator().multiply(BigDecimal.valueOf(100)).divide(u.denominator(), 6,
                    RoundingMode.HALF_UP);
            return display(share, 1, u.qualifier(), true, locale);
        }
        return display(u.value(), decimals, u.qualifier(), false, locale);
    }

    public static String display(BigDecimal value, int places, org.regiomonitor.shared.ValueQualifier qualifier,
            boolean percentage, Locale locale) {
        if (value == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(places);
        String number = format.format(value.setScale(places, RoundingMode.HALF_UP));
        return (qualifier == null ? org.regiomonitor.shared.ValueQualifier.EXACT : qualifier)
                .render(percentage ? number + " %" : number, locale);
    }

    private static boolean ratio(Aggregation aggregation) {
        return aggregation == Aggregation.RATIO_OF_SUMS || aggregation == Aggregation.RATIO_OF_LATEST;
    }

    private String rule(Aggregation aggregation, Locale locale) {
        return text("results.rule." + aggregation.name(), locale);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
