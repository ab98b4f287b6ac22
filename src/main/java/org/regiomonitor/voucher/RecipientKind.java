package org.regiomonitor.voucher;

/** Who received an award, as a kind only: personal names are never stored. */
public enum RecipientKind {
    SME,
    LARGE_COMPANY,
    EMPLOYEE,
    JOB_SEEKER,
    STUDENT,
    EDUCATION,
    OTHER
}
