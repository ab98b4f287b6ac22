package org.regiomonitor.portfolio;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_LINK;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_STATUS_CHANGE;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.regiomonitor.db.Tables.THEME;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.organisation.OrganisationSql;
import org.regiomonitor.portfolio.internal.ProjectCounts;
import org.regiomonitor.shared.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes and projects with everything an open-data file describes them by (open data exports such as IATI):
 * texts, period, status with its history, owner and partners, themes, areas and links. Two queries, however
 * many programmes and projects. {@code includeUnpublished}: pass {@code AccessPolicy.canSeeUnpublished(auth)}, or
 * {@code false} for a publication; invisible programmes, projects and organisations are left out (an organisation
 * the caller may not see has neither id nor name).
 */
@Service
@Transactional(readOnly = true)
public class PortfolioOutline {

    /** A theme, with the code of its programme (theme codes are unique within a programme only). */
    public record ThemeOutline(long id, String programmeCode, String code, String name, ThemeKind kind,
            String description) {
    }

    public record ProgrammeOutline(long id, String code, String name, String description, Integer startYear,
            Integer endYear, ProgrammeStatus status, Long ownerOrganisationId, String ownerName,
            List<ThemeOutline> themes) {
    }

    public record PartnerOutline(long organisationId, String name, PartnerRole role) {
    }

    /** @param municipality whether the area is a municipality (a project may also name a region or district) */
    public record AreaOutline(String code, String name, boolean municipality) {
    }

    public record LinkOutline(String label, String url) {
    }

    /** A step of the lifecycle: the state reached and the day it was reached. */
    public record StatusStep(ProjectStatus status, LocalDate on) {
    }

    /**
     * @param leadOrganisationName the lead's name; null when none or the caller may not see it
     * @param programmeIds the (visible) programmes the project belongs to
     * @param history      the lifecycle in recording order (see {@link ProjectStatus})
     */
    public record ProjectOutline(long id, String title, String summary, ProjectStatus status, LocalDate startDate,
            LocalDate endDate, boolean regionWide, String leadOrganisationName, List<Long> programmeIds,
            List<PartnerOutline> partners,
            List<ThemeOutline> themes, List<AreaOutline> areas, List<LinkOutline> links, List<StatusStep> history) {
    }

    private final DSLContext dsl;

