package org.regiomonitor.finance.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_LINE_COUNT;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.FUNDER_CATEGORY;
import static org.regiomonitor.db.Tables.MOBILISED_INVESTMENT;
import static org.regiomonitor.db.Tables.SOURCE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.regiomonitor.db.tables.BudgetLine;
import org.regiomonitor.db.tables.BudgetRevision;
import org.regiomonitor.db.tables.Funder;
import org.regiomonitor.db.tables.FunderCategory;
import org.regiomonitor.db.tables.MobilisedInvestment;
import org.regiomonitor.db.tables.Source;
import org.regiomonitor.finance.Amounts;
import org.regiomonitor.finance.MoneySources;
import org.regiomonitor.finance.MoneyTotals;
import org.regiomonitor.area.Areas;
import org.regiomonitor.organisation.OrganisationSql;
import org.regiomonitor.organisation.Organisations;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.portfolio.ProgrammeFacts;
import org.regiomonitor.shared.FullText;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.SourceColumns;
import org.regiomonitor.shared.SourceRef;
import org.springframework.stereotype.Repository;

/**
 * The reads of the finance feature. Every method is one query (or a count plus a page). Programmes, projects,
 * organisations and areas come from their owners: query methods, scalar subqueries and derived tables built
 * by them, and their publication rules ({@link PortfolioSql}, {@link OrganisationSql}).
 */
@Repository
public class FinanceQueries {

    static final BudgetLine BL = BUDGET_LINE.as("bl");
    static final BudgetRevision CUR = BUDGET_REVISION.as("cur");
    static final BudgetRevision ORIG = BUDGET_REVISION.as("orig");
    static final Funder F = FUNDER.as("f");
    static final FunderCategory FC = FUNDER_CATEGORY.as("fc");
    static final Source S = SOURCE.as("s");
    static final SourceColumns SOURCE_COLUMNS = SourceColumns.of(S);
    static final MobilisedInvestment MI = MOBILISED_INVESTMENT.as("mi");
    /** The projects of the programmes (project_id, programme_id), from the portfolio. */
    static final Table<Record2<Long, Long>> PP = PortfolioSql.projectProgrammes("pp");
    static final Field<Long> PP_PROJECT = PP.field("project_id", Long.class);
    static final Field<Long> PP_PROGRAMME = PP.field("programme_id", Long.class);
    /** The areas the projects name (project_id, area_code, area_name), from the portfolio. */
    static final Table<Record3<Long, String, String>> PA = PortfolioSql.projectAreas("pa");
    static final Field<Long> PA_PROJECT = PA.field("project_id", Long.class);
    static final Field<String> PA_CODE = PA.field("area_code", String.class);
    static final Field<String> PA_NAME = PA.field("area_name", String.class);
    static final Field<String> LINE_PROGRAMME_CODE = PortfolioSql.programmeCode(BL.PROGRAMME_ID);
    static final Field<String> LINE_PROGRAMME_NAME = PortfolioSql.programmeName(BL.PROGRAMME_ID);
    static final Field<String> LINE_PROJECT_TITLE = PortfolioSql.projectTitle(BL.PROJECT_ID, true);
    private static final Field<String> MI_PROGRAMME_CODE = PortfolioSql.programmeCode(MI.PROGRAMME_ID);
    private static final Field<String> MI_LINKED_NAME = PortfolioSql.programmeName(MI.LINKED_PROGRAMME_ID);
    /** The linked programme only when the caller may see it: an unpublished one is neither named nor numbered. */
    private static final Field<Long> MI_LINKED_PUBLISHED_ID = when(
            MI.LINKED_PROGRAMME_ID.in(PortfolioSql.visibleProgrammeIds(false)), MI.LINKED_PROGRAMME_ID)
            .as("linked_programme_id");
    private static final Field<String> MI_LINKED_PUBLISHED_NAME = when(
            MI.LINKED_PROGRAMME_ID.in(PortfolioSql.visibleProgrammeIds(false)), MI_LINKED_NAME)
            .as("linked_programme_name");

    private final DSLContext dsl;
    private final PortfolioQueries portfolio;
    private final Organisations organisations;
    private final Areas areas;

    FinanceQueries(DSLContext dsl, PortfolioQueries portfolio, Organisations organisations, Areas areas) {
        this.areas = areas;
        this.dsl = dsl;
        this.portfolio = portfolio;
        this.organisations = organisations;
    }

    /** A line of a programme is visible when the programme is (for anonymous visitors: published). */
    static Condition programmeLineVisible(BudgetLine line) {
        return line.PROGRAMME_ID.in(PortfolioSql.visibleProgrammeIds(false));
    }

