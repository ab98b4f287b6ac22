package org.regiomonitor.results;

/**
 * The review workflow of an update: draft, submitted, returned (with a comment), resubmitted, approved.
 * Only approved values count; the lead edits an update only while it is a draft or returned.
 */
public enum UpdateStatus {
    DRAFT, SUBMITTED, RETURNED, RESUBMITTED, APPROVED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean awaitingReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }
}
