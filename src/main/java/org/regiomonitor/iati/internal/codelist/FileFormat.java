package org.regiomonitor.iati.internal.codelist;

/** IATI code list FileFormat (IANA media types, 2.03): only the code the export uses. */
public enum FileFormat implements IatiCode {
    TEXT_HTML("text/html");

    private final String code;

    FileFormat(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
