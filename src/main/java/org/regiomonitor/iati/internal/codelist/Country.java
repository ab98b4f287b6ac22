package org.regiomonitor.iati.internal.codelist;

/** IATI code list Country (ISO 3166-1 alpha-2, 2.03): only the code the export uses. */
public enum Country implements IatiCode {
    NL("NL");

    private final String code;

    Country(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
