package org.regiomonitor.results.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.regiomonitor.results.RollUps;
import org.regiomonitor.shared.MaintainedTotals;
import org.springframework.stereotype.Service;

/**
 * Stores the dirty result totals of the region ({@link RegionTotals}), the programmes ({@link ProgrammeTotals}) and the
 * themes ({@link ThemeTotals}) before the transaction commits, code by code: one change of an update moves its code in
 * all three, and at national scale a code has some 48,000 counted updates, so they are found once per code
 * ({@link RollUps#countOnce}, over all indicators of the code) and every owner in both views reads its own from them.
 */
@Service
class ResultTotals implements MaintainedTotals {

    private final RollUps rollUps;
    private final RegionTotals region;
    private final ProgrammeTotals programmes;
    private final ThemeTotals themes;

    ResultTotals(RollUps rollUps, RegionTotals region, ProgrammeTotals programmes, ThemeTotals themes) {
        this.rollUps = rollUps;
        this.region = region;
        this.programmes = programmes;
        this.themes = themes;
    }

    @Override
    public void storeDirty() {
        // locked in a fixed order (region, programmes, themes; each ordered), so two transactions lock alike
        List<String> regionCodes = region.lockDirty();
        Map<String, List<Long>> programmeCodes = programmes.lockDirty();
        Map<String, List<Long>> themeCodes = themes.lockDirty();
        var codes = new TreeSet<>(regionCodes);
        codes.addAll(programmeCodes.keySet());
        codes.addAll(themeCodes.keySet());
        for (String code : codes) {
            // every scope of the code, in either view, lies within the code's indicators in the region
            try (var counted = rollUps.countOnce(rollUps.regionGroup(code, true))) {
                if (regionCodes.contains(code)) {
                    region.store(code, counted);
                }
                programmes.recompute(code, programmeCodes.getOrDefault(code, List.of()), counted);
                themes.recompute(code, themeCodes.getOrDefault(code, List.of()), counted);
            }
        }
    }
}
