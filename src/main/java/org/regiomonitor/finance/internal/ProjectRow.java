package org.regiomonitor.finance.internal;

import java.time.LocalDate;
import java.util.List;

/** The project facts finance needs, with the programmes it belongs to. */
public record ProjectRow(long id, String title, boolean published, LocalDate startDate, LocalDate endDate,
        List<ProgrammeRow> programmes) {
}
