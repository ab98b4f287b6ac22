package org.regiomonitor.area;

/** How one area became (part of) another, as CBS describes it; stored in {@code area_succession.kind}. */
public enum SuccessionKind {
    MERGER, RENAME, BOUNDARY_CHANGE
}
