package org.regiomonitor.area;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;

import org.jooq.CommonTableExpression;
import org.jooq.Field;
import org.jooq.Name;
import java.time.LocalDate;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.regiomonitor.area.internal.Validity;

/**
 * SQL building blocks on the area tables for other features' queries, so that they can show an area's code
 * and name next to their rows and filter by area without touching the area tables themselves (and without a
 * query per row).
 */
public final class AreaSql {

    private AreaSql() {
    }

    /** The code of the area with this id (null when none), as a scalar subquery (for select, where, order by). */
    public static Field<String> code(Field<Long> areaId) {
        return field(select(AREA.CODE).from(AREA).where(AREA.ID.eq(areaId)));
    }

    /** The name of the area with this id (null when none), as a scalar subquery (for select, where, order by). */
    public static Field<String> name(Field<Long> areaId) {
        return field(select(AREA.NAME).from(AREA).where(AREA.ID.eq(areaId)));
    }

    /** The ids of the direct members of a region. */
    public static Select<Record1<Long>> memberIds(long regionId) {
        return select(AREA_MEMBERSHIP.MEMBER_ID).from(AREA_MEMBERSHIP).where(AREA_MEMBERSHIP.PARENT_ID.eq(regionId))
                .and(Validity.currentMembership());
    }

    /**
     * The area and every area within it, at any depth (a country's provinces, their regions and municipalities),
     * as a recursive query. Memberships may repeat an area (a municipality is in its region and its province):
     * {@code union} keeps each once and ends on any cycle.
     */
    public static Select<Record1<Long>> selfAndDescendantIds(long areaId) {
        return selfAndDescendantIds(AREA.ID.eq(areaId));
    }

    /** As {@link #selfAndDescendantIds(long)} for the area with this code, ignoring case (none when no such area). */
    public static Select<Record1<Long>> selfAndDescendantIdsOfCode(String code) {
        return selfAndDescendantIds(AREA.CODE.equalIgnoreCase(code));
    }

    private static Select<Record1<Long>> selfAndDescendantIds(org.jooq.Condition area) {
        Name within = DSL.name("within");
        Field<Long> id = DSL.field(DSL.name("within", "id"), Long.class);
        CommonTableExpression<Record1<Long>> cte = within.fields("id").as(
                select(AREA.ID).from(AREA).where(area)
                        .union(select(AREA_MEMBERSHIP.MEMBER_ID).from(AREA_MEMBERSHIP)
                                .join(DSL.table(within)).on(AREA_MEMBERSHIP.PARENT_ID.eq(id))
                                .where(Validity.currentMembership())));
        return DSL.withRecursive(cte).select(id).from(cte);
    }

    /**
     * Each of the given areas with every area that contains it today, itself included, at any depth (through current
     * memberships, as {@link #selfAndDescendantIds} goes down): a derived table (area_id, ancestor_id) for joins.
     */
    public static Table<Record2<Long, Long>> selfAndAncestors(String alias, Select<? extends Record1<Long>> areaIds) {
        Name up = DSL.name("up");
        Field<Long> areaId = DSL.field(DSL.name("up", "area_id"), Long.class);
        Field<Long> ancestorId = DSL.field(DSL.name("up", "ancestor_id"), Long.class);
        CommonTableExpression<Record2<Long, Long>> cte = up.fields("area_id", "ancestor_id").as(
                select(AREA.ID, AREA.ID).from(AREA).where(AREA.ID.in(areaIds))
                        .union(select(areaId, AREA_MEMBERSHIP.PARENT_ID).from(AREA_MEMBERSHIP)
                                .join(DSL.table(up)).on(AREA_MEMBERSHIP.MEMBER_ID.eq(ancestorId))
                                .where(Validity.currentMembership())));
        return DSL.withRecursive(cte).select(areaId, ancestorId).from(cte).asTable(alias);
    }

    /**
     * The last day, up to today, on which a membership began or ended (null: none did): what is within an area today
     * is what it was on that day. For totals stored by what areas contain, which are current while stored since.
     */
    public static Field<LocalDate> lastMembershipChange() {
        Field<LocalDate> day = DSL.field(DSL.name("changes", "day"), LocalDate.class);
        return field(select(DSL.max(day)).from(
                select(AREA_MEMBERSHIP.VALID_FROM.as("day")).from(AREA_MEMBERSHIP)
                        .where(AREA_MEMBERSHIP.VALID_FROM.le(DSL.currentLocalDate()))
                        .unionAll(select(AREA_MEMBERSHIP.VALID_TO).from(AREA_MEMBERSHIP)
                                .where(AREA_MEMBERSHIP.VALID_TO.le(DSL.currentLocalDate())))
                        .asTable("changes")));
    }