    /** A line of a project is visible when the project is. */
    static Condition projectLineVisible(BudgetLine line) {
        return line.PROJECT_ID.in(PortfolioSql.visibleProjectIds(false));
    }

    /**
     * The revision with the highest number of the line {@code BL}: the one flagged {@code latest}, which a trigger
     * keeps (V35). An anti-join over the revisions cost seconds at 2,000,000 revisions (docs/benchmarks.md).
     */
    static Condition isCurrent(BudgetRevision r) {
        return r.BUDGET_LINE_ID.eq(BL.ID).and(r.LATEST.isTrue());
    }

    private static Table<?> base() {
        return BL.join(F).on(F.ID.eq(BL.FUNDER_ID)).join(CUR).on(isCurrent(CUR));
    }

    public List<Category> categories() {
        return dsl.selectFrom(FUNDER_CATEGORY).orderBy(FUNDER_CATEGORY.POSITION).fetch(
                r -> new Category(r.getCode(), r.getPosition(), r.getRegional(), r.getPublic()));
    }

    // ---- grouped totals ----

    /** Totals per key and funder category of the current revisions of the lines in the scope. */
    public <K> List<Aggregate<K>> aggregate(LineScope<K> scope, Condition where, boolean includeUnpublished) {
        Field<Integer> lines = count().as("lines");
        Field<BigDecimal> budgeted = sum(CUR.BUDGETED).as("budgeted");
        Field<Integer> budgetedKnown = count(CUR.BUDGETED).as("budgeted_known");
        Field<BigDecimal> committed = sum(CUR.COMMITTED).as("committed");
        Field<Integer> committedKnown = count(CUR.COMMITTED).as("committed_known");
        Field<BigDecimal> realised = sum(CUR.REALISED).as("realised");
        Field<Integer> realisedKnown = count(CUR.REALISED).as("realised_known");
        Condition both = CUR.BUDGETED.isNotNull().and(CUR.COMMITTED.isNotNull());
        Field<Integer> bothKnown = count().filterWhere(both).as("both_known");
        Field<BigDecimal> bothBudgeted = sum(CUR.BUDGETED).filterWhere(both).as("both_budgeted");
        Field<BigDecimal> bothCommitted = sum(CUR.COMMITTED).filterWhere(both).as("both_committed");
        return dsl.select(scope.key(), F.CATEGORY_CODE, lines, budgeted, budgetedKnown, committed, committedKnown,
                        realised, realisedKnown, bothKnown, bothBudgeted, bothCommitted)
                .from(scope.joins().apply(base()))
                .where(where).and(scope.visibility(includeUnpublished))
                .groupBy(scope.key(), F.CATEGORY_CODE)
                .fetch(r -> new Aggregate<>(r.get(scope.key()), r.get(F.CATEGORY_CODE), new MoneyTotals(
                        r.get(budgeted), r.get(committed), r.get(realised), r.get(lines), r.get(budgetedKnown),
                        r.get(committedKnown), r.get(realisedKnown), new MoneyTotals.BothKnown(r.get(bothKnown),
                                r.get(bothBudgeted), r.get(bothCommitted)))));
    }

    /**
     * The sources of the current revisions that give an amount, per key and funder category: per source document the
     * lines citing it and its first {@link MoneySources#PLACES_KEPT} places (bounded by the documents, not the places).
     */
    public <K> Map<K, Map<String, MoneySources>> sources(LineScope<K> scope, Condition where,
            boolean includeUnpublished) {
        return sourcesOf(sourceRows(scope, where, includeUnpublished));
    }

    /** Rows of (key, category, document, place) as sources per key and category: one way for stored and computed. */
    static <K> Map<K, Map<String, MoneySources>> sourcesOf(List<SourceRow<K>> rows) {
        Map<K, Map<String, Map<Long, List<SourceRow<K>>>>> grouped = new LinkedHashMap<>();
        rows.forEach(r -> grouped.computeIfAbsent(r.key(), k -> new LinkedHashMap<>())
                .computeIfAbsent(r.category(), c -> new LinkedHashMap<>())
                .computeIfAbsent(r.sourceId(), d -> new ArrayList<>()).add(r));
        Map<K, Map<String, MoneySources>> result = new LinkedHashMap<>();
        grouped.forEach((key, categories) -> categories.forEach((category, documents) -> result
                .computeIfAbsent(key, k -> new LinkedHashMap<>()).put(category, new MoneySources(documents.values()
                        .stream().map(places -> {
                            SourceRef d = places.getFirst().source();
                            return new MoneySources.Document(d.code(), d.title(), d.url(),
                                    places.getFirst().citations(),
                                    places.stream().map(p -> p.source().locator()).toList());
                        }).toList()))));
        return result;
    }

