package org.regiomonitor.results;

/** The level of a result in the IATI sense. */
public enum ResultType {
    OUTPUT, OUTCOME, IMPACT
}
