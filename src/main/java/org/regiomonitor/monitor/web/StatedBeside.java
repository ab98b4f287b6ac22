package org.regiomonitor.monitor.web;

import org.regiomonitor.monitor.Figure;
import org.regiomonitor.monitor.internal.TargetQueries;

/** A stated figure with the figure computed from the statistics for the same area and period, and their difference in %. */
public record StatedBeside(TargetQueries.StatedRow stated, String areaName, Figure computed, Double differencePercent) {
}
