/**
 * Organisations: governments, schools, businesses and civil-society bodies that lead, join or fund
 * the region's work. Pages under {@code /organisations}, API under {@code /api/organisations}.
 * Other features may use {@link org.regiomonitor.organisation.Organisations} (names and choices for
 * selection lists) and {@link org.regiomonitor.organisation.OrganisationKind}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.Organisation.class})
package org.regiomonitor.organisation;
