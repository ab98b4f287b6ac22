package org.regiomonitor.results;

/** Where an indicator stands against its target (the rule is in {@link Progress}). */
public enum ProgressStatus {
    ACHIEVED, ON_TRACK, BEHIND, NO_DATA
}
