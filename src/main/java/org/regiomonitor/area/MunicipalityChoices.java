package org.regiomonitor.area;

import java.util.List;

/**
 * The municipalities a picker offers: the home region's first (shown as checkboxes), all others apart
 * (found by typing), each list by name.
 */
public record MunicipalityChoices(List<AreaSummary> home, List<AreaSummary> others) {

    /** Whether the picker offers the area with this code (case ignored). */
    public boolean offers(String code) {
        return java.util.stream.Stream.concat(home.stream(), others.stream())
                .anyMatch(a -> a.code().equalsIgnoreCase(code));
    }
}
