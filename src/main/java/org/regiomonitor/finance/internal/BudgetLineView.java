package org.regiomonitor.finance.internal;

import java.time.Instant;
import org.regiomonitor.finance.Amounts;
import org.regiomonitor.shared.SourceRef;

/**
 * One budget line with its current and original amounts.
 *
 * @param revision  number of the current revision (= number of revisions, as they are numbered 1, 2, ...)
 * @param version   the line's optimistic-locking version; a new revision must name it
 * @param current   amounts of the current (highest) revision
 * @param original  amounts of revision 1
 * @param source    source of the current amounts
 */
public record BudgetLineView(long id, Long programmeId, String programmeCode, String programmeName, Long projectId,
        String projectTitle, long funderId, String funderName, String category, boolean regional, Integer year,
        int version, int revision, Amounts current, Amounts original, SourceRef source, String reason,
        String recordedBy, Instant recordedAt) {

    public boolean revised() {
        return revision > 1;
    }

    public String ownerName() {
        return programmeId != null ? programmeName : projectTitle;
    }
}
