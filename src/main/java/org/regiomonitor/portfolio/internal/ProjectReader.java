package org.regiomonitor.portfolio.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
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
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.THEME;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.organisation.OrganisationSql;
import org.regiomonitor.db.tables.Source;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.internal.ProjectViews.AreaRef;
import org.regiomonitor.portfolio.internal.ProjectViews.LinkView;
import org.regiomonitor.portfolio.internal.ProjectViews.PartnerView;
import org.regiomonitor.portfolio.internal.ProjectViews.ProgrammeRef;
import org.regiomonitor.portfolio.internal.ProjectViews.ProjectDetail;
import org.regiomonitor.portfolio.internal.ProjectViews.ProjectRow;
import org.regiomonitor.portfolio.internal.ProjectViews.StatusChangeView;
import org.regiomonitor.portfolio.internal.ProjectViews.ThemeRef;
import org.regiomonitor.shared.FullText;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.SourceColumns;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads projects. A list page costs two queries (count and rows, the programmes of every row nested
 * as a multiset), a project with all its collections one, whatever their sizes.
 */
@Component
@Transactional(readOnly = true)
public class ProjectReader {

    static final Source PROJECT_SOURCE = SOURCE.as("project_source");
    static final SourceColumns PROJECT_SRC = SourceColumns.aliased(PROJECT_SOURCE);

    /**
     * A page in title order of an area's projects walks the title index when that is expected to read at most this
     * many projects (the page's end times all projects over the area's), else it sorts the area's projects.
     */
    static final long TITLE_WALK_ROWS = 2_000;

    private final DSLContext dsl;

    ProjectReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    public PageResult<ProjectRow> page(ProjectFilter filter, ProjectSort sort, boolean includeUnpublished, int page,
            int size) {
        Condition where = conditions(filter, includeUnpublished);
        Field<Integer> stored = storedCount(filter, includeUnpublished);
        long total;
        if (stored != null) {
            total = dsl.select(stored).fetchSingle().value1();
        } else if (filter.municipality() != null && sort.equals(ProjectSort.DEFAULT)) {
            // with the number of all projects (stored), to choose how the page is read (PortfolioSql)
            var counts = dsl.select(DSL.field(DSL.selectCount().from(PROJECT).where(where)),
                    ProjectCounts.count(ProjectCounts.Scope.ALL, DSL.inline(0L), includeUnpublished)).fetchSingle();
            total = counts.value1();
            if ((long) (page + 1) * size * counts.value2() <= TITLE_WALK_ROWS * total) {
                where = conditions(filter, includeUnpublished, true);
            }
        } else {
            total = dsl.fetchCount(PROJECT, where);
        }
        Field<List<ProgrammeRef>> programmes = programmes(includeUnpublished);
        Field<Integer> municipalities = select(count()).from(PROJECT_AREA)
                .where(PROJECT_AREA.PROJECT_ID.eq(PROJECT.ID)).asField("municipality_count");
        Field<String> lead = OrganisationSql.name(PROJECT.LEAD_ORGANISATION_ID, includeUnpublished);
        List<ProjectRow> rows = total == 0 ? List.of() : dsl.select(PROJECT.ID, PROJECT.TITLE, PROJECT.STATUS,
                        PROJECT.LEAD_ORGANISATION_ID, lead, PROJECT.START_DATE, PROJECT.END_DATE,
                        PROJECT.REGION_WIDE, PROJECT.PUBLISHED, programmes, municipalities)
                .from(PROJECT)
                .where(where)
                .orderBy(order(sort, lead))
                .limit(size).offset((long) page * size)
                // a lead the viewer may not see has neither name nor link
                .fetch(r -> new ProjectRow(r.value1(), r.value2(), r.value3(),
                        r.value5() == null ? null : r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
        return new PageResult<>(rows, page, size, total);
    }

    public Optional<ProjectDetail> detail(long id, boolean includeUnpublished) {
        // partners the viewer may not see (unpublished organisations for anonymous visitors) are left out
        Field<String> partnerName = OrganisationSql.name(PROJECT_PARTNER.ORGANISATION_ID, includeUnpublished);
        Field<List<PartnerView>> partners = multiset(
                select(PROJECT_PARTNER.ORGANISATION_ID, partnerName, PROJECT_PARTNER.ROLE)
                        .from(PROJECT_PARTNER)
                        .where(PROJECT_PARTNER.PROJECT_ID.eq(PROJECT.ID))
                        .and(partnerName.isNotNull())
                        .orderBy(PROJECT_PARTNER.ROLE.eq(PartnerRole.LEAD).desc(), partnerName))
                .as("partners")
                .convertFrom(r -> r.map(p -> new PartnerView(p.value1(), p.value2(), p.value3())));
        Field<List<ThemeRef>> themes = themes(includeUnpublished);
        Field<List<AreaRef>> areas = municipalities();
        Field<List<LinkView>> links = multiset(
                select(PROJECT_LINK.LABEL, PROJECT_LINK.URL)
                        .from(PROJECT_LINK)
                        .where(PROJECT_LINK.PROJECT_ID.eq(PROJECT.ID))
                        .orderBy(PROJECT_LINK.POSITION, PROJECT_LINK.ID))
                .as("links")
                .convertFrom(r -> r.map(l -> new LinkView(l.value1(), l.value2())));
        Field<List<StatusChangeView>> history = multiset(
                select(PROJECT_STATUS_CHANGE.FROM_STATUS, PROJECT_STATUS_CHANGE.TO_STATUS,
                        PROJECT_STATUS_CHANGE.CHANGED_ON, PROJECT_STATUS_CHANGE.CHANGED_BY, PROJECT_STATUS_CHANGE.NOTE,
                        PROJECT_STATUS_CHANGE.RECORDED_AT)
                        .from(PROJECT_STATUS_CHANGE)
                        .where(PROJECT_STATUS_CHANGE.PROJECT_ID.eq(PROJECT.ID))
                        // Recording order is the lifecycle order (each step starts where the last ended);
                        // changed_on may be back-dated, so it cannot order the steps.
                        .orderBy(PROJECT_STATUS_CHANGE.ID))
                .as("history")
                .convertFrom(r -> r.map(h -> new StatusChangeView(
                        h.value1(), h.value2(), h.value3(), h.value4(), h.value5(), h.value6())));
        Field<List<ProgrammeRef>> programmes = programmes(includeUnpublished);

        Field<String> lead = OrganisationSql.name(PROJECT.LEAD_ORGANISATION_ID, includeUnpublished);
        // the table's columns, not project.*: that would bring the stored search vector (V45) along
        List<SelectFieldOrAsterisk> fields = new ArrayList<>(List.of(PROJECT.fields()));
        fields.addAll(List.of(lead, partners, themes, areas, links, history, programmes));
        fields.addAll(PROJECT_SRC.fields());
        return dsl.select(fields)
                .from(PROJECT)
                .leftJoin(PROJECT_SOURCE).on(PROJECT_SOURCE.ID.eq(PROJECT.SOURCE_ID))
                .where(PROJECT.ID.eq(id))
                .and(PortfolioSql.projectVisible(includeUnpublished))
                .fetchOptional(r -> new ProjectDetail(r.get(PROJECT.ID), r.get(PROJECT.TITLE), r.get(PROJECT.SUMMARY),
                        r.get(lead) == null ? null : r.get(PROJECT.LEAD_ORGANISATION_ID), r.get(lead),
                        r.get(PROJECT.START_DATE),
                        r.get(PROJECT.END_DATE), r.get(PROJECT.STATUS),
                        r.get(PROJECT.REGION_WIDE), r.get(PROJECT.PUBLISHED), r.get(PROJECT.SOURCE_ID),
                        r.get(PROJECT.SOURCE_LOCATOR), PROJECT_SRC.ref(r, PROJECT.SOURCE_LOCATOR),
                        r.get(PROJECT.VERSION), r.get(PROJECT.CREATED_AT), r.get(PROJECT.UPDATED_AT), r.get(partners),
                        r.get(programmes), r.get(themes), r.get(areas), r.get(links), r.get(history)));
    }

    /** The themes of the current project row (of visible programmes only), in programme and theme order. */
    static Field<List<ThemeRef>> themes(boolean includeUnpublished) {
        return multiset(
                select(THEME.ID, THEME.PROGRAMME_ID, PROGRAMME.CODE, THEME.CODE, THEME.NAME, THEME.KIND)
                        .from(PROJECT_THEME)
                        .join(THEME).on(THEME.ID.eq(PROJECT_THEME.THEME_ID))
                        .join(PROGRAMME).on(PROGRAMME.ID.eq(THEME.PROGRAMME_ID))
                        .where(PROJECT_THEME.PROJECT_ID.eq(PROJECT.ID))
                        .and(PortfolioSql.programmeVisible(includeUnpublished))
                        .orderBy(PROGRAMME.CODE, THEME.POSITION, THEME.CODE))
                .as("themes")
                .convertFrom(r -> r.map(t -> new ThemeRef(t.value1(), t.value2(), t.value3(), t.value4(), t.value5(),
                        t.value6())));
    }

    /** The municipalities the current project row names, by name. */
    static Field<List<AreaRef>> municipalities() {
        Field<String> areaName = AreaSql.name(PROJECT_AREA.AREA_ID);
        return multiset(
                select(PROJECT_AREA.AREA_ID, AreaSql.code(PROJECT_AREA.AREA_ID), areaName)
                        .from(PROJECT_AREA)
                        .where(PROJECT_AREA.PROJECT_ID.eq(PROJECT.ID))
                        .orderBy(areaName))
                .as("municipalities")
                .convertFrom(r -> r.map(a -> new AreaRef(a.value1(), a.value2(), a.value3())));
    }

    /** The programmes of the current project row (visible ones only), by code. */
    static Field<List<ProgrammeRef>> programmes(boolean includeUnpublished) {
        return multiset(select(PROGRAMME.ID, PROGRAMME.CODE, PROGRAMME.NAME)
                .from(PROJECT_PROGRAMME)
                .join(PROGRAMME).on(PROGRAMME.ID.eq(PROJECT_PROGRAMME.PROGRAMME_ID))
                .where(PROJECT_PROGRAMME.PROJECT_ID.eq(PROJECT.ID))
                .and(PortfolioSql.programmeVisible(includeUnpublished))
                .orderBy(PROGRAMME.CODE))
                .as("programmes")
                .convertFrom(r -> r.map(p -> new ProgrammeRef(p.value1(), p.value2(), p.value3())));
    }

    /**
     * The count of a filter that is exactly a stored group ({@link ProjectCounts}: all projects, a programme's, a
     * theme's, the region-wide ones), so that the list does not count thousands of rows; null for other filters.
     */
    static Field<Integer> storedCount(ProjectFilter f, boolean includeUnpublished) {
        ProjectFilter none = ProjectFilter.NONE;
        if (f.equals(none)) {
            return ProjectCounts.count(ProjectCounts.Scope.ALL, DSL.inline(0L), includeUnpublished);
        } else if (f.programme() != null && f.equals(new ProjectFilter(f.programme(), null, null, null, null, null))) {
            return ProjectCounts.count(ProjectCounts.Scope.PROGRAMME, DSL.val(f.programme()), includeUnpublished);
        } else if (f.theme() != null && f.equals(new ProjectFilter(null, f.theme(), null, null, null, null))) {
            return ProjectCounts.count(ProjectCounts.Scope.THEME, DSL.val(f.theme()), includeUnpublished);
        } else if (f.equals(new ProjectFilter(null, null, null, null, null, null, true))) {
            return ProjectCounts.count(ProjectCounts.Scope.REGION_WIDE, DSL.inline(0L), includeUnpublished);
        }
        return null;
    }

    /** The rows of the list: the filters and the publication rule (the list, the API and the downloads). */
    static Condition conditions(ProjectFilter f, boolean includeUnpublished) {
        return conditions(f, includeUnpublished, false);
    }

    /** @param titleWalk the area filter as {@link PortfolioSql#projectIdsNamingForTitleWalk} */
    private static Condition conditions(ProjectFilter f, boolean includeUnpublished, boolean titleWalk) {
        Condition c = PortfolioSql.projectVisible(includeUnpublished);
        if (f.programme() != null) {
            c = c.and(exists(selectOne().from(PROJECT_PROGRAMME)
                    .where(PROJECT_PROGRAMME.PROJECT_ID.eq(PROJECT.ID))
                    .and(PROJECT_PROGRAMME.PROGRAMME_ID.eq(f.programme()))));
        }
        if (f.theme() != null) {
            c = c.and(exists(selectOne().from(PROJECT_THEME)
                    .where(PROJECT_THEME.PROJECT_ID.eq(PROJECT.ID))
                    .and(PROJECT_THEME.THEME_ID.eq(f.theme()))));
        }
        if (f.status() != null) {
            c = c.and(PROJECT.STATUS.eq(f.status()));
        }
        if (f.municipality() != null) {
            c = c.and(PROJECT.ID.in(titleWalk ? PortfolioSql.projectIdsNamingForTitleWalk(f.municipality())
                    : PortfolioSql.projectIdsNaming(f.municipality())));
        }
        if (f.regionWide() != null) {
            c = c.and(PROJECT.REGION_WIDE.isTrue());
        }
        if (f.organisation() != null) {
            c = c.and(PROJECT.LEAD_ORGANISATION_ID.eq(f.organisation())
                    .or(exists(selectOne().from(PROJECT_PARTNER)
                            .where(PROJECT_PARTNER.PROJECT_ID.eq(PROJECT.ID))
                            .and(PROJECT_PARTNER.ORGANISATION_ID.eq(f.organisation())))))
                    // filtering by an organisation the viewer may not see finds nothing (it would reveal its work)
                    .and(OrganisationSql.name(DSL.val(f.organisation()), includeUnpublished).isNotNull());
        }
        return c.and(FullText.containsEveryWord(f.text(), PROJECT.TITLE, PROJECT.SUMMARY));
    }

    /** The order of the list, then title and id, so that equal rows keep one order. */
    static List<SortField<?>> order(ProjectSort sort, Field<String> lead) {
        Field<?> field = switch (sort.column()) {
            case TITLE -> DSL.lower(PROJECT.TITLE);
            case LEAD -> DSL.lower(lead);
            case STATUS -> statusOrder();
            case START -> PROJECT.START_DATE;
            case END -> PROJECT.END_DATE;
        };
        SortField<?> first = sort.descending() ? field.desc().nullsLast() : field.asc().nullsLast();
        return List.of(first, DSL.lower(PROJECT.TITLE).asc(), PROJECT.ID.asc());
    }

    /** Sorts statuses along the lifecycle rather than alphabetically. */
    private static Field<Integer> statusOrder() {
        var step = DSL.case_(PROJECT.STATUS).when(ProjectStatus.values()[0], 0);
        for (ProjectStatus s : ProjectStatus.values()) {
            step = step.when(s, s.ordinal());
        }
        return step.else_(99);
    }

}
