package org.regiomonitor.monitor;

/** Which way an indicator should move; judges its signals. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL
}
