/**
 * Organisations: governments, schools, businesses and civil-society bodies that lead, join or fund
 * the region's work. Pages under {@code /organisations}, API under {@code /api/organisations}.
 * Other features may use {@link org.regiomonitor.organisation.Organisations} (names and choices for
 * selection lists, existence checks, search hits) and {@link org.regiomonitor.organisation.OrganisationKind}.
 * <p>
 * Owns {@code organisation}. {@link org.regiomonitor.organisation.OrganisationSql} holds the publication rule
 * (anonymous visitors see only published organisations, also as the lead or partner of a published project)
 * and the name of an organisation as a scalar subquery for other features' queries. The projects and funders
 * of an organisation come from their owners through {@link org.regiomonitor.organisation.OrganisationProjects}
 * and {@link org.regiomonitor.organisation.OrganisationFunders}, the first projects on its page through
 * {@link org.regiomonitor.organisation.OrganisationPageSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.Organisation.class})
package org.regiomonitor.organisation;
