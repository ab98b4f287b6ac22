package org.regiomonitor.iati.internal.codelist;

/** IATI code list BudgetStatus (2.03, complete). */
public enum BudgetStatus implements IatiCode {
    INDICATIVE("1"),
    COMMITTED("2");

    private final String code;

    BudgetStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
