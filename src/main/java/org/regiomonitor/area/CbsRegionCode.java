package org.regiomonitor.area;

/** One entry of a CBS table's region code list (codes-RegioS.json): identifier trimmed. */
public record CbsRegionCode(String identifier, String title, String description, String dimensionGroupId) {

    public CbsRegionCode {
        identifier = identifier == null ? null : identifier.strip();
    }
}
