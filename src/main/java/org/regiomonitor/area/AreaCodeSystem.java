package org.regiomonitor.area;

/**
 * The coding systems of {@code area_code}: CBS (GM/PV/CR/AM/LD/NL01; a Dutch area's own code counts as its CBS
 * code), Eurostat NUTS, German ARS.
 */
public enum AreaCodeSystem {
    CBS, NUTS, ARS
}
