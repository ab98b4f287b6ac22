package org.regiomonitor.iati.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.regiomonitor.iati.internal.codelist.Codes;
import org.regiomonitor.iati.internal.codelist.OrganisationType;
import org.regiomonitor.shared.Text;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reporting organisation of the IATI file: {@code regiomonitor.iati.reporting-org.ref} (its IATI organisation
 * identifier, e.g. {@code NL-KVK-12345678}), {@code .name} and {@code .type} (an IATI OrganisationType code, e.g.
 * {@code 11}). Never guessed: unset, the export is refused saying which setting to set; a type outside the code
 * list or a ref that cannot start an activity identifier stops the start with the reason.
 */
@ConfigurationProperties("regiomonitor.iati")
public record IatiSettings(ReportingOrg reportingOrg) {

    public static final String REF = "regiomonitor.iati.reporting-org.ref";
    public static final String NAME = "regiomonitor.iati.reporting-org.name";
    public static final String TYPE = "regiomonitor.iati.reporting-org.type";

    /** What IATI forbids in an activity identifier (the ref starts every one): / & | ? and white space. */
    static final Pattern FORBIDDEN = Pattern.compile("[/&|?\\s\\u00A0\\u2007\\u202F]");

    public IatiSettings {
        reportingOrg = reportingOrg == null ? new ReportingOrg(null, null, null) : reportingOrg;
    }

    /** The settings as given; blank is unset. */
    public record ReportingOrg(String ref, String name, String type) {

        public ReportingOrg {
            ref = strip(ref);
            name = strip(name);
            type = strip(type);
            if (ref != null && FORBIDDEN.matcher(ref).find()) {
                throw new IllegalArgumentException(REF + " '" + ref + "' cannot start an IATI activity identifier: "
                        + "it may not contain /, &, |, ? or spaces");
            }
            if (type != null && Codes.find(OrganisationType.class, type).isEmpty()) {
                throw new IllegalArgumentException(TYPE + " '" + type + "' is not a code of the IATI OrganisationType "
                        + "code list; use one of " + Codes.describe(OrganisationType.class));
            }
        }

        private static String strip(String s) {
            return Text.isBlank(s) ? null : Text.strip(s);
        }
    }

    /** The settings that must still be set before a file can be written (empty: none). */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (reportingOrg.ref() == null) {
            missing.add(REF);
        }
        if (reportingOrg.name() == null) {
            missing.add(NAME);
        }
        if (reportingOrg.type() == null) {
            missing.add(TYPE);
        }
        return missing;
    }

    /** The reporting organisation; only when nothing is {@link #missing()}. */
    public ReportingOrganisation reportingOrganisation() {
        if (!missing().isEmpty()) {
            throw new IllegalStateException("unset: " + missing());
        }
        return new ReportingOrganisation(reportingOrg.ref(), reportingOrg.name(),
                Codes.find(OrganisationType.class, reportingOrg.type()).orElseThrow());
    }
}
