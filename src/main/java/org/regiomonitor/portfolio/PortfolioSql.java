package org.regiomonitor.portfolio;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.THEME;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.regiomonitor.area.AreaSql;

/**
 * SQL building blocks on the portfolio tables for other features' queries (vouchers, money, areas), and the
 * one place of the publication rule for programmes and projects: anonymous visitors see only published
 * programmes and published projects. {@code includeUnpublished}: pass
 * {@code AccessPolicy.canSeeUnpublished(auth)}.
 */
public final class PortfolioSql {

    private PortfolioSql() {
    }

    /** The publication rule for projects, on the project table (for the portfolio's own queries). */
    public static Condition projectVisible(boolean includeUnpublished) {
        return includeUnpublished ? noCondition() : PROJECT.PUBLISHED.isTrue();
    }

    /** The publication rule for programmes, on the programme table (for the portfolio's own queries). */
    public static Condition programmeVisible(boolean includeUnpublished) {
        return includeUnpublished ? noCondition() : PROGRAMME.PUBLISHED.isTrue();
    }

    /** The ids of the projects the caller may see. */
    public static Select<Record1<Long>> visibleProjectIds(boolean includeUnpublished) {
        return select(PROJECT.ID).from(PROJECT).where(projectVisible(includeUnpublished));
    }

    /** The ids of the programmes the caller may see. */
    public static Select<Record1<Long>> visibleProgrammeIds(boolean includeUnpublished) {
        return select(PROGRAMME.ID).from(PROGRAMME).where(programmeVisible(includeUnpublished));
    }

    /**
     * The project with this id is published, probed by its key: a scalar subquery, which PostgreSQL never hashes.
     * For a page of rows: {@code id in visibleProjectIds} next to an "or" made it hash all 18,000 published ids
     * first (9-60 ms at national scale) to show 50 rows.
     */
    public static Condition projectPublished(Field<Long> projectId) {
        return field(select(PROJECT.ID).from(PROJECT).where(PROJECT.ID.eq(projectId)).and(projectVisible(false)))
                .isNotNull();
    }

    /** As {@link #projectPublished} for a programme. */
    public static Condition programmePublished(Field<Long> programmeId) {
        return field(select(PROGRAMME.ID).from(PROGRAMME).where(PROGRAMME.ID.eq(programmeId))
                .and(programmeVisible(false))).isNotNull();
    }

    /**
     * The ids of the projects that name the area, or an area within it (a region's municipalities; a province's
     * regions and municipalities), among the areas they reach. A municipality contains none: there it is just the
     * projects that name it.
     */
    public static Select<Record1<Long>> projectIdsNaming(long areaId) {
        // an array, not "in" the recursive query: the planner cannot tell how many areas that gives and guesses
        // hundreds, so it read every project_area row and joined thousands of projects' lines by hash; for an array
        // it guesses a few (a municipality is one), and reads the rows of those areas by index
        return select(PROJECT_AREA.PROJECT_ID).from(PROJECT_AREA)
                .where(PROJECT_AREA.AREA_ID.eq(DSL.any(DSL.array(AreaSql.selfAndDescendantIds(areaId)))));
    }

    /** The ids of the projects that name an area with one of these codes (not the areas within them). */
    public static Select<Record1<Long>> projectIdsNamingCodes(java.util.Collection<String> areaCodes) {
        return select(PROJECT_AREA.PROJECT_ID).from(PROJECT_AREA)
                .where(PROJECT_AREA.AREA_ID.in(AreaSql.idsWithCodes(areaCodes)));
    }

    /** As {@link #projectIdsNaming(long)} for the area with this code, case ignored (none when no such area). */
    public static Select<Record1<Long>> projectIdsNaming(String areaCode) {
        return select(PROJECT_AREA.PROJECT_ID).from(PROJECT_AREA)
                .where(PROJECT_AREA.AREA_ID.eq(DSL.any(DSL.array(AreaSql.selfAndDescendantIdsOfCode(areaCode)))));
    }

    /**
     * The same projects as {@link #projectIdsNaming(String)}, written for a first page in title order when they are a
     * large part of all projects: "in" the recursive query, whose size the planner cannot tell and takes for hundreds
     * of areas, so it walks the title index and stops when the page is full (a region's first 50 of 8,561: 1 ms
     * instead of 16 ms). For an area with few projects that walk reads every project (a municipality with none:
     * 40 ms instead of 1), so only a list that knows its count chooses this.
     */
    public static Select<Record1<Long>> projectIdsNamingForTitleWalk(String areaCode) {
        return select(PROJECT_AREA.PROJECT_ID).from(PROJECT_AREA)
                .where(PROJECT_AREA.AREA_ID.in(AreaSql.selfAndDescendantIdsOfCode(areaCode)));
    }

