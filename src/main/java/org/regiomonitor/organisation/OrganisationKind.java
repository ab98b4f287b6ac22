package org.regiomonitor.organisation;

/** What kind of body an organisation is; the labels live in the message bundles ({@code organisation.kind.*}). */
public enum OrganisationKind {
    GOVERNMENT,
    EDUCATION,
    BUSINESS,
    CIVIL_SOCIETY
}
