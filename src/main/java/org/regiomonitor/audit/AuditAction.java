package org.regiomonitor.audit;

/**
 * The one vocabulary of the audit trail, for every feature. Row changes (CREATE, UPDATE, DELETE) are
 * written with their values before and after; the others are events of the log-in and the rights.
 */
public enum AuditAction {
    CREATE, UPDATE, DELETE,
    LOAD_REFERENCE_DATA, IMPORT_OBSERVATIONS,
    LOGIN, LOGIN_FAILED, LOGOUT, LOGIN_THROTTLED,
    TOKEN_CREATED, TOKEN_USED, TOKEN_REVOKED,
    ROLE_CHANGED, ASSIGNMENTS_CHANGED, PASSWORD_CHANGED, SESSIONS_ENDED,
    ACCESS_DENIED
}
