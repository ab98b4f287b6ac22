package org.regiomonitor.report;

/** Where a background job of the reports stands. */
public enum JobStatus {
    RUNNING, DONE, FAILED,
    /** Cut off: the instance that made it stopped or died (its heartbeat stopped). */
    INTERRUPTED
}
