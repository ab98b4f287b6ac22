package org.regiomonitor.portfolio;

import java.time.LocalDate;
import java.util.List;

/** What other features (finance) need of a project: title, period, publication and its programmes. */
public record ProjectFacts(long id, String title, boolean published, LocalDate startDate, LocalDate endDate,
        List<ProgrammeFacts> programmes) {
}
