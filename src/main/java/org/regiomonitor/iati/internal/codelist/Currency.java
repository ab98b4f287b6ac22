package org.regiomonitor.iati.internal.codelist;

/** IATI code list Currency (ISO 4217, 2.03): only the code the export uses (all money is in euros). */
public enum Currency implements IatiCode {
    EUR("EUR");

    private final String code;

    Currency(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
