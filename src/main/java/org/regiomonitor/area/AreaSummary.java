package org.regiomonitor.area;

/** An area without its boundary and figures. */
public record AreaSummary(long id, String code, String name, AreaKind kind, String countryCode) {
}