    /**
     * One kept place of a source document of the lines of a key in a funder category, with the number of those lines
     * citing the document.
     */
    public record SourceRow<K>(K key, String category, long sourceId, SourceRef source, int citations) {
    }

    /**
     * {@link #sources} as rows, with the sources' ids (for storing them): per key, category and document its first
     * {@link MoneySources#PLACES_KEPT} distinct places in {@link MoneySources#PLACE_ORDER}, each with the document's
     * number of lines. One query; the places beyond are counted in the database, not fetched.
     */
    public <K> List<SourceRow<K>> sourceRows(LineScope<K> scope, Condition where, boolean includeUnpublished) {
        Field<K> key = scope.key();
        var document = new Field<?>[] {key, F.CATEGORY_CODE, CUR.SOURCE_ID};
        Field<java.math.BigDecimal> citations = sum(count()).over().partitionBy(document).as("citations");
        Field<Integer> rank = DSL.rowNumber().over().partitionBy(document)
                .orderBy(CUR.SOURCE_LOCATOR.collate("C").asc().nullsLast()).as("place_rank");
        Field<K> groupKey = key.as("group_key");
        Table<?> places = dsl.select(groupKey, F.CATEGORY_CODE, CUR.SOURCE_ID, CUR.SOURCE_LOCATOR, citations, rank)
                .from(scope.joins().apply(base()))
                .where(where).and(scope.visibility(includeUnpublished))
                .and(CUR.SOURCE_ID.isNotNull())
                // a line without any known amount adds nothing to a sum, so its source does not cite one
                .and(CUR.BUDGETED.isNotNull().or(CUR.COMMITTED.isNotNull()).or(CUR.REALISED.isNotNull()))
                .groupBy(key, F.CATEGORY_CODE, CUR.SOURCE_ID, CUR.SOURCE_LOCATOR)
                .asTable("places");
        Field<K> k = places.field(groupKey);
        Field<String> category = places.field(F.CATEGORY_CODE);
        Field<String> locator = places.field(CUR.SOURCE_LOCATOR);
        Field<java.math.BigDecimal> n = places.field(citations);
        return dsl.select(k, category, S.ID, S.CODE, S.TITLE, S.URL, locator, n)
                .from(places).join(S).on(S.ID.eq(places.field(CUR.SOURCE_ID)))
                .where(places.field(rank).le(MoneySources.PLACES_KEPT))
                .orderBy(S.CODE, locator.collate("C").asc().nullsLast())
                .fetch(r -> new SourceRow<>(r.get(k), r.get(category), r.get(S.ID), SOURCE_COLUMNS.ref(r, locator),
                        r.get(n).intValue()));
    }

    /** The number of distinct projects with lines in the scope, per key. */
    public <K> Map<K, Integer> projectCounts(LineScope<K> scope, Condition where, boolean includeUnpublished) {
        Field<Integer> projects = countDistinct(BL.PROJECT_ID).as("projects");
        Map<K, Integer> result = new LinkedHashMap<>();
        dsl.select(scope.key(), projects).from(scope.joins().apply(BL))
                .where(where).and(scope.visibility(includeUnpublished))
                .groupBy(scope.key())
                .forEach(r -> result.put(r.get(scope.key()), r.get(projects)));
        return result;
    }

    /** The areas' names with their counts of projects with lines (per area code, in code order). One query. */
    public Map<String, AreaCount> areaNames(Map<String, Integer> projectsByCode) {
        Map<String, AreaCount> result = new LinkedHashMap<>();
        if (projectsByCode.isEmpty()) {
            return result;
        }
        Map<String, String> names = areas.namesByCode(projectsByCode.keySet());
        projectsByCode.keySet().stream().sorted().forEach(code ->
                result.put(code, new AreaCount(names.get(code), projectsByCode.get(code))));
        return result;
    }

    public record AreaCount(String name, int projects) {
    }

