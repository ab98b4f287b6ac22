package org.regiomonitor.iati.internal.codelist;

/** IATI code list ResultType (2.03, complete). */
public enum ResultType implements IatiCode {
    OUTPUT("1"),
    OUTCOME("2"),
    IMPACT("3"),
    OTHER("9");

    private final String code;

    ResultType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
