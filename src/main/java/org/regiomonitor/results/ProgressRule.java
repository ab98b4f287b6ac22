package org.regiomonitor.results;

/**
 * Which path an indicator's progress is measured against (the rule is shown next to the progress bar):
 * a straight line from the baseline to the overall target, or the targets the indicator has per period.
 */
public enum ProgressRule {
    LINEAR, PERIOD_TARGETS
}