    /**
     * A page of the budget lines ({@code limit} from {@code offset}) of the (visible) projects that name the municipality
     * (or an area within it), each at its current revision, in category (report order), project, funder and year
     * order. One query: the order needs no revision, so only the lines shown are joined with theirs; the projects are
     * joined with their titles (a title looked up per line was a third of the time, with thousands of lines).
     */
    public List<MunicipalityMoney.Line> municipalityLines(long areaId, boolean includeUnpublished, int limit,
            long offset) {
        Table<Record2<Long, String>> projects = PortfolioSql.visibleProjectTitlesReaching("reaching", areaId, false,
                includeUnpublished);
        Field<Long> projectId = projects.field("project_id", Long.class);
        Field<String> title = projects.field("project_title", String.class);
        Table<?> first = dsl.select(BL.ID, BL.PROJECT_ID, title, F.NAME, F.CATEGORY_CODE, BL.YEAR, FC.POSITION)
                .from(projects.join(BL).on(BL.PROJECT_ID.eq(projectId))
                        .join(F).on(F.ID.eq(BL.FUNDER_ID)).join(FC).on(FC.CODE.eq(F.CATEGORY_CODE)))
                .orderBy(FC.POSITION, title, F.NAME, BL.YEAR.asc().nullsFirst(), BL.ID)
                .limit(limit).offset(offset)
                .asTable("first_lines");
        Field<Long> id = first.field(BL.ID);
        Field<Integer> year = first.field(BL.YEAR);
        return dsl.select(id, first.field(BL.PROJECT_ID), first.field(title), first.field(F.NAME),
                        first.field(F.CATEGORY_CODE), year, CUR.REVISION, CUR.BUDGETED, CUR.COMMITTED, CUR.REALISED,
                        CUR.SOURCE_LOCATOR, S.CODE, S.TITLE, S.URL)
                // a line without a revision (none is written so) shows no amounts
                .from(first.leftJoin(CUR).on(CUR.BUDGET_LINE_ID.eq(id)).and(CUR.LATEST.isTrue())
                        .leftJoin(S).on(S.ID.eq(CUR.SOURCE_ID)))
                .orderBy(first.field(FC.POSITION), first.field(title), first.field(F.NAME), year.asc().nullsFirst(),
                        id)
                .fetch(r -> new MunicipalityMoney.Line(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                        SOURCE_COLUMNS.ref(r, CUR.SOURCE_LOCATOR)));
    }

    /** A project with visible budget lines, by title (for the programme's page of project subtotals). */
    public record ProjectWithLines(long id, String title) {
    }

    /**
     * A page of the programme's projects that have visible lines, by title (case ignored) and id, with the number of
     * all such projects. One query over the programme's projects (a line of a project is visible when the project is).
     */
    public PageResult<ProjectWithLines> projectsWithLines(long programmeId, boolean includeUnpublished, int page,
            int size) {
        Table<?> pp = PortfolioSql.projectIdsInProgramme(programmeId).asTable("pp", "project_id");
        Field<Long> project = pp.field("project_id", Long.class);
        Field<String> title = PortfolioSql.projectTitle(project, includeUnpublished);
        Field<Integer> total = DSL.count().over().as("total");
        var rows = dsl.select(project, title, total).from(pp)
                // the title is null when the caller may not see the project (read by index, project by project)
                .where(title.isNotNull())
                .andExists(DSL.selectOne().from(BL).where(BL.PROJECT_ID.eq(project)))
                // as String.CASE_INSENSITIVE_ORDER: lower case, then by code point
                .orderBy(DSL.lower(title).collate("C"), project)
                .limit(size).offset((long) page * size)
                .fetch();
        return new PageResult<>(rows.map(r -> new ProjectWithLines(r.get(project), r.get(title))), page, size,
                rows.isEmpty() ? 0 : rows.getFirst().get(total));
    }

    /** Sum, count and sources of the mobilised investments per programme. */
    public Map<Long, MobilisedTotals> mobilisedTotals(Long programmeIdOrNull, boolean includeUnpublished) {
        Map<Long, MobilisedTotals> result = new LinkedHashMap<>();
        Field<BigDecimal> total = sum(MI.AMOUNT).as("total");
        Field<Integer> n = count().as("n");
        dsl.select(MI.PROGRAMME_ID, total, n,
                        multiset(selectDistinct(S.CODE, S.TITLE, S.URL, MOBILISED_INVESTMENT.SOURCE_LOCATOR)
                                .from(MOBILISED_INVESTMENT).join(S).on(S.ID.eq(MOBILISED_INVESTMENT.SOURCE_ID))
                                .where(MOBILISED_INVESTMENT.PROGRAMME_ID.eq(MI.PROGRAMME_ID)))
                                .as("sources")
                                .convertFrom(rs -> rs.map(s -> new SourceRef(s.value1(), s.value2(), s.value4(),
                                        s.value3()))))
                .from(MI)
                .where(programmeIdOrNull == null ? noCondition() : MI.PROGRAMME_ID.eq(programmeIdOrNull))
                .and(mobilisedVisible(includeUnpublished))
                .groupBy(MI.PROGRAMME_ID)
                .forEach(r -> result.put(r.get(MI.PROGRAMME_ID),
                        new MobilisedTotals(r.get(total), r.get(n), r.value4())));
        return result;
    }

