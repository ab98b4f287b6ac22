package org.regiomonitor.security;

/** What a user may do; scoping (which programme, which project) comes from assignments. */
public enum Role {
    /** Everything, including users. */
    ADMIN,
    /** All of the programmes assigned to them, with their projects. */
    PROGRAMME_MANAGER,
    /** Only the projects assigned to them. */
    PROJECT_LEAD,
    /** Reads everything, including unpublished work; changes nothing. */
    VIEWER,
    /**
     * Reads everything like a viewer and maintains the regional monitor: indicators, indicator sets,
     * observation imports, baselines, targets and the NPVR plan.
     */
    ANALYST
}
