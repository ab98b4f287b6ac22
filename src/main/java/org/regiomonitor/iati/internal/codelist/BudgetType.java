package org.regiomonitor.iati.internal.codelist;

/** IATI code list BudgetType (2.03, complete). */
public enum BudgetType implements IatiCode {
    ORIGINAL("1"),
    REVISED("2");

    private final String code;

    BudgetType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
