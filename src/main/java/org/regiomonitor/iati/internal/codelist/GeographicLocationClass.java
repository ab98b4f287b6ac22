package org.regiomonitor.iati.internal.codelist;

/** IATI code list GeographicLocationClass (2.03, complete). */
public enum GeographicLocationClass implements IatiCode {
    ADMINISTRATIVE_REGION("1"),
    POPULATED_PLACE("2"),
    STRUCTURE("3"),
    OTHER_TOPOGRAPHICAL_FEATURE("4");

    private final String code;

    GeographicLocationClass(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
