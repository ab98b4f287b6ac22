package org.regiomonitor.monitor;

/**
 * How a computed indicator follows from others, computed on every read (never stale): RATIO =
 * numerator / denominator x factor (dwellings per 1,000 inhabitants, as DHIS2's indicators);
 * CHANGE_SINCE = (input - input in the base period) / input in the base period x factor (population growth
 * since the baseline year, in %).
 */
public enum Formula {
    RATIO, CHANGE_SINCE
}
