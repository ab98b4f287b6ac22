package org.regiomonitor.iati.internal.codelist;

/** IATI code list SectorVocabulary (2.03, complete). */
public enum SectorVocabulary implements IatiCode {
    OECD_DAC_CRS_5_DIGIT("1"),
    OECD_DAC_CRS_3_DIGIT("2"),
    COFOG("3"),
    NACE("4"),
    NTEE("5"),
    AIDDATA("6"),
    SDG_GOAL("7"),
    SDG_TARGET("8"),
    SDG_INDICATOR("9"),
    HUMANITARIAN_GLOBAL_CLUSTERS("10"),
    NAICS("11"),
    UN_SYSTEM_FUNCTION("12"),
    REPORTING_ORGANISATION("99"),
    REPORTING_ORGANISATION_2("98");

    private final String code;

    SectorVocabulary(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
