package org.regiomonitor.iati.internal.codelist;

/** IATI code list OrganisationRole (2.03, complete). */
public enum OrganisationRole implements IatiCode {
    FUNDING("1"),
    ACCOUNTABLE("2"),
    EXTENDING("3"),
    IMPLEMENTING("4");

    private final String code;

    OrganisationRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
