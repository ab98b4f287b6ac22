package org.regiomonitor.monitor;

/**
 * How an indicator's figure for a region follows from its members' figures: a count is summed; a rate or an
 * average is the mean of the members weighted by a named weight indicator (unemployment rate by labour force,
 * house price by ... ); some indicators cannot be aggregated at all (then a region has only the figures the
 * sources give for it).
 */
public enum Aggregation {
    SUM, WEIGHTED_MEAN, NONE
}
