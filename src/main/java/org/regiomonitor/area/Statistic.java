package org.regiomonitor.area;

/**
 * The area statistics the reference data holds (CBS 85984NED). Only additive statistics may be
 * summed over the members of a region; a density is a ratio and is never summed.
 */
public enum Statistic {
    POPULATION(true), MEN(true), WOMEN(true), DWELLINGS(true), AREA_HA(true), DENSITY(false);

    private final boolean additive;

    Statistic(boolean additive) {
        this.additive = additive;
    }

    public boolean additive() {
        return additive;
    }
}
