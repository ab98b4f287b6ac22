package org.regiomonitor.portfolio;

/** Where a programme stands; set by hand, programmes have no enforced lifecycle. */
public enum ProgrammeStatus {
    PLANNED,
    RUNNING,
    COMPLETED
}