    public record MobilisedTotals(BigDecimal total, int count, List<SourceRef> sources) {
    }

    // ---- programmes and projects (the portfolio's, in finance's rows) ----

    /** The programme (all visible ones when null), by start year and code. */
    public List<ProgrammeRow> programmes(Long programmeIdOrNull, boolean includeUnpublished) {
        return portfolio.programmeFacts(programmeIdOrNull, includeUnpublished).stream()
                .map(FinanceQueries::programmeRow).toList();
    }

    private static ProgrammeRow programmeRow(ProgrammeFacts p) {
        return new ProgrammeRow(p.id(), p.code(), p.name(), p.published(), p.startYear(), p.endYear(),
                p.multiplierTarget(), p.multiplierTargetSource());
    }

    public Optional<ProgrammeRow> programme(long id, boolean includeUnpublished) {
        return programmes(id, includeUnpublished).stream().findFirst();
    }

    /** A project with its programmes (one query). */
    public Optional<ProjectRow> project(long id, boolean includeUnpublished) {
        return portfolio.projectFacts(id, includeUnpublished).map(p -> new ProjectRow(p.id(), p.title(),
                p.published(), p.startDate(), p.endDate(),
                p.programmes().stream().map(FinanceQueries::programmeRow).toList()));
    }

    // ---- budget lines ----

    private static Condition lineVisibility(boolean includeUnpublished) {
        return lineVisibility(BL, includeUnpublished);
    }

    /** The publication rule of budget lines: a line is visible when its programme and its project are. */
    static Condition lineVisibility(BudgetLine line, boolean includeUnpublished) {
        return includeUnpublished ? noCondition()
                : line.PROGRAMME_ID.isNull().or(programmeLineVisible(line))
                        .and(line.PROJECT_ID.isNull().or(projectLineVisible(line)));
    }

    /**
     * {@link #lineVisibility} for a page of lines of {@code BL}: the same rule probing each line's programme or project
     * by its key, so that a page read in id order stops after its rows instead of first hashing every visible project.
     */
    private static Condition probedVisibility(boolean includeUnpublished) {
        return includeUnpublished ? noCondition()
                : BL.PROGRAMME_ID.isNull().or(PortfolioSql.programmePublished(BL.PROGRAMME_ID))
                        .and(BL.PROJECT_ID.isNull().or(PortfolioSql.projectPublished(BL.PROJECT_ID)));
    }

    /** Lines of the programme itself and of its projects. */
    public static Condition ofProgrammeAndItsProjects(long programmeId) {
        // "in": next to the "or" a hash of the programme's projects, which a page in id order probes (with = any(array)
        // the count and the page read each of the 25,000 lines of a large programme's projects by index)
        return BL.PROGRAMME_ID.eq(programmeId).or(BL.PROJECT_ID.in(PortfolioSql.projectIdsInProgramme(programmeId)));
    }

    /**
     * The lines of the projects a query selects, as {@code = any(array(...))}: PostgreSQL reads the ids first and then
     * the lines through the index on their project. With {@code in (select ...)} it guessed thousands of projects for
     * a municipality (the area tree's recursive query) and read every line of the country for its 6,000.
     */
    static Condition ofSelectedProjects(org.jooq.Select<? extends org.jooq.Record1<Long>> projectIds) {
        return BL.PROJECT_ID.eq(DSL.any(DSL.array(projectIds)));
    }

    /** The programme's own lines. */
    public static Condition ofProgramme(long programmeId) {
        return BL.PROGRAMME_ID.eq(programmeId);
    }

    /** For {@link LineScope#PROJECT}: the lines of the given projects. */
    public static Condition ofProjects(Collection<Long> projectIds) {
        return BL.PROJECT_ID.in(projectIds);
    }

    /** For {@link LineScope#PROJECT}: the lines of the projects a query selects. */
    public static Condition linesOfProjects(org.jooq.Select<? extends org.jooq.Record1<Long>> projectIds) {
        return BL.PROJECT_ID.in(projectIds);
    }

