package org.regiomonitor.report.internal;

/** Where a background job of the reports stands. */
public enum JobStatus {
    RUNNING, DONE, FAILED
}
