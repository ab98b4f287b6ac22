package org.regiomonitor.report;

/** Where a background job of the reports stands. */
public enum JobStatus {
    RUNNING, DONE, FAILED
}
