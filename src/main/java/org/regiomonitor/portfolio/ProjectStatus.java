package org.regiomonitor.portfolio;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a project, with the transitions allowed between its states:
 *
 * <pre>
 * APPLICATION -> UNDER_ASSESSMENT -> APPROVED -> RUNNING -> COMPLETED -> CONTINUED_INDEPENDENTLY
 *                                 \-> REJECTED
 * </pre>
 *
 * RUNNING -> CONTINUED_INDEPENDENTLY is deliberately not allowed: the end of the regionally funded
 * phase must be on record (COMPLETED, with its date) before a project can be reported as carried on
 * by its partners. When both happen at once, record COMPLETED and then CONTINUED_INDEPENDENTLY with
 * the same date. REJECTED and CONTINUED_INDEPENDENTLY are final. A new project may start in any
 * state (existing work is entered as it stands); only changes afterwards follow these transitions.
 */
public enum ProjectStatus {
    APPLICATION,
    UNDER_ASSESSMENT,
    APPROVED,
    REJECTED,
    RUNNING,
    COMPLETED,
    CONTINUED_INDEPENDENTLY;

    /** The states this one may move to. */
    public Set<ProjectStatus> next() {
        return Collections.unmodifiableSet(switch (this) {
            case APPLICATION -> EnumSet.of(UNDER_ASSESSMENT);
            case UNDER_ASSESSMENT -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(RUNNING);
            case RUNNING -> EnumSet.of(COMPLETED);
            case COMPLETED -> EnumSet.of(CONTINUED_INDEPENDENTLY);
            case REJECTED, CONTINUED_INDEPENDENTLY -> EnumSet.noneOf(ProjectStatus.class);
        });
    }

    public boolean canMoveTo(ProjectStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
