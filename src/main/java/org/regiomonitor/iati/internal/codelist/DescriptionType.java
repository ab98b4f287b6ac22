package org.regiomonitor.iati.internal.codelist;

/** IATI code list DescriptionType (2.03, complete). */
public enum DescriptionType implements IatiCode {
    GENERAL("1"),
    OBJECTIVES("2"),
    TARGET_GROUPS("3"),
    OTHER("4");

    private final String code;

    DescriptionType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
