package org.regiomonitor.iati.internal.codelist;

/** IATI code list Language (ISO 639-1, 2.03): only the codes the export writes (Dutch texts, some also English). */
public enum Language implements IatiCode {
    NL("nl"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