    /**
     * The ids of the visible projects that reach the area: those naming it or an area within it
     * ({@link #projectIdsNaming}) and, with {@code regionWide} (the monitored region itself), the region-wide ones.
     */
    public static Select<Record1<Long>> visibleProjectIdsReaching(long areaId, boolean regionWide,
            boolean includeUnpublished) {
        return select(PROJECT.ID).from(PROJECT).where(reaching(areaId, regionWide, includeUnpublished));
    }

    /**
     * As {@link #visibleProjectIdsReaching}, with their titles: a derived table (project_id, project_title) to join
     * (as the order of a list of what reaches an area), not a title looked up row by row.
     */
    public static Table<Record2<Long, String>> visibleProjectTitlesReaching(String alias, long areaId,
            boolean regionWide, boolean includeUnpublished) {
        return select(PROJECT.ID.as("project_id"), PROJECT.TITLE.as("project_title")).from(PROJECT)
                .where(reaching(areaId, regionWide, includeUnpublished)).asTable(alias);
    }

    private static Condition reaching(long areaId, boolean regionWide, boolean includeUnpublished) {
        Condition naming = PROJECT.ID.in(projectIdsNaming(areaId));
        // no "or false": PostgreSQL joins an "in" only when it stands alone, and it drops the "false" too late
        return (regionWide ? naming.or(PROJECT.REGION_WIDE.isTrue()) : naming).and(projectVisible(includeUnpublished));
    }

    /** All projects of all programmes as a derived table (project_id, programme_id), for joins. */
    public static Table<Record2<Long, Long>> projectProgrammes(String alias) {
        return select(PROJECT_PROGRAMME.PROJECT_ID.as("project_id"), PROJECT_PROGRAMME.PROGRAMME_ID.as("programme_id"))
                .from(PROJECT_PROGRAMME).asTable(alias);
    }

    /**
     * The areas every project names, as a derived table (project_id, area_code, area_name), for joins that
     * group money or counts by area.
     */
    public static Table<Record3<Long, String, String>> projectAreas(String alias) {
        return select(PROJECT_AREA.PROJECT_ID.as("project_id"), AreaSql.code(PROJECT_AREA.AREA_ID).as("area_code"),
                AreaSql.name(PROJECT_AREA.AREA_ID).as("area_name"))
                .from(PROJECT_AREA).asTable(alias);
    }