    public static Condition condition(LineFilter f) {
        Condition c = noCondition();
        if (f.programmeId() != null) {
            c = c.and(f.includeProjects() ? ofProgrammeAndItsProjects(f.programmeId())
                    : ofProgramme(f.programmeId()));
        }
        if (f.projectId() != null) {
            c = c.and(BL.PROJECT_ID.eq(f.projectId()));
        }
        if (f.funderId() != null) {
            c = c.and(BL.FUNDER_ID.eq(f.funderId()));
        }
        if (f.category() != null) {
            c = c.and(F.CATEGORY_CODE.eq(f.category()));
        }
        if (f.year() != null) {
            c = c.and(BL.YEAR.eq(f.year()));
        }
        if (f.municipality() != null) {
            c = c.and(ofSelectedProjects(PortfolioSql.projectIdsNaming(f.municipality())));
        }
        return c;
    }

    private static Table<?> lineTables() {
        return BL.join(F).on(F.ID.eq(BL.FUNDER_ID))
                .join(FC).on(FC.CODE.eq(F.CATEGORY_CODE))
                .join(CUR).on(isCurrent(CUR))
                .leftJoin(ORIG).on(ORIG.BUDGET_LINE_ID.eq(BL.ID).and(ORIG.REVISION.eq(1)))
                .leftJoin(S).on(S.ID.eq(CUR.SOURCE_ID));
    }

    /** Report order: programme lines first, then by project, category, funder and year (on BL, FC and F). */
    static final List<org.jooq.SortField<?>> REPORT_ORDER = List.of(BL.PROJECT_ID.asc().nullsFirst(),
            FC.POSITION.asc(), F.NAME.asc(), BL.YEAR.asc().nullsFirst(), BL.ID.asc());

    /** Lines in report order: programme lines first, then by project, category, funder and year. */
    public List<BudgetLineView> lines(Condition where, boolean includeUnpublished) {
        return lineSelect().where(where).and(lineVisibility(includeUnpublished))
                .orderBy(REPORT_ORDER)
                .fetch(FinanceQueries::lineView);
    }

    /**
     * A page of the lines that match the filter, in id order, with the number of all of them. Unfiltered, or by
     * funder, category and year only, the number is the stored one ({@link LineCounts}); with other filters it is
     * counted over the filter's lines.
     */
    public PageResult<BudgetLineView> linePage(LineFilter filter, boolean includeUnpublished, int page, int size) {
        Condition where = condition(filter);
        Condition groups = storedGroups(filter);
        Field<Integer> total = groups != null ? LineCounts.total(groups, includeUnpublished)
                // the lines that have a current revision, as the page: the joins of the displayed columns count nothing
                : dsl.selectCount().from(base()).where(where).and(lineVisibility(includeUnpublished)).asField();
        // the page's lines first, on the line tables only: joined before the limit, the displayed columns were read
        // for every line of the filter (25,000 for a programme's projects) and all but 50 thrown away
        var pageIds = DSL.select(BL.ID).from(base()).where(where).and(probedVisibility(includeUnpublished))
                .orderBy(BL.ID).limit(size).offset((long) page * size);
        List<BudgetLineView> items = lineSelect().where(BL.ID.in(pageIds)).orderBy(BL.ID)
                .fetch(FinanceQueries::lineView);
        return new PageResult<>(items, page, size, dsl.select(total).fetchSingle().value1());
    }

    /** The stored line-count groups ({@code budget_line_count}) of the filter's lines; null when it has others. */
    static Condition storedGroups(LineFilter f) {
        if (f.programmeId() != null || f.projectId() != null || f.municipality() != null
                || (f.year() != null && f.year() == 0)) {
            return null;
        }
        var c = BUDGET_LINE_COUNT;
        return (f.funderId() == null ? noCondition() : c.FUNDER_ID.eq(f.funderId()))
                .and(f.category() == null ? noCondition()
                        : c.FUNDER_ID.in(DSL.select(FUNDER.ID).from(FUNDER).where(FUNDER.CATEGORY_CODE.eq(f.category()))))
                .and(f.year() == null ? noCondition() : c.YEAR_KEY.eq(f.year()));
    }

    public Optional<BudgetLineView> line(long id, boolean includeUnpublished) {
        return lineSelect().where(BL.ID.eq(id)).and(probedVisibility(includeUnpublished))
                .fetchOptional(FinanceQueries::lineView);
    }

