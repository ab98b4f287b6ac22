/**
 * jOOQ classes generated from the Flyway migrations (see pom.xml). Every feature reads and
 * writes its own tables through them (the package is open); a table's owner is declared with
 * {@link org.regiomonitor.shared.OwnsTables}, and {@code TableOwnershipTest} keeps other features out.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.regiomonitor.db;
