package org.regiomonitor.area;

/** The kinds of area, as stored in {@code area.kind}. */
public enum AreaKind {
    COUNTRY, PROVINCE, REGION, MUNICIPALITY, DISTRICT
}