    /** The columns of a line with its current and original amounts; {@link #lineView} reads them. */
    org.jooq.SelectJoinStep<?> lineSelect() {
        return dsl.select(BL.ID, BL.PROGRAMME_ID, LINE_PROGRAMME_CODE, LINE_PROGRAMME_NAME, BL.PROJECT_ID,
                        LINE_PROJECT_TITLE, BL.FUNDER_ID, F.NAME,
                        F.CATEGORY_CODE, FC.REGIONAL, BL.YEAR, BL.VERSION, CUR.REVISION, CUR.BUDGETED, CUR.COMMITTED,
                        CUR.REALISED, ORIG.BUDGETED, ORIG.COMMITTED, ORIG.REALISED, S.CODE, S.TITLE, S.URL,
                        CUR.SOURCE_LOCATOR, CUR.REASON, CUR.RECORDED_BY, CUR.RECORDED_AT)
                .from(lineTables());
    }

    static BudgetLineView lineView(Record r) {
        return new BudgetLineView(r.get(BL.ID), r.get(BL.PROGRAMME_ID), r.get(LINE_PROGRAMME_CODE),
                r.get(LINE_PROGRAMME_NAME), r.get(BL.PROJECT_ID), r.get(LINE_PROJECT_TITLE), r.get(BL.FUNDER_ID), r.get(F.NAME), r.get(F.CATEGORY_CODE),
                r.get(FC.REGIONAL), r.get(BL.YEAR), r.get(BL.VERSION), r.get(CUR.REVISION),
                new Amounts(r.get(CUR.BUDGETED), r.get(CUR.COMMITTED), r.get(CUR.REALISED)),
                new Amounts(r.get(ORIG.BUDGETED), r.get(ORIG.COMMITTED), r.get(ORIG.REALISED)),
                SOURCE_COLUMNS.ref(r, CUR.SOURCE_LOCATOR),
                r.get(CUR.REASON), r.get(CUR.RECORDED_BY), r.get(CUR.RECORDED_AT));
    }

    /** All revisions of a line, oldest first. */
    public List<RevisionView> revisions(long lineId) {
        BudgetRevision r = BUDGET_REVISION;
        return dsl.select(r.ID, r.REVISION, r.BUDGETED, r.COMMITTED, r.REALISED, r.REASON, r.RECORDED_BY,
                        r.RECORDED_AT, S.CODE, S.TITLE, S.URL, r.SOURCE_LOCATOR)
                .from(r).leftJoin(S).on(S.ID.eq(r.SOURCE_ID))
                .where(r.BUDGET_LINE_ID.eq(lineId))
                .orderBy(r.REVISION)
                .fetch(x -> new RevisionView(x.get(r.ID), x.get(r.REVISION),
                        new Amounts(x.get(r.BUDGETED), x.get(r.COMMITTED), x.get(r.REALISED)), x.get(r.REASON),
                        x.get(r.RECORDED_BY), x.get(r.RECORDED_AT),
                        SOURCE_COLUMNS.ref(x, r.SOURCE_LOCATOR)));
    }

    // ---- mobilised investments ----

    /** Mobilised investments are visible when their programme is. */
    private static Condition mobilisedVisible(boolean includeUnpublished) {
        return includeUnpublished ? noCondition() : MI.PROGRAMME_ID.in(PortfolioSql.visibleProgrammeIds(false));
    }

    private org.jooq.SelectJoinStep<?> mobilisedSelect(boolean includeUnpublished) {
        return dsl.select(MI.ID, MI.PROGRAMME_ID, MI_PROGRAMME_CODE, MI.DESCRIPTION, MI.AMOUNT,
                        linkedId(includeUnpublished), linkedName(includeUnpublished), MI.SOURCE_ID, MI.SOURCE_LOCATOR,
                        S.CODE, S.TITLE, S.URL, MI.VERSION, MI.CREATED_AT)
                .from(MI.leftJoin(S).on(S.ID.eq(MI.SOURCE_ID)));
    }

    private static Field<Long> linkedId(boolean includeUnpublished) {
        return includeUnpublished ? MI.LINKED_PROGRAMME_ID.as("linked_programme_id") : MI_LINKED_PUBLISHED_ID;
    }

    private static Field<String> linkedName(boolean includeUnpublished) {
        return includeUnpublished ? MI_LINKED_NAME.as("linked_programme_name") : MI_LINKED_PUBLISHED_NAME;
    }

    private static MobilisedView mobilisedView(Record r) {
        return new MobilisedView(r.get(MI.ID), r.get(MI.PROGRAMME_ID), r.get(MI_PROGRAMME_CODE), r.get(MI.DESCRIPTION),
                r.get(MI.AMOUNT), r.get("linked_programme_id", Long.class), r.get("linked_programme_name", String.class),
                r.get(MI.SOURCE_ID), r.get(MI.SOURCE_LOCATOR),
                SOURCE_COLUMNS.ref(r, MI.SOURCE_LOCATOR),
                r.get(MI.VERSION), r.get(MI.CREATED_AT));
    }

