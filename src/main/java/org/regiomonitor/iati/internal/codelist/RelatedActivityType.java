package org.regiomonitor.iati.internal.codelist;

/** IATI code list RelatedActivityType (2.03, complete). */
public enum RelatedActivityType implements IatiCode {
    PARENT("1"),
    CHILD("2"),
    SIBLING("3"),
    CO_FUNDED("4"),
    THIRD_PARTY("5");

    private final String code;

    RelatedActivityType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
