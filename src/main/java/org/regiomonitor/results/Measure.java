package org.regiomonitor.results;

/** What an indicator counts: units (companies, visitors, metres), a percentage (always numerator and denominator) or a description. */
public enum Measure {
    UNIT, PERCENTAGE, QUALITATIVE
}
