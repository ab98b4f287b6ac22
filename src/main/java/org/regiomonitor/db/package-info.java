/**
 * jOOQ classes generated from the Flyway migrations (see pom.xml). Every feature reads and
 * writes its own tables through them; the package is open so features may use them directly.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.regiomonitor.db;
