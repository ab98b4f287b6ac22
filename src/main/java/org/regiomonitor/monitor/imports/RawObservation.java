package org.regiomonitor.monitor.imports;

import java.math.BigDecimal;

/**
 * One figure as a file states it, before it is matched to an indicator, an area and a period.
 *
 * @param dataset the dataset it comes from, as the source names it (CBS table id such as {@code 03759ned},
 *                {@code eurostat:demo_r_gind3}, or {@code template} for the generic template)
 * @param measure the measure code in that dataset ({@code M000352}, {@code BevolkingOp1Januari_1}); in the
 *                template the indicator code
 * @param areaSystem the code system of {@code areaCode} ({@link AreaCodeSystem})
 * @param areaCode the area code, trimmed ({@code GM0153}, {@code NL213}, {@code 05554})
 * @param period the period code as the file writes it, trimmed ({@code 2024JJ00}, {@code 2024})
 * @param value the figure; null when the file says there is no figure (then {@code missing} says why)
 * @param provisional true when the source marks the figure (or its period) provisional
 * @param missing why there is no figure (CBS value attribute such as {@code Impossible}, or {@code .});
 *                null when there is a value
 * @param at where the figure is in the file (the value's cell)
 * @param note a source note the file gives for this figure (the template's {@code source} column); null when none
 */
public record RawObservation(String dataset, String measure, AreaCodeSystem areaSystem, String areaCode,
        String period, BigDecimal value, boolean provisional, String missing, Locator at, String note) {

    /** A figure without a note of its own (every format but the template). */
    public RawObservation(String dataset, String measure, AreaCodeSystem areaSystem, String areaCode,
            String period, BigDecimal value, boolean provisional, String missing, Locator at) {
        this(dataset, measure, areaSystem, areaCode, period, value, provisional, missing, at, null);
    }
}
