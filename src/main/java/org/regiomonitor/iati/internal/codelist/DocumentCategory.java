package org.regiomonitor.iati.internal.codelist;

/** IATI code list DocumentCategory (2.03): only the code the export uses. */
public enum DocumentCategory implements IatiCode {
    ACTIVITY_WEB_PAGE("A12");

    private final String code;

    DocumentCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
