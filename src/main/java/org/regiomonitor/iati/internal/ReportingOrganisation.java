package org.regiomonitor.iati.internal;

import org.regiomonitor.iati.internal.codelist.OrganisationType;

/** The organisation that publishes the file: its IATI identifier (which starts every activity's), name and type. */
public record ReportingOrganisation(String ref, String name, OrganisationType type) {
}
