package org.regiomonitor.iati.internal.codelist;

/** IATI code list IndicatorMeasure (2.03, complete). */
public enum IndicatorMeasure implements IatiCode {
    UNIT("1"),
    PERCENTAGE("2"),
    NOMINAL("3"),
    ORDINAL("4"),
    QUALITATIVE("5");

    private final String code;

    IndicatorMeasure(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
