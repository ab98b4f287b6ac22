package org.regiomonitor.portfolio;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_COUNT;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.THEME;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record9;
import org.jooq.SelectJoinStep;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.organisation.OrganisationSql;
import org.regiomonitor.portfolio.internal.ProgrammeReader;
import org.regiomonitor.portfolio.internal.ProjectCounts;
import org.regiomonitor.shared.FullText;
import org.regiomonitor.shared.SourceColumns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts about the portfolio for other features (dashboard, areas, organisations, reports).
 * Every method takes {@code includeUnpublished}: pass {@code AccessPolicy.canSeeUnpublished(auth)};
 * with {@code false} only published programmes and published projects count.
 */
@Service
@Transactional(readOnly = true)
public class PortfolioQueries {

    private final DSLContext dsl;
    private final ProgrammeReader programmes;
    private final ProjectCounts counts;

    PortfolioQueries(DSLContext dsl, ProgrammeReader programmes, ProjectCounts counts) {
        this.dsl = dsl;
        this.programmes = programmes;
        this.counts = counts;
    }

    /** The amounts a programme states, with their sources; empty when the caller may not see it. One query. */
    public Optional<ProgrammeAmounts> programmeAmounts(long programmeId, boolean includeUnpublished) {
        return programmes.detail(programmeId, includeUnpublished).map(d -> new ProgrammeAmounts(d.budgetCeiling(),
                d.budgetCeilingSource(), d.expectedInvestment(), d.expectedInvestmentSource(), d.investmentVolume(),
                d.investmentVolumeSource()));
    }