    /**
     * The groups of the projects' reach, for money stored per area (migration V37 says why and marks them): for each
     * area A that contains (or is) an area a project names today, the row (project_id, "A:m"), m the smallest code
     * among the areas the project names within A, with ":W" added for a region-wide project; and (project_id, "W")
     * for every region-wide project. Each project is in exactly one group of an area: the projects that reach area A
     * ({@link #visibleProjectIdsReaching} without region-wide) are those of the groups {@link #reachOf A's}.
     * Only for the given projects.
     */
    public static Table<Record2<Long, String>> projectReach(String alias, Select<? extends Record1<Long>> projectIds) {
        Table<Record2<Long, Long>> up = AreaSql.selfAndAncestors("up",
                select(PROJECT_AREA.AREA_ID).from(PROJECT_AREA).where(PROJECT_AREA.PROJECT_ID.in(projectIds)));
        Field<Long> named = up.field("area_id", Long.class);
        Field<Long> ancestor = up.field("ancestor_id", Long.class);
        Field<String> key = DSL.concat(AreaSql.code(ancestor), DSL.inline(REACH_SEPARATOR),
                DSL.min(AreaSql.code(PROJECT_AREA.AREA_ID)),
                DSL.when(PROJECT.REGION_WIDE, DSL.inline(REACH_SEPARATOR + REGION_WIDE_REACH)).else_(DSL.inline("")));
        return select(PROJECT_AREA.PROJECT_ID.as("project_id"), key.as("reach_key"))
                .from(PROJECT_AREA)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_AREA.PROJECT_ID))
                .join(up).on(named.eq(PROJECT_AREA.AREA_ID))
                .where(PROJECT_AREA.PROJECT_ID.in(projectIds))
                .groupBy(PROJECT_AREA.PROJECT_ID, ancestor, PROJECT.REGION_WIDE)
                .unionAll(select(PROJECT.ID, DSL.inline(REGION_WIDE_REACH)).from(PROJECT)
                        .where(PROJECT.REGION_WIDE.isTrue()).and(PROJECT.ID.in(projectIds)))
                .asTable(alias);
    }

    private static final String REACH_SEPARATOR = ":";
    private static final String REGION_WIDE_REACH = "W";

    /**
     * The condition on a {@link #projectReach} group key for the groups of the projects that reach the area: naming it
     * or an area within it and, with {@code regionWide} (the monitored region), the region-wide projects.
     */
    public static Condition reachOf(Field<String> groupKey, String areaCode, boolean regionWide) {
        // an inline pattern, so that an index on the keys' prefixes serves it
        String escaped = areaCode.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        Condition naming = groupKey.like(DSL.inline(escaped + REACH_SEPARATOR + "%"), '!');
        return regionWide ? naming.and(groupKey.notLike("%" + REACH_SEPARATOR + REGION_WIDE_REACH))
                .or(groupKey.eq(REGION_WIDE_REACH)) : naming;
    }

    /** The projects that can be in the {@link #projectReach} groups with these keys (naming their areas, or region-wide). */
    public static Select<Record1<Long>> projectIdsInReach(java.util.Collection<String> groupKeys) {
        java.util.List<String> codes = groupKeys.stream().map(k -> k.split(REACH_SEPARATOR))
                .filter(parts -> parts.length > 1).map(parts -> parts[1]).distinct().toList();
        var naming = select(PROJECT_AREA.PROJECT_ID).from(PROJECT_AREA)
                .where(PROJECT_AREA.AREA_ID.in(AreaSql.idsWithCodes(codes)));
        return groupKeys.contains(REGION_WIDE_REACH)
                ? naming.unionAll(select(PROJECT.ID).from(PROJECT).where(PROJECT.REGION_WIDE.isTrue())) : naming;
    }

    /** All projects (for {@link #projectReach} of every project). */
    public static Select<Record1<Long>> allProjectIds() {
        return select(PROJECT.ID).from(PROJECT);
    }

    /** The ids of all projects of a programme. */
    public static Select<Record1<Long>> projectIdsInProgramme(long programmeId) {
        return select(PROJECT_PROGRAMME.PROJECT_ID).from(PROJECT_PROGRAMME)
                .where(PROJECT_PROGRAMME.PROGRAMME_ID.eq(programmeId));
    }

    /** The ids of the programmes a project belongs to (one or more for a joint project). */
    public static Select<Record1<Long>> programmeIdsOfProject(long projectId) {
        return select(PROJECT_PROGRAMME.PROGRAMME_ID).from(PROJECT_PROGRAMME)
                .where(PROJECT_PROGRAMME.PROJECT_ID.eq(projectId));
    }

    /** The ids of the themes of a programme. */
    public static Select<Record1<Long>> themeIdsOfProgramme(long programmeId) {
        return select(THEME.ID).from(THEME).where(THEME.PROGRAMME_ID.eq(programmeId));
    }

    /** The id of the programme a theme belongs to. */
    public static Select<Record1<Long>> programmeIdOfTheme(long themeId) {
        return select(THEME.PROGRAMME_ID).from(THEME).where(THEME.ID.eq(themeId));
    }

    /** The ids of the themes of the programmes a project belongs to. */
    public static Select<Record1<Long>> themeIdsOfProject(long projectId) {
        return select(THEME.ID).from(THEME).where(THEME.PROGRAMME_ID.in(programmeIdsOfProject(projectId)));
    }

    /** The title of the project, or null when there is none or the caller may not see it; a scalar subquery. */
    public static Field<String> projectTitle(Field<Long> projectId, boolean includeUnpublished) {
        return field(select(PROJECT.TITLE).from(PROJECT).where(PROJECT.ID.eq(projectId))
                .and(projectVisible(includeUnpublished)));
    }

    /** The status of the project (null when none or the caller may not see it); a scalar subquery. */
    public static Field<ProjectStatus> projectStatus(Field<Long> projectId, boolean includeUnpublished) {
        return field(select(PROJECT.STATUS).from(PROJECT).where(PROJECT.ID.eq(projectId))
                .and(projectVisible(includeUnpublished)));
    }

    /** The code of the programme (null when none); a scalar subquery. */
    public static Field<String> programmeCode(Field<Long> programmeId) {
        return field(select(PROGRAMME.CODE).from(PROGRAMME).where(PROGRAMME.ID.eq(programmeId)));
    }

    /** The name of the theme (null when none); a scalar subquery. */
    public static Field<String> themeName(Field<Long> themeId) {
        return field(select(THEME.NAME).from(THEME).where(THEME.ID.eq(themeId)));
    }

    /** The name of the programme (null when none); a scalar subquery. */
    public static Field<String> programmeName(Field<Long> programmeId) {
        return field(select(PROGRAMME.NAME).from(PROGRAMME).where(PROGRAMME.ID.eq(programmeId)));
    }
}
