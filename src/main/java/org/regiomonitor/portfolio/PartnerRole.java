package org.regiomonitor.portfolio;

/**
 * The part an organisation plays in a project. {@link #LEAD} belongs to the project's lead
 * organisation only; the portfolio records it automatically.
 */
public enum PartnerRole {
    LEAD,
    IMPLEMENTING,
    CO_FINANCING,
    KNOWLEDGE
}