    /** All programmes, by start year and code, with the number of their (visible) projects. */
    public List<ProgrammeSummary> programmeSummaries(boolean includeUnpublished) {
        return dsl.select(PROGRAMME.ID, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.START_YEAR, PROGRAMME.END_YEAR,
                        PROGRAMME.STATUS, PROGRAMME.PUBLISHED, projectCountField(includeUnpublished))
                .from(PROGRAMME)
                .where(PortfolioSql.programmeVisible(includeUnpublished))
                .orderBy(PROGRAMME.START_YEAR.asc().nullsLast(), PROGRAMME.CODE)
                .fetch(r -> new ProgrammeSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    /** One programme in brief; empty when it does not exist or the caller may not see it. */
    public Optional<ProgrammeSummary> programme(long programmeId, boolean includeUnpublished) {
        return dsl.select(PROGRAMME.ID, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.START_YEAR, PROGRAMME.END_YEAR,
                        PROGRAMME.STATUS, PROGRAMME.PUBLISHED, projectCountField(includeUnpublished))
                .from(PROGRAMME)
                .where(PROGRAMME.ID.eq(programmeId))
                .and(PortfolioSql.programmeVisible(includeUnpublished))
                .fetchOptional(r -> new ProgrammeSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    /**
     * The programme an address names by code (any case) or id, when it exists and the caller may see it; see
     * {@link ProgrammeAddress}. One query.
     */
    public Optional<ProgrammeAddress> programmeAddress(String key, boolean includeUnpublished) {
        Long id = ProgrammeAddress.idIn(key);
        return dsl.select(PROGRAMME.ID, PROGRAMME.CODE)
                .from(PROGRAMME)
                .where(id != null ? PROGRAMME.ID.eq(id) : PROGRAMME.CODE.equalIgnoreCase(key))
                .and(PortfolioSql.programmeVisible(includeUnpublished))
                .fetchOptional(r -> new ProgrammeAddress(r.value1(), r.value2()));
    }

    /** Programmes by name, as choices; only those the caller may see. */
    public List<ProgrammeChoice> programmeChoices(boolean includeUnpublished) {
        return programmeChoices(PortfolioSql.programmeVisible(includeUnpublished));
    }

    /**
     * Programmes by name, as choices, narrowed by a condition on the programme id that the caller builds, e.g.
     * {@code id -> access.canEditProgrammeCondition(auth, id)}.
     */
    public List<ProgrammeChoice> programmeChoices(Function<Field<Long>, Condition> which) {
        return programmeChoices(which.apply(PROGRAMME.ID));
    }

    private List<ProgrammeChoice> programmeChoices(Condition where) {
        return dsl.select(PROGRAMME.ID, PROGRAMME.CODE, PROGRAMME.NAME)
                .from(PROGRAMME)
                .where(where)
                .orderBy(PROGRAMME.NAME)
                .fetch(r -> new ProgrammeChoice(r.value1(), r.value2(), r.value3()));
    }

    /** Whether any programme exists (published or not). */
    public boolean anyProgramme() {
        return dsl.fetchExists(PROGRAMME);
    }

    public boolean programmeExists(long programmeId) {
        return dsl.fetchExists(PROGRAMME, PROGRAMME.ID.eq(programmeId));
    }

    public boolean projectInProgramme(long projectId, long programmeId) {
        return dsl.fetchExists(PROJECT_PROGRAMME,
                PROJECT_PROGRAMME.PROJECT_ID.eq(projectId).and(PROJECT_PROGRAMME.PROGRAMME_ID.eq(programmeId)));
    }

    /** The best full-text matches among the projects the caller may see (title and summary), by rank. */
    public List<FullText.Hit> searchProjects(FullText.Query query, boolean includeUnpublished, int limit) {
        return FullText.hits(dsl, PROJECT, PROJECT.ID, PROJECT.TITLE, PROJECT.SUMMARY,
                FullText.storedVector(PROJECT), PROJECT.PUBLISHED,
                "/projects/", query, PortfolioSql.projectVisible(includeUnpublished), limit);
    }

    /** The best full-text matches among the programmes the caller may see (name; code and description), by rank. */
    public List<FullText.Hit> searchProgrammes(FullText.Query query, boolean includeUnpublished, int limit) {
        return FullText.hits(dsl, PROGRAMME, PROGRAMME.ID, PROGRAMME.NAME,
                PROGRAMME.CODE.concat(inline(" "), coalesce(PROGRAMME.DESCRIPTION, "")), PROGRAMME.PUBLISHED,
                inline("/programmes/").concat(PROGRAMME.CODE), PROGRAMME.CODE, query,
                PortfolioSql.programmeVisible(includeUnpublished), limit);
    }

    /**
     * The best full-text matches among the themes of the programmes the caller may see (name and description), by
     * rank; a theme is as public as its programme, and found at its programme's code and its own.
     */
    public List<FullText.Hit> searchThemes(FullText.Query query, boolean includeUnpublished, int limit) {
        Field<String> url = inline("/programmes/").concat(PROGRAMME.CODE, inline("/themes/"), THEME.CODE);
        return FullText.hits(dsl, THEME.join(PROGRAMME).on(PROGRAMME.ID.eq(THEME.PROGRAMME_ID)), THEME.ID, THEME.NAME,
                THEME.DESCRIPTION, PROGRAMME.PUBLISHED, url, PROGRAMME.NAME, query,
                PortfolioSql.programmeVisible(includeUnpublished), limit);
    }

    /**
     * Programmes (all visible ones when {@code programmeIdOrNull} is null), by start year and code, with their
     * multiplier target and its source. One query.
     */
    public List<ProgrammeFacts> programmeFacts(Long programmeIdOrNull, boolean includeUnpublished) {
        return dsl.select(PROGRAMME.ID, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.PUBLISHED, PROGRAMME.START_YEAR,
                        PROGRAMME.END_YEAR, PROGRAMME.MULTIPLIER_TARGET, SOURCE.CODE, SOURCE.TITLE, SOURCE.URL,
                        PROGRAMME.MULTIPLIER_TARGET_SOURCE_LOCATOR)
                .from(PROGRAMME).leftJoin(SOURCE).on(SOURCE.ID.eq(PROGRAMME.MULTIPLIER_TARGET_SOURCE_ID))
                .where(programmeIdOrNull == null ? noCondition() : PROGRAMME.ID.eq(programmeIdOrNull))
                .and(PortfolioSql.programmeVisible(includeUnpublished))
                .orderBy(PROGRAMME.START_YEAR.nullsLast(), PROGRAMME.CODE)
                .fetch(r -> new ProgrammeFacts(r.get(PROGRAMME.ID), r.get(PROGRAMME.CODE), r.get(PROGRAMME.NAME),
                        r.get(PROGRAMME.PUBLISHED), r.get(PROGRAMME.START_YEAR), r.get(PROGRAMME.END_YEAR),
                        r.get(PROGRAMME.MULTIPLIER_TARGET),
                        SourceColumns.of(SOURCE).ref(r, PROGRAMME.MULTIPLIER_TARGET_SOURCE_LOCATOR)));
    }

    /** A project with its programmes the caller may see (by code); empty when the caller may not see it. One query. */
    public Optional<ProjectFacts> projectFacts(long projectId, boolean includeUnpublished) {
        return dsl.select(PROJECT.ID, PROJECT.TITLE, PROJECT.PUBLISHED, PROJECT.START_DATE, PROJECT.END_DATE,
                        multiset(select(PROGRAMME.ID, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.PUBLISHED,
                                PROGRAMME.START_YEAR, PROGRAMME.END_YEAR, PROGRAMME.MULTIPLIER_TARGET)
                                .from(PROJECT_PROGRAMME).join(PROGRAMME)
                                .on(PROGRAMME.ID.eq(PROJECT_PROGRAMME.PROGRAMME_ID))
                                .where(PROJECT_PROGRAMME.PROJECT_ID.eq(PROJECT.ID))
                                // a published project may sit in an unpublished programme: not named to visitors
                                .and(PortfolioSql.programmeVisible(includeUnpublished))
                                .orderBy(PROGRAMME.CODE))
                                .convertFrom(rs -> rs.map(x -> new ProgrammeFacts(x.value1(), x.value2(), x.value3(),
                                        x.value4(), x.value5(), x.value6(), x.value7(), null))))
                .from(PROJECT)
                .where(PROJECT.ID.eq(projectId)).and(visible(includeUnpublished))
                .fetchOptional(r -> new ProjectFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    /** Projects per theme, for every theme of every (visible) programme, in programme and theme order. */
    public List<ThemeProjectCount> themeProjectCounts(boolean includeUnpublished) {
        return dsl.select(THEME.ID, PROGRAMME.CODE, THEME.NAME, THEME.KIND,
                        ProjectCounts.count(ProjectCounts.Scope.THEME, THEME.ID, includeUnpublished))
                .from(THEME)
                .join(PROGRAMME).on(PROGRAMME.ID.eq(THEME.PROGRAMME_ID))
                .where(PortfolioSql.programmeVisible(includeUnpublished))
                .orderBy(PROGRAMME.START_YEAR.asc().nullsLast(), PROGRAMME.CODE, THEME.POSITION, THEME.CODE)
                .fetch(r -> new ThemeProjectCount(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5()));
    }

    /**
     * Projects per municipality code, counting only the municipalities a project names explicitly.
     * Region-wide projects are NOT spread over the municipalities here (that would hide the
     * difference between "works in Hengelo" and "works everywhere"); get them from
     * {@link #regionWideProjectCount(boolean)} and show them separately. Municipalities without
     * projects are absent from the map.
     */
    public Map<String, Long> projectCountsByMunicipality(boolean includeUnpublished) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Field<String> code = AreaSql.code(PROJECT_COUNT.GROUP_KEY);
        Field<Integer> projects = ProjectCounts.count(ProjectCounts.Scope.AREA, PROJECT_COUNT.GROUP_KEY,
                includeUnpublished);
        // the groups of the areas projects name (a group without a row has no projects)
        dsl.select(code, projects)
                .from(PROJECT_COUNT)
                .where(PROJECT_COUNT.SCOPE.eq(ProjectCounts.Scope.AREA.name()))
                .and(PROJECT_COUNT.GROUP_KEY.in(AreaSql.idsOfKind(AreaKind.MUNICIPALITY)))
                .orderBy(code)
                .forEach(r -> {
                    if (r.value2() > 0) {
                        counts.put(r.value1(), r.value2().longValue());
                    }
                });
        return counts;
    }

    /** The number of projects the caller may see (a joint project counts once). */
    public long visibleProjectCount(boolean includeUnpublished) {
        return counts.total(ProjectCounts.Scope.ALL, includeUnpublished);
    }

    /** The number of projects that reach the whole region ({@code region_wide}). */
    public long regionWideProjectCount(boolean includeUnpublished) {
        return counts.total(ProjectCounts.Scope.REGION_WIDE, includeUnpublished);
    }

    /** Projects an organisation leads or takes part in, newest first. */
    public List<ProjectSummary> projectsOfOrganisation(long organisationId, boolean includeUnpublished) {
        return selectSummaries(includeUnpublished)
                .where(exists(selectOne().from(PROJECT_PARTNER)
                                .where(PROJECT_PARTNER.PROJECT_ID.eq(PROJECT.ID))
                                .and(PROJECT_PARTNER.ORGANISATION_ID.eq(organisationId)))
                        .or(PROJECT.LEAD_ORGANISATION_ID.eq(organisationId)))
                .and(visible(includeUnpublished))
                .orderBy(PROJECT.START_DATE.desc().nullsLast(), PROJECT.TITLE)
                .fetch(PortfolioQueries::summary);
    }

    /** Projects that name the area (by code, e.g. {@code GM0153}) among the municipalities they reach. */
    public List<ProjectSummary> projectsReaching(String areaCode, boolean includeUnpublished) {
        return selectSummaries(includeUnpublished)
                .where(exists(selectOne().from(PROJECT_AREA)
                        .where(PROJECT_AREA.PROJECT_ID.eq(PROJECT.ID))
                        .and(PROJECT_AREA.AREA_ID.in(AreaSql.idWithCode(areaCode)))))
                .and(visible(includeUnpublished))
                .orderBy(PROJECT.START_DATE.desc().nullsLast(), PROJECT.TITLE)
                .fetch(PortfolioQueries::summary);
    }

    private SelectJoinStep<Record9<Long, String, ProjectStatus, Long, String, java.time.LocalDate, java.time.LocalDate,
            Boolean, Boolean>> selectSummaries(boolean includeUnpublished) {
        return dsl.select(PROJECT.ID, PROJECT.TITLE, PROJECT.STATUS, PROJECT.LEAD_ORGANISATION_ID,
                        OrganisationSql.name(PROJECT.LEAD_ORGANISATION_ID, includeUnpublished),
                        PROJECT.START_DATE, PROJECT.END_DATE, PROJECT.REGION_WIDE, PROJECT.PUBLISHED)
                .from(PROJECT);
    }

    private static ProjectSummary summary(Record9<Long, String, ProjectStatus, Long, String, java.time.LocalDate,
            java.time.LocalDate, Boolean, Boolean> r) {
        // a lead the viewer may not see has neither name nor link
        return new ProjectSummary(r.value1(), r.value2(), r.value3(),
                r.value5() == null ? null : r.value4(), r.value5(),
                r.value6(), r.value7(), r.value8(), r.value9());
    }

    private static Field<Long> projectCountField(boolean includeUnpublished) {
        return ProjectCounts.count(ProjectCounts.Scope.PROGRAMME, PROGRAMME.ID, includeUnpublished).cast(Long.class)
                .as("project_count");
    }

    private static Condition visible(boolean includeUnpublished) {
        return PortfolioSql.projectVisible(includeUnpublished);
    }
}
