package org.regiomonitor.iati.internal.codelist;

/** IATI code list ActivityStatus (2.03, complete). */
public enum ActivityStatus implements IatiCode {
    PIPELINE_IDENTIFICATION("1"),
    IMPLEMENTATION("2"),
    FINALISATION("3"),
    CLOSED("4"),
    CANCELLED("5"),
    SUSPENDED("6");

    private final String code;

    ActivityStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