    public PageResult<MobilisedView> mobilisedPage(Long programmeId, boolean includeUnpublished, int page, int size) {
        Condition c = (programmeId == null ? noCondition() : MI.PROGRAMME_ID.eq(programmeId))
                .and(mobilisedVisible(includeUnpublished));
        int total = dsl.fetchCount(MI, c);
        List<MobilisedView> items = mobilisedSelect(includeUnpublished).where(c).orderBy(MI.PROGRAMME_ID, MI.ID)
                .limit(size).offset((long) page * size).fetch(FinanceQueries::mobilisedView);
        return new PageResult<>(items, page, size, total);
    }

    public List<MobilisedView> mobilised(long programmeId, boolean includeUnpublished) {
        return mobilisedSelect(includeUnpublished).where(MI.PROGRAMME_ID.eq(programmeId)).orderBy(MI.AMOUNT.desc(), MI.ID)
                .fetch(FinanceQueries::mobilisedView);
    }

    public Optional<MobilisedView> mobilisedInvestment(long id, boolean includeUnpublished) {
        return mobilisedSelect(includeUnpublished).where(MI.ID.eq(id))
                .and(mobilisedVisible(includeUnpublished))
                .fetchOptional(FinanceQueries::mobilisedView);
    }

    // ---- funders and select lists ----

    /** A page of the funders, in category and name order: of one category (null: all), named with q (null: all). */
    public PageResult<FunderView> funderPage(String category, String q, boolean includeUnpublished, int page,
            int size) {
        Condition c = (category == null ? noCondition() : FUNDER.CATEGORY_CODE.eq(category))
                .and(FullText.containsEveryWord(q, FUNDER.NAME));
        int total = dsl.fetchCount(FUNDER, c);
        return new PageResult<>(funders(c, includeUnpublished, page, size), page, size, total);
    }

    /**
     * Funders with their organisation's name and their number of budget lines (stored: {@link LineCounts}), both as
     * far as the caller may see them (anonymous visitors: no unpublished organisation, no line of an unpublished
     * programme or project).
     */
    public List<FunderView> funders(Condition c, boolean includeUnpublished, int page, int size) {
        Field<Integer> lines = LineCounts.total(BUDGET_LINE_COUNT.FUNDER_ID.eq(FUNDER.ID), includeUnpublished)
                .as("line_count");
        Field<String> organisation = OrganisationSql.name(FUNDER.ORGANISATION_ID, includeUnpublished);
        return dsl.select(FUNDER.ID, FUNDER.NAME, FUNDER.CATEGORY_CODE, FUNDER.ORGANISATION_ID, organisation,
                        FUNDER.VERSION, lines)
                .from(FUNDER)
                .join(FUNDER_CATEGORY).on(FUNDER_CATEGORY.CODE.eq(FUNDER.CATEGORY_CODE))
                .where(c)
                .orderBy(FUNDER_CATEGORY.POSITION, FUNDER.NAME)
                .limit(size).offset((long) page * size)
                .fetch(r -> new FunderView(r.get(FUNDER.ID), r.get(FUNDER.NAME), r.get(FUNDER.CATEGORY_CODE),
                        r.get(organisation) == null ? null : r.get(FUNDER.ORGANISATION_ID), r.get(organisation),
                        r.get(FUNDER.VERSION), r.get(lines)));
    }

    public Optional<FunderView> funder(long id, boolean includeUnpublished) {
        return funders(FUNDER.ID.eq(id), includeUnpublished, 0, 1).stream().findFirst();
    }

    public List<FunderView> allFunders(boolean includeUnpublished) {
        return funders(noCondition(), includeUnpublished, 0, Integer.MAX_VALUE);
    }

    /** For the forms (logged-in users): every programme, by code. */
    public List<Option> programmeOptions() {
        return portfolio.programmeChoices(true).stream()
                .sorted(java.util.Comparator.comparing(org.regiomonitor.portfolio.ProgrammeChoice::code))
                .map(p -> new Option(p.id(), p.code() + " — " + p.name())).toList();
    }

    /** Distinct sources, keeping order. */
    public static List<SourceRef> distinct(List<SourceRef> refs) {
        Set<SourceRef> set = new LinkedHashSet<>(refs);
        return List.copyOf(set);
    }
}
