package org.regiomonitor.area;

import java.util.List;

/**
 * The municipalities a picker offers: the home region's first (shown as checkboxes), all others apart
 * (found by typing), each list by name.
 */
public record MunicipalityChoices(List<AreaSummary> home, List<AreaSummary> others) {
}
