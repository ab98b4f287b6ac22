package org.regiomonitor.portfolio.web;

import java.time.LocalDate;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.shared.Formats;
import org.springframework.stereotype.Component;

/** Display helpers for the portfolio templates ({@code ${@portfolioFmt.period(2023, 2027)}}). */
@Component("portfolioFmt")
public class PortfolioFormat {

    private final Formats fmt;

    PortfolioFormat(Formats fmt) {
        this.fmt = fmt;
    }

    /** "2023–2027", "2023–", "–2027", or "–" when both are unknown. */
    public String period(Integer start, Integer end) {
        if (start == null && end == null) {
            return Formats.UNKNOWN;
        }
        return (start == null ? "" : start.toString()) + "–" + (end == null ? "" : end.toString());
    }

    /** The badge colour of a project status: ok (approved, running, carried on), bad (rejected), warn (pending). */
    public String statusBadge(ProjectStatus status) {
        return switch (status) {
            case APPROVED, RUNNING, CONTINUED_INDEPENDENTLY -> "ok";
            case REJECTED -> "bad";
            case APPLICATION, UNDER_ASSESSMENT -> "warn";
            case COMPLETED -> "";
        };
    }

    /**
     * A project status given as the enum or its name (the organisation feature's rows carry the name), for the
     * project table: the status itself; its position in the lifecycle sorts the column.
     */
    public ProjectStatus status(Object status) {
        return status instanceof ProjectStatus s ? s : ProjectStatus.valueOf(String.valueOf(status));
    }

    public String date(LocalDate date) {
        return fmt.date(date);
    }

    public String dates(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return Formats.UNKNOWN;
        }
        return (start == null ? "" : date(start)) + " – " + (end == null ? "" : date(end));
    }
}
