package org.regiomonitor.iati.internal.codelist;

/** IATI code list LocationType (GeoNames feature codes, 2.03): only the code the export uses (of several hundred). */
public enum LocationType implements IatiCode {
    ADM2("ADM2");

    private final String code;

    LocationType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
