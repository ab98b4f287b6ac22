package org.regiomonitor.report.internal;

import java.time.LocalDate;
import java.util.List;
import org.regiomonitor.area.AreaSummary;

/**
 * A municipality's council edition of a report: the letter's date and signatories as the municipality gave them
 * (null: not given yet; the edition then shows lines to fill in), with the version read (0 before the first save).
 */
public record CouncilView(AreaSummary municipality, LocalDate letterDate, String signatories, int version) {

    /** The signatories one per line ("de burgemeester, A.J. Gerritsen"). */
    public List<String> signatoryLines() {
        return signatories == null ? List.of()
                : signatories.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public boolean complete() {
        return letterDate != null && !signatoryLines().isEmpty();
    }
}
