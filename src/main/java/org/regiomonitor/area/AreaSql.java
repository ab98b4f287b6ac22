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
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.impl.DSL;

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
        return select(AREA_MEMBERSHIP.MEMBER_ID).from(AREA_MEMBERSHIP).where(AREA_MEMBERSHIP.PARENT_ID.eq(regionId));
    }

    /**
     * The area and every area within it, at any depth (a country's provinces, their regions and municipalities),
     * as a recursive query. Memberships may repeat an area (a municipality is in its region and its province):
     * {@code union} keeps each once and ends on any cycle.
     */
    public static Select<Record1<Long>> selfAndDescendantIds(long areaId) {
        Name within = DSL.name("within");
        Field<Long> id = DSL.field(DSL.name("within", "id"), Long.class);
        CommonTableExpression<Record1<Long>> cte = within.fields("id").as(
                select(AREA.ID).from(AREA).where(AREA.ID.eq(areaId))
                        .union(select(AREA_MEMBERSHIP.MEMBER_ID).from(AREA_MEMBERSHIP)
                                .join(DSL.table(within)).on(AREA_MEMBERSHIP.PARENT_ID.eq(id))));
        return DSL.withRecursive(cte).select(id).from(cte);
    }

    /**
     * Every municipality that belonged to the area (at any depth), with the interval (from, to; null = open) in
     * which it did; an area that is itself a municipality gives itself. (Until memberships carry validity every
     * interval is open.)
     */
    public static Select<Record3<Long, LocalDate, LocalDate>> municipalityComposition(long areaId) {
        var ids = selfAndDescendantIds(areaId).asTable("d");
        Field<Long> id = ids.field(0, Long.class);
        return select(AREA.ID, DSL.inline((LocalDate) null).as("valid_from"), DSL.inline((LocalDate) null).as("valid_to"))
                .from(AREA).where(AREA.ID.in(select(id).from(ids)), AREA.KIND.eq(AreaKind.MUNICIPALITY));
    }

    /** The ids of the areas of a kind. */
    public static Select<Record1<Long>> idsOfKind(AreaKind kind) {
        return select(AREA.ID).from(AREA).where(AREA.KIND.eq(kind));
    }

    /** The id of the area with this code (at most one row). */
    public static Select<Record1<Long>> idWithCode(String code) {
        return select(AREA.ID).from(AREA).where(AREA.CODE.eq(code));
    }

    /** The id of the area with this code, ignoring case (at most one row). */
    public static Select<Record1<Long>> idWithCodeIgnoringCase(String code) {
        return select(AREA.ID).from(AREA).where(AREA.CODE.equalIgnoreCase(code));
    }
}
