package org.regiomonitor.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jooq.Table;

/**
 * The tables a feature owns, declared on its {@code package-info}. Only the owner's classes touch these
 * tables; every other feature reads and writes them through the owner's API. Every table has exactly one
 * owner; {@code TableOwnershipTest} fails for a table without one and for a class that touches another
 * feature's table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

    /** The generated jOOQ table classes ({@code org.regiomonitor.db.tables.*}) of the feature's tables. */
    Class<? extends Table<?>>[] value();
}
