package org.regiomonitor.monitor.imports;

/** The code systems an import may name areas in. */
public enum AreaCodeSystem {
    /** CBS region codes: NL01, LD01, PV23, CR12, AM05, GM0153. */
    CBS,
    /** Eurostat NUTS: NL, NL21, NL213, DEA34. */
    NUTS,
    /** German Amtlicher Regionalschlüssel / Gemeindeschlüssel: 03456, 05554. */
    ARS,
    /** Regiomonitor's own area code (the template). */
    AREA
}