    PortfolioOutline(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The programme (every visible one when {@code programmeIdOrNull} is null), by start year and code. One query. */
    public List<ProgrammeOutline> programmes(Long programmeIdOrNull, boolean includeUnpublished) {
        Field<String> owner = OrganisationSql.name(PROGRAMME.OWNER_ORGANISATION_ID, includeUnpublished);
        Field<List<ThemeOutline>> themes = multiset(
                select(THEME.ID, THEME.CODE, THEME.NAME, THEME.KIND, THEME.DESCRIPTION).from(THEME)
                        .where(THEME.PROGRAMME_ID.eq(PROGRAMME.ID))
                        .orderBy(THEME.POSITION, THEME.CODE))
                .as("themes")
                .convertFrom(r -> r.map(t -> new ThemeOutline(t.value1(), null, t.value2(), t.value3(), t.value4(),
                        t.value5())));
        return dsl.select(PROGRAMME.ID, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.DESCRIPTION, PROGRAMME.START_YEAR,
                        PROGRAMME.END_YEAR, PROGRAMME.STATUS, PROGRAMME.OWNER_ORGANISATION_ID, owner, themes)
                .from(PROGRAMME)
                .where(programmeIdOrNull == null ? noCondition() : PROGRAMME.ID.eq(programmeIdOrNull))
                .and(PortfolioSql.programmeVisible(includeUnpublished))
                .orderBy(PROGRAMME.START_YEAR.asc().nullsLast(), PROGRAMME.CODE)
                .fetch(r -> new ProgrammeOutline(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value9() == null ? null : r.value8(), r.value9(),
                        r.value10().stream().map(t -> new ThemeOutline(t.id(), r.value2(), t.code(), t.name(),
                                t.kind(), t.description())).toList()));
    }

    /**
     * The projects (of one programme, or every visible one when {@code programmeIdOrNull} is null), by id. One
     * query; the programmes, themes and partners of a project are those the caller may see.
     */
    public List<ProjectOutline> projects(Long programmeIdOrNull, boolean includeUnpublished) {
        return projects(programmeIdOrNull == null ? null : List.of(programmeIdOrNull), includeUnpublished);
    }

    /** The projects of any of the programmes (every visible one when {@code programmeIdsOrNull} is null), by id. */
    public List<ProjectOutline> projects(Collection<Long> programmeIdsOrNull, boolean includeUnpublished) {
        // every one: no page
        return projects(inProgrammes(programmeIdsOrNull), includeUnpublished, List.of(PROJECT.ID.asc()),
                Integer.MAX_VALUE, 0);
    }

    /**
     * One page of a programme's (visible) projects as a report tells them, by title, with the number of all. Two
     * queries, each bounded by the page: a programme's impact overview on the web shows a page at a time.
     */
    public PageResult<OutlinedProgramme.Project> projectPage(long programmeId, boolean includeUnpublished, int page,
            int size) {
        // the stored count of the programme's projects (V39), the very count the programme pages show
        long total = dsl.select(ProjectCounts.count(ProjectCounts.Scope.PROGRAMME, DSL.inline(programmeId),
                includeUnpublished)).fetchSingle().value1();
        // the page's ids first: the outline's subqueries then run for its rows only, not for those it skips
        var ids = DSL.select(PROJECT.ID).from(PROJECT)
                .where(inProgrammes(List.of(programmeId))).and(PortfolioSql.projectVisible(includeUnpublished))
                .orderBy(PROJECT.TITLE, PROJECT.ID)
                .limit(size).offset((long) page * size);
        List<OutlinedProgramme.Project> items = projects(PROJECT.ID.in(ids), includeUnpublished,
                List.of(PROJECT.TITLE.asc(), PROJECT.ID.asc()), Integer.MAX_VALUE, 0).stream()
                .map(PortfolioOutline::project).toList();
        return new PageResult<>(items, page, size, total);
    }

    private static Condition inProgrammes(Collection<Long> programmeIdsOrNull) {
        return programmeIdsOrNull == null ? noCondition()
                : exists(selectOne().from(PROJECT_PROGRAMME).where(PROJECT_PROGRAMME.PROJECT_ID.eq(PROJECT.ID))
                        .and(PROJECT_PROGRAMME.PROGRAMME_ID.in(programmeIdsOrNull)));
    }

    private List<ProjectOutline> projects(Condition inProgramme, boolean includeUnpublished,
            List<SortField<?>> order, int limit, long offset) {
        Field<List<Long>> programmes = multiset(select(PROJECT_PROGRAMME.PROGRAMME_ID).from(PROJECT_PROGRAMME)
                .where(PROJECT_PROGRAMME.PROJECT_ID.eq(PROJECT.ID))
                .and(PROJECT_PROGRAMME.PROGRAMME_ID.in(PortfolioSql.visibleProgrammeIds(includeUnpublished)))
                .orderBy(PROJECT_PROGRAMME.PROGRAMME_ID))
                .as("programmes").convertFrom(r -> r.map(x -> x.value1()));
        Field<String> partnerName = OrganisationSql.name(PROJECT_PARTNER.ORGANISATION_ID, includeUnpublished);
        Field<List<PartnerOutline>> partners = multiset(
                select(PROJECT_PARTNER.ORGANISATION_ID, partnerName, PROJECT_PARTNER.ROLE).from(PROJECT_PARTNER)
                        .where(PROJECT_PARTNER.PROJECT_ID.eq(PROJECT.ID)).and(partnerName.isNotNull())
                        .orderBy(PROJECT_PARTNER.ROLE, partnerName))
                .as("partners").convertFrom(r -> r.map(p -> new PartnerOutline(p.value1(), p.value2(), p.value3())));
        Field<List<ThemeOutline>> themes = multiset(
                select(THEME.ID, PROGRAMME.CODE, THEME.CODE, THEME.NAME, THEME.KIND, THEME.DESCRIPTION)
                        .from(PROJECT_THEME)
                        .join(THEME).on(THEME.ID.eq(PROJECT_THEME.THEME_ID))
                        .join(PROGRAMME).on(PROGRAMME.ID.eq(THEME.PROGRAMME_ID))
                        .where(PROJECT_THEME.PROJECT_ID.eq(PROJECT.ID))
                        .and(PortfolioSql.programmeVisible(includeUnpublished))
                        .orderBy(PROGRAMME.CODE, THEME.POSITION, THEME.CODE))
                .as("themes").convertFrom(r -> r.map(t -> new ThemeOutline(t.value1(), t.value2(), t.value3(),
                        t.value4(), t.value5(), t.value6())));
        Field<String> areaCode = AreaSql.code(PROJECT_AREA.AREA_ID);
        Field<List<AreaOutline>> areas = multiset(
                select(areaCode, AreaSql.name(PROJECT_AREA.AREA_ID),
                        DSL.field(PROJECT_AREA.AREA_ID.in(AreaSql.idsOfKind(AreaKind.MUNICIPALITY))))
                        .from(PROJECT_AREA)
                        .where(PROJECT_AREA.PROJECT_ID.eq(PROJECT.ID)).orderBy(areaCode))
                .as("areas").convertFrom(r -> r.map(a -> new AreaOutline(a.value1(), a.value2(), a.value3())));
        Field<List<LinkOutline>> links = multiset(
                select(PROJECT_LINK.LABEL, PROJECT_LINK.URL).from(PROJECT_LINK)
                        .where(PROJECT_LINK.PROJECT_ID.eq(PROJECT.ID))
                        .orderBy(PROJECT_LINK.POSITION, PROJECT_LINK.ID))
                .as("links").convertFrom(r -> r.map(l -> new LinkOutline(l.value1(), l.value2())));
        Field<List<StatusStep>> history = multiset(
                select(PROJECT_STATUS_CHANGE.TO_STATUS, PROJECT_STATUS_CHANGE.CHANGED_ON).from(PROJECT_STATUS_CHANGE)
                        .where(PROJECT_STATUS_CHANGE.PROJECT_ID.eq(PROJECT.ID))
                        // recording order is the lifecycle order (changed_on may be back-dated)
                        .orderBy(PROJECT_STATUS_CHANGE.ID))
                .as("history").convertFrom(r -> r.map(h -> new StatusStep(h.value1(), h.value2())));
        var select = dsl.select(PROJECT.ID, PROJECT.TITLE, PROJECT.SUMMARY, PROJECT.STATUS, PROJECT.START_DATE,
                        PROJECT.END_DATE, PROJECT.REGION_WIDE,
                        OrganisationSql.name(PROJECT.LEAD_ORGANISATION_ID, includeUnpublished), programmes, partners,
                        themes, areas, links, history)
                .from(PROJECT)
                .where(inProgramme).and(PortfolioSql.projectVisible(includeUnpublished))
                .orderBy(order)
                .limit(limit).offset(offset);
        return select.fetch(r -> new ProjectOutline(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(),
                        r.value14()));
    }

    /**
     * The programmes as a report tells them (in the given order; those the caller may not see are left out): their
     * themes in order with the projects under each by title, and the projects under none. Two queries.
     */
    public List<OutlinedProgramme> outlines(List<Long> programmeIds, boolean includeUnpublished) {
        Map<Long, ProgrammeOutline> programmes = new HashMap<>();
        programmes(null, includeUnpublished).stream().filter(p -> programmeIds.contains(p.id()))
                .forEach(p -> programmes.put(p.id(), p));
        List<ProjectOutline> projects = projects(programmes.keySet(), includeUnpublished).stream()
                .sorted(Comparator.comparing(ProjectOutline::title).thenComparing(ProjectOutline::id)).toList();
        return programmeIds.stream().filter(programmes::containsKey).map(id -> {
            ProgrammeOutline p = programmes.get(id);
            List<ProjectOutline> ofProgramme = projects.stream().filter(pr -> pr.programmeIds().contains(id)).toList();
            var themes = p.themes().stream().map(t -> new OutlinedProgramme.Theme(t.id(), t.code(), t.name(), t.kind(),
                    t.description(), ofProgramme.stream().filter(pr -> hasTheme(pr, t.id())).map(PortfolioOutline::project)
                            .toList())).toList();
            var without = ofProgramme.stream().filter(pr -> p.themes().stream().noneMatch(t -> hasTheme(pr, t.id())))
                    .map(PortfolioOutline::project).toList();
            return new OutlinedProgramme(id, p.code(), p.name(), p.description(), p.startYear(), p.endYear(),
                    p.status(), themes, without);
        }).toList();
    }

    private static boolean hasTheme(ProjectOutline project, long themeId) {
        return project.themes().stream().anyMatch(t -> t.id() == themeId);
    }

    private static OutlinedProgramme.Project project(ProjectOutline p) {
        return new OutlinedProgramme.Project(p.id(), p.title(), p.summary(), p.status(), p.startDate(), p.endDate(),
                p.leadOrganisationName(), p.regionWide(),
                p.areas().stream().filter(AreaOutline::municipality).map(AreaOutline::name).sorted().toList(),
                p.partners().stream().map(pa -> new OutlinedProgramme.Partner(pa.name(), pa.role())).toList());
    }
}
