package org.regiomonitor.iati.internal.codelist;

/** IATI code list IndicatorVocabulary (2.03, complete). */
public enum IndicatorVocabulary implements IatiCode {
    WHO_REGISTRY("1"),
    SPHERE_HANDBOOK("2"),
    US_FOREIGN_ASSISTANCE_FRAMEWORK("3"),
    WORLD_BANK_WDI("4"),
    UN_MDG_INDICATORS("5"),
    UNOCHA_HUMANITARIAN_RESPONSE_INDICATORS("6"),
    HIV_AIDS_INDICATOR_REGISTRY("7"),
    HIPSO("8"),
    UN_SDG_INDICATORS("9"),
    REPORTING_ORGANISATION("99");

    private final String code;

    IndicatorVocabulary(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