    /** The ids of the areas of a kind. */
    public static Select<Record1<Long>> idsOfKind(AreaKind kind) {
        return select(AREA.ID).from(AREA).where(AREA.KIND.eq(kind));
    }

    /** The id of the area with this code (at most one row). */
    public static Select<Record1<Long>> idWithCode(String code) {
        return select(AREA.ID).from(AREA).where(AREA.CODE.eq(code));
    }

    /** The ids of the areas with these codes. */
    public static Select<Record1<Long>> idsWithCodes(java.util.Collection<String> codes) {
        return select(AREA.ID).from(AREA).where(AREA.CODE.in(codes));
    }

    /** The id of the area with this code, ignoring case (at most one row). */
    public static Select<Record1<Long>> idWithCodeIgnoringCase(String code) {
        return select(AREA.ID).from(AREA).where(AREA.CODE.equalIgnoreCase(code));
    }

    /**
     * Every municipality that belonged to the region (at any depth through memberships, or the region itself
     * when it is a municipality) with the interval in which the whole membership chain, the region and the
     * municipality were valid: (municipality id, from, to), null = open, to exclusive. Two intervals give two
     * rows; equal rows reached through two paths (region and province) appear once. A figure for a day D
     * aggregates over the rows with from <= D < to.
     */
    public static Select<Record3<Long, LocalDate, LocalDate>> municipalityComposition(long regionId) {
        Table<Record4<Long, Long, LocalDate, LocalDate>> all = municipalityCompositions(java.util.List.of(regionId))
                .asTable("composition", "region_id", "member_id", "valid_from", "valid_to");
        return select(all.field("member_id", Long.class), all.field("valid_from", LocalDate.class),
                all.field("valid_to", LocalDate.class)).from(all);
    }

    /**
     * The compositions of several regions in one query: (region id, municipality id, from, to), each region's
     * rows as {@link #municipalityComposition(long)} gives them.
     */
    public static Select<Record4<Long, Long, LocalDate, LocalDate>> municipalityCompositions(
            java.util.Collection<Long> regionIds) {
        Name chain = DSL.name("chain");
        Field<Long> root = DSL.field(DSL.name("chain", "region_id"), Long.class);
        Field<Long> id = DSL.field(DSL.name("chain", "id"), Long.class);
        Field<LocalDate> from = DSL.field(DSL.name("chain", "valid_from"), LocalDate.class);
        Field<LocalDate> to = DSL.field(DSL.name("chain", "valid_to"), LocalDate.class);
        // PostgreSQL's greatest/least ignore nulls: exactly "open" for a start (greatest) and an end (least).
        Field<LocalDate> memberFrom = DSL.greatest(from, AREA_MEMBERSHIP.VALID_FROM);
        Field<LocalDate> memberTo = DSL.least(to, AREA_MEMBERSHIP.VALID_TO);
        CommonTableExpression<Record4<Long, Long, LocalDate, LocalDate>> cte = chain
                .fields("region_id", "id", "valid_from", "valid_to").as(
                        select(AREA.ID, AREA.ID, AREA.VALID_FROM, AREA.VALID_TO).from(AREA).where(AREA.ID.in(regionIds))
                                .union(select(root, AREA_MEMBERSHIP.MEMBER_ID, memberFrom, memberTo)
                                        .from(AREA_MEMBERSHIP)
                                        .join(DSL.table(chain)).on(AREA_MEMBERSHIP.PARENT_ID.eq(id))
                                        .where(nonEmpty(memberFrom, memberTo))));
        Field<LocalDate> resultFrom = DSL.greatest(from, AREA.VALID_FROM);
        Field<LocalDate> resultTo = DSL.least(to, AREA.VALID_TO);
        return DSL.withRecursive(cte)
                .selectDistinct(root, id, resultFrom.as("valid_from"), resultTo.as("valid_to"))
                .from(cte)
                .join(AREA).on(AREA.ID.eq(id))
                .where(AREA.KIND.eq(AreaKind.MUNICIPALITY), nonEmpty(resultFrom, resultTo));
    }

    private static org.jooq.Condition nonEmpty(Field<LocalDate> from, Field<LocalDate> to) {
        return from.isNull().or(to.isNull()).or(from.lt(to));
    }
}
