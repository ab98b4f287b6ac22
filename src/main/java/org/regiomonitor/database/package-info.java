/**
 * Where the data lives: an embedded PostgreSQL under the data folder unless an external
 * database is configured with the standard {@code spring.datasource.*} properties.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.regiomonitor.database;
