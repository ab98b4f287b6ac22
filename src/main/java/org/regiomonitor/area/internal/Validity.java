package org.regiomonitor.area.internal;

import static org.jooq.impl.DSL.currentLocalDate;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;

import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.Field;
import org.regiomonitor.db.tables.Area;

/**
 * The one way to say "valid on a day" for areas and memberships: valid_from inclusive, valid_to exclusive,
 * null = open. Lists and member queries show what is valid today unless they ask for history.
 */
public final class Validity {

    private Validity() {
    }

    public static Condition validOn(Field<LocalDate> from, Field<LocalDate> to, Field<LocalDate> day) {
        return from.isNull().or(from.le(day)).and(to.isNull().or(to.gt(day)));
    }

    /** The membership rows valid today. */
    public static Condition currentMembership() {
        return validOn(AREA_MEMBERSHIP.VALID_FROM, AREA_MEMBERSHIP.VALID_TO, currentLocalDate());
    }

    /** The areas (of this alias) that exist today. */
    public static Condition currentArea(Area area) {
        return validOn(area.VALID_FROM, area.VALID_TO, currentLocalDate());
    }

    public static Condition currentArea() {
        return currentArea(AREA);
    }
}
