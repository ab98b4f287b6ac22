package org.regiomonitor.shared;

/** What a source of figures is, as stored in {@code source.kind}. */
public enum SourceKind {
    DOCUMENT,
    DATASET
}
