package org.regiomonitor.npvr;

/** Where a roadmap milestone stands; the pages show the word next to the colour. */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, DONE, LATE
}
