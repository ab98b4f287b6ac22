package org.regiomonitor.monitor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.regiomonitor.monitor.imports.ImportProblem;

/**
 * What an import found and did (or, in a preview, would do). When {@code problems} is not empty nothing was
 * written. When nothing is added or changed nothing was written either ({@code written} false, no release).
 *
 * @param skipped figures not imported, by reason (a measure no indicator uses, "no figure" for an area
 *                Regiomonitor does not know), with their counts
 * @param changes the first figures that change, stored and new
 * @param problemCount all problems, also those beyond the listed ones
 */
public record ImportSummary(ImportFormat format, String label, String checksum, String sourceCode, long read,
        int added, int changed, int unchanged, Map<String, Long> skipped, List<Change> changes,
        List<ImportProblem> problems, long problemCount, boolean written, Long releaseId) {

    public ImportSummary {
        skipped = Map.copyOf(skipped);
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public boolean refused() {
        return problemCount > 0;
    }

    /** A figure the import changes: stored value (or reason for none) and new. */
    public record Change(String indicator, String areaCode, String areaName, String period, BigDecimal oldValue,
            String oldMissing, BigDecimal newValue, String newMissing) {
    }
}
