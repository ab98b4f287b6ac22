package org.regiomonitor.iati.internal.codelist;

/** IATI code list ActivityDateType (2.03, complete). */
public enum ActivityDateType implements IatiCode {
    PLANNED_START("1"),
    ACTUAL_START("2"),
    PLANNED_END("3"),
    ACTUAL_END("4");

    private final String code;

    ActivityDateType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
